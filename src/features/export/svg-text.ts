// Text in the exported SVG, where nothing can measure it: the SVG is written without a page
// (and may be opened where our fonts are not). Widths are estimated generously per character
// (a Chinese character is a full em; Latin letters about half), each text is wrapped to the
// box it is given, and the layout (matrix-svg.ts) makes room for the lines it gets, so no text
// runs off the canvas or into another in any reading.

/** XML 1.0's characters: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, astral. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text for XML character data and attribute values: the five specials escaped, and every
 * character XML forbids (controls, U+FFFE, U+FFFF, unpaired surrogates) left out, so the file
 * always parses and draws.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const NARROW = /[\sil.,:;'!|()[\]’‘]/;
const CAPITAL = /[A-Z0-9MW@%&—–“”]/;

/** The estimated width of one character, in ems: generous, so text never runs over. */
function charWidth(c: string): number {
  if (WIDE.test(c)) return 1;
  if (NARROW.test(c)) return 0.34;
  if (CAPITAL.test(c)) return 0.72;
  return 0.6;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const c of text) ems += charWidth(c);
  return ems * fontSize * (bold ? 1.08 : 1);
}

const CLOSING = /[，。、；：？！」』）》〉”’,.;:?!)\]]/;
const OPENING = /[「『（《〈“‘(]$/;

/**
 * The text in pieces between which a line may break: after a space or a hyphen, and before a
 * wide character, except before closing punctuation or after opening punctuation.
 */
function breakPoints(text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const c of text) {
    if (piece && WIDE.test(c) && !CLOSING.test(c) && !OPENING.test(piece)) {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
    if (c === ' ' || c === '-') {
      pieces.push(piece);
      piece = '';
    }
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Cuts a piece that is wider than the box by itself into pieces that fit. */
function hardBreak(piece: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const parts: string[] = [];
  let part = '';
  for (const c of piece) {
    if (part && textWidth(part + c, fontSize, bold) > maxWidth) {
      parts.push(part);
      part = '';
    }
    part += c;
  }
  return part ? [...parts, part] : parts;
}

/** `text` in lines no wider than `maxWidth`. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPoints(text)) {
    if (textWidth(line + piece, fontSize, bold) <= maxWidth) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    for (const part of hardBreak(piece.trimStart(), maxWidth, fontSize, bold)) {
      if (textWidth(line + part, fontSize, bold) <= maxWidth) line += part;
      else {
        if (line) lines.push(line.trimEnd());
        line = part;
      }
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

export interface TextBlock {
  x: number;
  /** The first line's baseline. */
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  attrs?: string;
  anchor?: 'start' | 'end';
}

/** A wrapped text as one <text> with a <tspan> per line. */
export function textBlock({ x, y, lines, fontSize, lineHeight, attrs, anchor }: TextBlock): string {
  const spans = lines
    .map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const anchorAttr = anchor === 'end' ? ' text-anchor="end"' : '';
  return `<text font-size="${fontSize}"${anchorAttr}${attrs ? ` ${attrs}` : ''}>${spans}</text>`;
}

/** The height a block of `lines` takes: its lines, the last one's descent included. */
export const blockHeight = (lines: number, fontSize: number, lineHeight: number) =>
  (lines - 1) * lineHeight + fontSize * 1.25;
