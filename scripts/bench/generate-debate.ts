// Synthetic debates for the scale benchmark: a deterministic, seeded generator of valid
// debates (src/model/debate-schema.ts) with a source text every quote anchors in. It imports
// nothing from Node, so the benchmark harness can run it in the browser it measures.
import type {
  Debate,
  Position,
  RelationKind,
  Speaker,
  Stance,
  Topic,
} from '../../src/model/debate-schema.ts';
import { anchorAt } from '../../src/model/text-anchor.ts';

export interface DebateShape {
  speakers: number;
  topics: number;
}

/** How the benchmark's sizes are laid out: up to 50 speakers × 200 topics, as the issue asks. */
export const BENCH_SHAPES: Record<number, DebateShape> = {
  10: { speakers: 2, topics: 5 },
  100: { speakers: 5, topics: 20 },
  1000: { speakers: 20, topics: 50 },
  10000: { speakers: 50, topics: 200 },
};

export const QUOTES_PER_STANCE = 3;

/** The studio benchmark's draft: about 500 quotes (nine stances in ten are quoted). */
export const STUDIO_SHAPE: DebateShape = { speakers: 5, topics: 39 };

/** mulberry32: a tiny seeded PRNG, so every run benchmarks exactly the same debate. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POLES = [
  ['拐點', '海嘯'],
  ['開源', '閉源'],
  ['機會', '挑戰'],
  ['漸進', '突破'],
  ['樂觀', '悲觀'],
  ['監管', '放任'],
] as const;
const LABELS = ['審慎樂觀', '有條件支持', '明確反對', '保留意見', '強烈支持', '觀望', '兩者兼顧'];
const PHRASES = [
  '算力成本會繼續下降',
  '開源生態正在形成',
  '質量才是關鍵',
  '人才比資金更重要',
  '應用落地還需要時間',
  '監管要跟上技術',
  '晶片不再是唯一瓶頸',
  '長期看好基礎模型',
];
const RELATIONS: RelationKind[] = ['agree', 'partly-agree', 'differ', 'one-speaks'];

/**
 * A valid debate of `speakers` × `topics` stances, and the source its quotes come from, padded
 * with unquoted paragraphs to at least `sourceLength` characters.
 */
export function generateDebate(
  { speakers: speakerCount, topics: topicCount }: DebateShape,
  seed = 1,
  { sourceLength = 0 } = {},
): { debate: Debate; source: string } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

  const speakers: Speaker[] = Array.from({ length: speakerCount }, (_, s) => ({
    id: `speaker-${s + 1}`,
    name: { hant: `講者${s + 1}號`, hans: `讲者${s + 1}号` },
    introduction: `第${s + 1}位受訪者`,
    roles: [{ title: '研究員' }],
  }));
  const topics: Topic[] = Array.from({ length: topicCount }, (_, t) => {
    const [from, to] = POLES[t % POLES.length] as readonly [string, string];
    return {
      id: `topic-${t + 1}`,
      heading: `議題${t + 1}：${from}或${to}`,
      subheading: `第${t + 1}節`,
      question: `在議題${t + 1}上，應偏向${from}還是${to}？`,
      axis: { from, to },
    };
  });

  // One source paragraph per quoted stance, naming its speaker, with every quote in 「」, so
  // each quote is direct and explicitly attributed, as the integrity checks require.
  const lines: string[] = ['合成辯論：僅供基準測試'];
  let offset = lines.join('\n').length + 1;
  const stances: Stance[] = [];
  for (const topic of topics) {
    for (const speaker of speakers) {
      const roll = next();
      const position: Position =
        roll < 0.1
          ? { state: 'not-addressed', note: '此節未談及。' }
          : roll < 0.2
            ? { state: 'unclear', note: '說法兩可。' }
            : {
                state: 'placed',
                value: pick([-2, -1, 0, 1, 2] as const),
                rationale: '依其發言歸納。',
              };
      const quotes: Stance['quotes'] = [];
      if (position.state !== 'not-addressed') {
        let line = `${speaker.name.hant}談${topic.heading}時說：`;
        for (let q = 0; q < QUOTES_PER_STANCE; q++) {
          const exact = `${pick(PHRASES)}，${topic.axis.from}與${topic.axis.to}之間第${q + 1}點`;
          line += '「';
          const start = offset + line.length;
          line += exact;
          const end = offset + line.length;
          line += '」';
          quotes.push({
            id: `${topic.id}-${speaker.id}-q${q + 1}`,
            // Filled in below, once the whole source (and so every quote's context) exists.
            quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start, end },
            kind: 'direct',
            attribution: 'explicit',
          });
        }
        lines.push(line);
        offset += line.length + 1;
      }
      stances.push({
        topicId: topic.id,
        speakerId: speaker.id,
        label: position.state === 'not-addressed' ? '未談及' : pick(LABELS),
        summary: `${speaker.name.hant}在${topic.heading}上的看法。`,
        position,
        quotes,
      });
    }
  }
  // Padding after the last quote moves no quote; its words are none of the quotes'.
  for (let n = 1; offset < sourceLength; n++) {
    const line = `補充段落第${n}段：這段正文不被引用，只讓原文有基準測試所需的長度。`;
    lines.push(line);
    offset += line.length + 1;
  }
  const source = lines.join('\n');
  for (const quote of stances.flatMap((s) => s.quotes)) {
    Object.assign(quote, anchorAt(source, quote.position.start, quote.position.end));
  }

  const [first, second] = speakers;
  const relations =
    speakerCount === 2 && first && second
      ? topics.map((topic) => ({
          topicId: topic.id,
          speakerIds: [first.id, second.id] as [string, string],
          kind: pick(RELATIONS),
          why: '依兩人的發言比較。',
        }))
      : [];

  return {
    debate: {
      id: `synthetic-${speakerCount}x${topicCount}`,
      language: 'zh-Hant',
      title: `合成辯論（${speakerCount}位講者 × ${topicCount}個議題）`,
      outlet: '基準測試',
      column: '合成資料',
      programme: '合成資料',
      interviewer: '無',
      author: '產生器',
      published: { period: '不適用', note: '合成資料，無發表日期。' },
      speakers,
      topics,
      stances,
      relations,
    },
    source,
  };
}
