import { describe, expect, it } from 'vitest';
import { bundledDebate } from '@/model/bundled-debate';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import type { Speaker } from '@/model/debate-schema';
import { layoutMatrix } from './matrix-layout';

const nameOf = (speaker: Speaker) => speaker.name.hant;

describe('layoutMatrix', () => {
  it('lays out topics as rows in article order and speakers as columns in the given order', () => {
    const speakers = [...bundledDebate.speakers].reverse();
    const model = layoutMatrix(bundledDebate, speakers, messagesZhHant, nameOf);
    expect(model.topics.map((t) => t.id)).toEqual(bundledDebate.topics.map((t) => t.id));
    expect([0, 1].map((si) => model.cell(0, si).speaker.id)).toEqual(['yang-shu', 'cai-hengjin']);
    // The topic column, two speakers, their shared axis and their relation.
    expect(model.size).toEqual({ rows: 7, cols: 5 });
    expect([model.axisCol, model.relationCol]).toEqual([3, 4]);
  });

  it('links each cell to its stance and names it for screen readers', () => {
    const model = layoutMatrix(bundledDebate, bundledDebate.speakers, messagesZhHant, nameOf);
    const cell = model.cell(3, 1);
    expect(cell.href).toBe('/topics/open-vs-closed/yang-shu');
    expect(cell.name).toBe(
      '楊蜀，開源還是閉源?：開源閉源看質量（明確傾向「勝負看質量」）；3 則引文，沒有直接引語，2 則推定署名',
    );
  });

  it('gives two-speaker debates a relation column, whichever order the speakers are in', () => {
    const model = layoutMatrix(
      bundledDebate,
      [...bundledDebate.speakers].reverse(),
      messagesZhHant,
      nameOf,
    );
    expect(model.hasRelations).toBe(true);
    expect(model.topics.map((_, ti) => model.row(ti).relation?.kind)).toEqual([
      'differ',
      'differ',
      'differ',
      'differ',
      'agree',
      'differ',
    ]);
  });

  it('marks a relation the readers left contested, in its words too', () => {
    const contested = {
      ...bundledDebate,
      relations: bundledDebate.relations.map((r, i) =>
        i === 0
          ? {
              ...r,
              adjudication: {
                status: 'contested' as const,
                reason: '兩種讀法都有依據',
                readings: [
                  { value: r.kind, why: '一說' },
                  { value: 'partly-agree' as const, why: '另一說' },
                ],
              },
            }
          : r,
      ),
    };
    const model = layoutMatrix(contested, contested.speakers, messagesZhHant, nameOf);
    expect(model.row(0).relation).toMatchObject({
      contested: true,
      name: '拐點還是海嘯，兩人關係：看法分歧，讀法有分歧',
    });
    expect(model.row(1).relation?.contested).toBe(false);
  });

  it('leaves the relation column out when there are not exactly two speakers', () => {
    const model = layoutMatrix(
      bundledDebate,
      bundledDebate.speakers.slice(0, 1),
      messagesZhHant,
      nameOf,
    );
    expect(model.hasRelations).toBe(false);
    // The topic column, the speaker and the shared axis.
    expect(model.size.cols).toBe(3);
  });
});

describe('the shared axis of each row', () => {
  const model = layoutMatrix(bundledDebate, bundledDebate.speakers, messagesZhHant, nameOf);

  it('names both positions and the gap in words', () => {
    expect(model.row(0).axis.name).toBe(
      '拐點還是海嘯，立場對照：蔡恆進 明確傾向「顛覆原路線」（+2），楊蜀 明確傾向「原路上加速」（−2）（獨立編碼的讀者把這一立場放在明確傾向「原路上加速」到偏向「原路上加速」之間），相差 4 級',
    );
    expect(model.row(0).axis.caption).toBe('相差 4 級');
    expect(model.row(0).axis.href).toBe('/topics/inflection-point');
  });

  it('places each speaker’s mark and draws the line between them', () => {
    const { layout } = model.row(0).axis;
    expect(layout.marks.map((m) => [m.speaker, m.value])).toEqual([
      [1, -2],
      [0, 2],
    ]);
    expect(layout.span).toEqual([0, 100]);
    // The readers placed Yang between −2 and −1: a band behind his mark, none behind Cai's.
    expect(layout.marks.map((m) => m.range)).toEqual([[0, 25], undefined]);
    expect(model.initials).toEqual(['蔡', '楊']);
  });

  it('keeps speakers without a position off the axis and says so', () => {
    const unclear = {
      ...bundledDebate,
      stances: bundledDebate.stances.map((s) =>
        s.topicId === 'inflection-point' && s.speakerId === 'yang-shu'
          ? { ...s, position: { state: 'unclear' as const, note: '兩可' } }
          : s,
      ),
    };
    const { axis } = layoutMatrix(unclear, unclear.speakers, messagesZhHant, nameOf).row(0);
    expect(axis.name).toBe(
      '拐點還是海嘯，立場對照：蔡恆進 明確傾向「顛覆原路線」（+2），楊蜀 立場不明，少於兩人有定位，無從比較差距',
    );
    expect(axis.layout.marks.map((m) => m.speaker)).toEqual([0]);
    expect(axis.layout.span).toBeUndefined();
    expect(axis.unplaced).toEqual([{ speaker: 1, state: 'unclear' }]);
    expect(axis.caption).toBe('無從比較');
  });
});

describe('the order of the rows', () => {
  const model = layoutMatrix(
    bundledDebate,
    bundledDebate.speakers,
    messagesZhHant,
    nameOf,
    'disagreement',
  );
  it('puts the differing topics first, then by gap, then in article order', () => {
    const gaps = model.topics.map((_, ti) => model.row(ti).axis.caption);
    expect(gaps).toEqual([
      '相差 4 級',
      '相差 4 級',
      '相差 4 級',
      '相差 3 級',
      '相差 3 級',
      '相差 1 級',
    ]);
    expect(model.topics.map((t) => t.id)).toEqual([
      'inflection-point', // three differing rows 4 steps apart, in article order
      'agi-timing',
      'open-vs-closed',
      'industry-impact',
      'technical-route', // differ before agree, though later in the article
      'why-a-startup', // the one topic they agree on comes last
    ]);
  });

  it('keeps the order in every link of the matrix', () => {
    expect(model.cell(0, 1).href).toBe('/topics/inflection-point/yang-shu?order=disagreement');
    expect(model.row(0).href).toBe('/topics/inflection-point?order=disagreement');
    expect(model.row(0).axis.href).toBe('/topics/inflection-point?order=disagreement');
  });
});

describe('layoutMatrix at scale', () => {
  it('computes a cell once, when first asked for', () => {
    const model = layoutMatrix(bundledDebate, bundledDebate.speakers, messagesZhHant, nameOf);
    expect(model.cell(2, 0)).toBe(model.cell(2, 0));
    expect(model.row(2)).toBe(model.row(2));
  });
});
