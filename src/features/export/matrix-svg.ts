import { scaleBand, scaleLinear } from 'd3-scale';
import palette from 'virtual:position-palette';
import { findRelation, findStance } from '@/model/debate-queries';
import type { Debate } from '@/model/debate-schema';
import { escapeXml, type ExportText } from './export-text';

// The matrix as a self-contained SVG for a slide: a title, one row per topic with both
// speakers' marks on the topic's own axis between its two poles, how they relate, a legend
// and the source line. Built from the data with d3 scales (not a copy of the live grid), with
// real <text>, so it stays sharp and searchable at any size.

export const SVG_WIDTH = 1200;
const MARGIN = 32;
const ROW_HEIGHT = 92;
const HEADER_HEIGHT = 110;
const TOPIC_WIDTH = 300;
const RELATION_WIDTH = 160;
const FONT =
  "system-ui, 'Noto Sans CJK TC', 'Noto Sans CJK SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif";
/** Each speaker's mark: a shape as well as a lane, never colour alone. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

function mark(shape: (typeof SHAPES)[number], x: number, y: number, fill: string): string {
  const r = 9;
  const stroke = `fill="${fill}" stroke="#1f2328" stroke-width="1.5"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="${r}" ${stroke}/>`;
    case 'square':
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" ${stroke}/>`;
    case 'diamond':
      return `<path d="M${x} ${y - r - 2}L${x + r + 2} ${y}L${x} ${y + r + 2}L${x - r - 2} ${y}Z" ${stroke}/>`;
    case 'triangle':
      return `<path d="M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z" ${stroke}/>`;
  }
}

const text = (x: number, y: number, content: string, attrs = '') =>
  `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;

export function matrixSvg(debate: Debate, words: ExportText): { svg: string; height: number } {
  const speakers = debate.speakers.slice(0, SHAPES.length);
  const rows = scaleBand()
    .domain(debate.topics.map((t) => t.id))
    .range([HEADER_HEIGHT, HEADER_HEIGHT + ROW_HEIGHT * debate.topics.length]);
  // Room either side of the axis for its poles' names (at most 8 characters each).
  const axisStart = MARGIN + TOPIC_WIDTH + 110;
  const axisEnd = SVG_WIDTH - MARGIN - RELATION_WIDTH - 120;
  const position = scaleLinear().domain([-2, 2]).range([axisStart, axisEnd]);
  const lane = scaleBand<number>()
    .domain(speakers.map((_, i) => i))
    .range([-22, 22])
    .paddingInner(0.2);
  const bodyEnd = rows.range()[1];
  const parts: string[] = [];

  parts.push(text(MARGIN, 46, words.title, 'font-size="24" font-weight="700"'));
  parts.push(text(MARGIN, 76, words.subtitle, 'font-size="15" fill="#57606a"'));
  parts.push(text(MARGIN, HEADER_HEIGHT - 8, words.legendAxis, 'font-size="13" fill="#57606a"'));
  parts.push(
    text(
      SVG_WIDTH - MARGIN - RELATION_WIDTH,
      HEADER_HEIGHT - 8,
      words.relationHeading,
      'font-size="13" font-weight="700"',
    ),
  );

  for (const topic of debate.topics) {
    const top = rows(topic.id) ?? 0;
    const mid = top + ROW_HEIGHT / 2;
    parts.push(
      `<line x1="${MARGIN}" x2="${SVG_WIDTH - MARGIN}" y1="${top}" y2="${top}" stroke="#d0d7de"/>`,
    );
    parts.push(text(MARGIN, mid - 4, topic.heading, 'font-size="17" font-weight="700"'));
    parts.push(text(MARGIN, mid + 18, topic.subheading, 'font-size="12" fill="#57606a"'));
    parts.push(
      `<line x1="${axisStart}" x2="${axisEnd}" y1="${mid}" y2="${mid}" stroke="#8c959f" stroke-width="2"/>`,
    );
    for (const v of [-2, -1, 0, 1, 2])
      parts.push(
        `<line x1="${position(v)}" x2="${position(v)}" y1="${mid - 4}" y2="${mid + 4}" stroke="#8c959f"/>`,
      );
    parts.push(
      text(
        axisStart - 16,
        mid + 5,
        topic.axis.from,
        'font-size="12" text-anchor="end" fill="#57606a"',
      ),
    );
    parts.push(text(axisEnd + 16, mid + 5, topic.axis.to, 'font-size="12" fill="#57606a"'));
    speakers.forEach((speaker, i) => {
      const stance = findStance(debate, topic.id, speaker.id);
      const y = mid + (lane(i) ?? 0) + lane.bandwidth() / 2;
      const name = words.speakerName(speaker.id);
      const shape = SHAPES[i] ?? 'circle';
      if (stance?.position.state === 'placed') {
        const x = position(stance.position.value);
        parts.push(mark(shape, x, y, palette[`${stance.position.value}`].marker));
        // The name goes on the side of the mark nearer the axis's middle, clear of the poles.
        const toLeft = stance.position.value > 0;
        parts.push(
          text(
            toLeft ? x - 14 : x + 14,
            y + 5,
            `${name}：${stance.label}`,
            toLeft ? 'font-size="12" text-anchor="end"' : 'font-size="12"',
          ),
        );
      } else {
        const state = stance?.position.state ?? 'not-addressed';
        parts.push(mark(shape, axisStart - 40, y, '#ffffff'));
        parts.push(
          text(axisStart - 26, y + 5, `${name}：${words.notPlaced[state]}`, 'font-size="12"'),
        );
      }
    });
    const relation = findRelation(
      debate,
      topic.id,
      speakers.map((s) => s.id),
    );
    if (relation)
      parts.push(
        text(
          SVG_WIDTH - MARGIN - RELATION_WIDTH,
          mid + 5,
          words.relationKinds[relation.kind] ?? relation.kind,
          'font-size="14" font-weight="700"',
        ),
      );
  }

  // The legend: which mark is which speaker, and the source.
  let y = bodyEnd + 36;
  parts.push(
    `<line x1="${MARGIN}" x2="${SVG_WIDTH - MARGIN}" y1="${bodyEnd}" y2="${bodyEnd}" stroke="#d0d7de"/>`,
  );
  parts.push(text(MARGIN, y, words.legendHeading, 'font-size="14" font-weight="700"'));
  let x = MARGIN + 90;
  speakers.forEach((speaker, i) => {
    parts.push(mark(SHAPES[i] ?? 'circle', x, y - 5, '#ffffff'));
    parts.push(text(x + 16, y, words.speakerName(speaker.id), 'font-size="14"'));
    x += 200;
  });
  const swatches = ([-2, -1, 0, 1, 2] as const).map(
    (v, i) =>
      `<rect x="${x + i * 22}" y="${y - 14}" width="18" height="18" fill="${palette[`${v}`].marker}" stroke="#1f2328"/>`,
  );
  parts.push(...swatches);
  y += 34;
  parts.push(text(MARGIN, y, words.sourceLine, 'font-size="13" fill="#1f2328"'));
  y += 22;
  parts.push(text(MARGIN, y, words.url, 'font-size="13" fill="#0b5cad"'));
  const height = y + MARGIN;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 0 ${SVG_WIDTH} ${height}" font-family="${escapeXml(FONT)}" fill="#1f2328">`,
    `<title>${escapeXml(words.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, height };
}
