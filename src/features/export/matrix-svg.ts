import { scaleLinear } from 'd3-scale';
import palette from 'virtual:position-palette';
import { findRelation, findStance } from '@/model/debate-queries';
import type { Debate, Topic } from '@/model/debate-schema';
import type { ExportText } from './export-text';
import { blockHeight, escapeXml, textBlock, wrapText } from './svg-text';
import { legendAndFooter } from './svg-legend';
import { mark, SHAPES } from './svg-marks';

// The matrix as a self-contained SVG for a slide: a title, one row per topic with each
// speaker's mark on the topic's own axis between its two poles, how they relate, a legend and
// the source line. Built from the data with d3 scales (not a copy of the live grid), with real
// <text>, wrapped to the box each text has (svg-text.ts), so every row is as tall as its
// longest text and nothing overlaps or leaves the canvas, in any reading.

export const SVG_WIDTH = 1200;
const MARGIN = 32;
const GAP = 16;
const PAD = 14;
const TOPIC_WIDTH = 250;
const POLE_WIDTH = 96;
const RELATION_WIDTH = 150;
const LANE_GAP = 4;
const MARK_ROOM = 14;
const FONT =
  "system-ui, 'Noto Sans CJK TC', 'Noto Sans CJK SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif";

const relationX = SVG_WIDTH - MARGIN - RELATION_WIDTH;
const axisStart = MARGIN + TOPIC_WIDTH + GAP + POLE_WIDTH + 12;
const axisEnd = relationX - GAP - POLE_WIDTH - 12;
const position = scaleLinear().domain([-2, 2]).range([axisStart, axisEnd]);

const line = (x1: number, x2: number, y1: number, y2: number, attrs: string) =>
  `<line x1="${x1}" x2="${x2}" y1="${y1}" y2="${y2}" ${attrs}/>`;

/** One speaker's lane in a row: their mark and label, wrapped to the room beside the mark. */
function lane(debate: Debate, topic: Topic, speakerIndex: number, words: ExportText) {
  const speaker = debate.speakers[speakerIndex];
  const stance = speaker && findStance(debate, topic.id, speaker.id);
  const name = speaker ? words.speakerName(speaker.id) : '';
  const shape = SHAPES[speakerIndex] ?? 'circle';
  if (stance?.position.state === 'placed') {
    const x = position(stance.position.value);
    // The label goes on the side of the mark nearer the axis's middle, clear of the poles.
    const toLeft = stance.position.value > 0;
    const room = toLeft ? x - MARK_ROOM - axisStart : axisEnd - x - MARK_ROOM;
    const lines = wrapText(words.speakerLabel(name, stance.label), room, 12);
    return { x, shape, fill: palette[`${stance.position.value}`].marker, lines, toLeft };
  }
  const state = stance?.position.state ?? 'not-addressed';
  const lines = wrapText(
    words.speakerLabel(name, words.notPlaced[state]),
    axisEnd - axisStart - 2 * MARK_ROOM,
    12,
  );
  // Not placed on the axis: a hollow mark at its start, with the reason.
  return { x: axisStart + 9, shape, fill: '#ffffff', lines, toLeft: false };
}

function row(debate: Debate, topic: Topic, top: number, words: ExportText) {
  const speakers = debate.speakers.slice(0, SHAPES.length);
  const heading = wrapText(topic.heading, TOPIC_WIDTH, 17, true);
  const sub = wrapText(topic.subheading, TOPIC_WIDTH, 12);
  const from = wrapText(topic.axis.from, POLE_WIDTH, 12);
  const to = wrapText(topic.axis.to, POLE_WIDTH, 12);
  const relation = findRelation(
    debate,
    topic.id,
    speakers.map((s) => s.id),
  );
  const relationLines = relation
    ? wrapText(words.relationKinds[relation.kind] ?? relation.kind, RELATION_WIDTH, 14, true)
    : [];
  const lanes = speakers.map((_, i) => lane(debate, topic, i, words));
  const laneHeights = lanes.map((l) =>
    Math.max(22, blockHeight(l.lines.length, 12, 15) + LANE_GAP),
  );
  const lanesHeight = laneHeights.reduce((a, b) => a + b, 0);
  const topicHeight = blockHeight(heading.length, 17, 21) + 6 + blockHeight(sub.length, 12, 15);
  const side = Math.max(blockHeight(from.length, 12, 15), blockHeight(to.length, 12, 15));
  const height =
    2 * PAD +
    Math.max(topicHeight, lanesHeight + 12, side, blockHeight(relationLines.length, 14, 18));
  const mid = top + height / 2;
  const parts = [line(MARGIN, SVG_WIDTH - MARGIN, top, top, 'stroke="#d0d7de"')];
  parts.push(
    textBlock({
      x: MARGIN,
      y: top + PAD + 17,
      lines: heading,
      fontSize: 17,
      lineHeight: 21,
      attrs: 'font-weight="700"',
    }),
  );
  parts.push(
    textBlock({
      x: MARGIN,
      y: top + PAD + blockHeight(heading.length, 17, 21) + 6 + 12,
      lines: sub,
      fontSize: 12,
      lineHeight: 15,
      attrs: 'fill="#57606a"',
    }),
  );
  parts.push(line(axisStart, axisEnd, mid, mid, 'stroke="#8c959f" stroke-width="2"'));
  for (const v of [-2, -1, 0, 1, 2])
    parts.push(line(position(v), position(v), mid - 4, mid + 4, 'stroke="#8c959f"'));
  const centred = (lines: string[], size: number, lh: number) =>
    mid - blockHeight(lines.length, size, lh) / 2 + size;
  parts.push(
    textBlock({
      x: axisStart - 12,
      y: centred(from, 12, 15),
      lines: from,
      fontSize: 12,
      lineHeight: 15,
      anchor: 'end',
      attrs: 'fill="#57606a"',
    }),
  );
  parts.push(
    textBlock({
      x: axisEnd + 12,
      y: centred(to, 12, 15),
      lines: to,
      fontSize: 12,
      lineHeight: 15,
      attrs: 'fill="#57606a"',
    }),
  );
  if (relationLines.length)
    parts.push(
      textBlock({
        x: relationX,
        y: centred(relationLines, 14, 18),
        lines: relationLines,
        fontSize: 14,
        lineHeight: 18,
        attrs: 'font-weight="700"',
      }),
    );
  // The lanes stack around the axis: half above the line, half below.
  let laneTop = mid - lanesHeight / 2;
  lanes.forEach((l, i) => {
    const laneHeight = laneHeights[i] ?? 22;
    const y = laneTop + laneHeight / 2;
    parts.push(mark(l.shape, l.x, y, l.fill));
    const textY = y - blockHeight(l.lines.length, 12, 15) / 2 + 12;
    parts.push(
      textBlock({
        x: l.toLeft ? l.x - MARK_ROOM : l.x + MARK_ROOM,
        y: textY,
        lines: l.lines,
        fontSize: 12,
        lineHeight: 15,
        anchor: l.toLeft ? 'end' : 'start',
      }),
    );
    laneTop += laneHeight;
  });
  return { parts, height };
}

export function matrixSvg(debate: Debate, words: ExportText): { svg: string; height: number } {
  const width = SVG_WIDTH - 2 * MARGIN;
  const title = wrapText(words.title, width, 24, true);
  const subtitle = wrapText(words.subtitle, width, 15);
  const axisNote = wrapText(words.legendAxis, relationX - GAP - MARGIN, 13);
  const parts = [
    textBlock({
      x: MARGIN,
      y: MARGIN + 24,
      lines: title,
      fontSize: 24,
      lineHeight: 30,
      attrs: 'font-weight="700"',
    }),
  ];
  let y = MARGIN + blockHeight(title.length, 24, 30) + 10;
  parts.push(
    textBlock({
      x: MARGIN,
      y: y + 15,
      lines: subtitle,
      fontSize: 15,
      lineHeight: 20,
      attrs: 'fill="#57606a"',
    }),
  );
  y += blockHeight(subtitle.length, 15, 20) + 14;
  parts.push(
    textBlock({
      x: MARGIN,
      y: y + 13,
      lines: axisNote,
      fontSize: 13,
      lineHeight: 17,
      attrs: 'fill="#57606a"',
    }),
  );
  const relationHeading = wrapText(words.relationHeading, RELATION_WIDTH, 13, true);
  parts.push(
    textBlock({
      x: relationX,
      y: y + 13,
      lines: relationHeading,
      fontSize: 13,
      lineHeight: 17,
      attrs: 'font-weight="700"',
    }),
  );
  y +=
    Math.max(blockHeight(axisNote.length, 13, 17), blockHeight(relationHeading.length, 13, 17)) +
    10;
  for (const topic of debate.topics) {
    const drawn = row(debate, topic, y, words);
    parts.push(...drawn.parts);
    y += drawn.height;
  }
  const footer = legendAndFooter(debate, words, { top: y, left: MARGIN, width });
  parts.push(...footer.parts);
  const height = Math.ceil(footer.bottom + MARGIN);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 0 ${SVG_WIDTH} ${height}" font-family="${escapeXml(FONT)}" fill="#1f2328">`,
    `<title>${escapeXml(words.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, height };
}
