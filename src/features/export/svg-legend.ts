import palette from 'virtual:position-palette';
import type { Debate } from '@/model/debate-schema';
import type { ExportText } from './export-text';
import { mark, SHAPES } from './svg-marks';
import { blockHeight, textBlock, textWidth, wrapText } from './svg-text';

// Under the rows: the legend (which shape is which speaker, what each colour means, each with
// its label) and the source line with the address. Items flow left to right and wrap.

const ITEM_GAP = 24;
const KEY = 18;

interface Box {
  top: number;
  left: number;
  width: number;
}

export function legendAndFooter(debate: Debate, words: ExportText, { top, left, width }: Box) {
  const parts = [
    `<line x1="${left}" x2="${left + width}" y1="${top}" y2="${top}" stroke="#d0d7de"/>`,
  ];
  let y = top + 30;
  parts.push(
    textBlock({
      x: left,
      y,
      lines: [words.legendHeading],
      fontSize: 14,
      lineHeight: 18,
      attrs: 'font-weight="700"',
    }),
  );
  const items = [
    ...debate.speakers.slice(0, SHAPES.length).map((speaker, i) => ({
      key: mark(SHAPES[i] ?? 'circle', 0, 0, '#ffffff'),
      label: words.speakerName(speaker.id),
    })),
    ...([-2, -1, 0, 1, 2] as const).map((value, i) => ({
      key: `<rect x="${-KEY / 2}" y="${-KEY / 2}" width="${KEY}" height="${KEY}" fill="${palette[`${value}`].marker}" stroke="#1f2328"/>`,
      label: words.positionLabels[i] ?? '',
    })),
  ];
  y += 14;
  let x = left;
  const right = left + width;
  for (const item of items) {
    const label = wrapText(item.label, width - KEY - 8, 13)[0] ?? '';
    const itemWidth = KEY + 8 + textWidth(label, 13);
    if (x > left && x + itemWidth > right) {
      x = left;
      y += 28;
    }
    parts.push(`<g transform="translate(${x + KEY / 2} ${y + 9})">${item.key}</g>`);
    parts.push(
      textBlock({ x: x + KEY + 8, y: y + 14, lines: [label], fontSize: 13, lineHeight: 17 }),
    );
    x += itemWidth + ITEM_GAP;
  }
  y += 28 + 16;
  const source = wrapText(words.sourceLine, width, 13);
  parts.push(textBlock({ x: left, y: y + 13, lines: source, fontSize: 13, lineHeight: 18 }));
  y += blockHeight(source.length, 13, 18) + 6;
  const url = wrapText(words.url, width, 13);
  parts.push(
    textBlock({
      x: left,
      y: y + 13,
      lines: url,
      fontSize: 13,
      lineHeight: 18,
      attrs: 'fill="#0b5cad"',
    }),
  );
  y += blockHeight(url.length, 13, 18);
  return { parts, bottom: y };
}
