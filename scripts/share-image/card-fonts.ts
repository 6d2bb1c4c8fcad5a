// The fonts a set of share cards needs: Noto Sans TC, then Noto Sans SC for what TC does not
// draw (Simplified-only characters such as 进), both OFL, from @fontsource's WOFF slices; for
// Simplified cards SC first, so that characters both draw take the mainland's forms. Only
// the slices holding the cards' characters are read, and each is registered under a name of
// its own: satori picks, character by character, the first listed font that draws it (under
// one shared name it would take the first slice for every character and draw empty boxes).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { woffCodePoints } from './woff-glyphs.ts';

const require = createRequire(import.meta.url);

/** The weights the cards use: body text and headings. */
const CARD_WEIGHTS = [400, 700] as const;
type Weight = (typeof CARD_WEIGHTS)[number];

const FAMILIES = ['noto-sans-tc', 'noto-sans-sc'] as const;
type Family = (typeof FAMILIES)[number];

/** The families in order of preference for cards in `lang`: the debate is in Traditional Chinese. */
export const familiesFor = (lang: string): readonly Family[] =>
  lang === 'zh-Hans' ? ['noto-sans-sc', 'noto-sans-tc'] : FAMILIES;

interface Slice {
  family: Family;
  /** `57` for the slice the CSS calls `[57]`, or `latin`. */
  name: string;
  ranges: [number, number][];
}

export interface CardFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((range) => {
    const [start = '', end = start] = range.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start, 16), parseInt(end, 16)];
  });
}

const packageDir = (family: string) =>
  path.dirname(require.resolve(`@fontsource/${family}/package.json`));

let slices: Slice[] | undefined;
function allSlices(): Slice[] {
  slices ??= FAMILIES.flatMap((family) => {
    const file = path.join(packageDir(family), 'unicode.json');
    const ranges = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return Object.entries(ranges).map(([key, range]) => ({
      family,
      name: key.replace(/^\[(\d+)\]$/, '$1'),
      ranges: parseRanges(range),
    }));
  });
  return slices;
}

const files = new Map<string, { data: Buffer; codePoints: Set<number> }>();
/** A slice's file, read once per build. */
function sliceFile({ family, name }: Slice, weight: Weight) {
  const file = path.join(packageDir(family), 'files', `${family}-${name}-${weight}-normal.woff`);
  let loaded = files.get(file);
  if (!loaded) {
    const data = readFileSync(file);
    loaded = { data, codePoints: woffCodePoints(data) };
    files.set(file, loaded);
  }
  return loaded;
}

const describe = (c: string) =>
  `「${c}」 (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * The fonts that draw every character of `text` in every card weight, `families` preferred in
 * their order, and the CSS font family list naming them in order. Throws, naming the
 * characters, if no font draws some.
 */
export function cardFonts(
  text: string,
  families: readonly Family[] = FAMILIES,
): { fonts: CardFont[]; fontFamily: string } {
  const preferred = families.flatMap((family) => allSlices().filter((s) => s.family === family));
  const characters = [...new Set(Array.from(text))].filter((c) => !/[\n\r\t]/u.test(c));
  const chosen = new Map<string, { slice: Slice; weights: Set<Weight> }>();
  const missing: string[] = [];
  for (const weight of CARD_WEIGHTS)
    for (const c of characters) {
      const code = c.codePointAt(0) ?? 0;
      const slice = preferred.find(
        (s) =>
          s.ranges.some(([start, end]) => code >= start && code <= end) &&
          sliceFile(s, weight).codePoints.has(code),
      );
      if (!slice) {
        missing.push(describe(c));
        continue;
      }
      const key = `${slice.family}-${slice.name}`;
      const entry = chosen.get(key) ?? { slice, weights: new Set<Weight>() };
      entry.weights.add(weight);
      chosen.set(key, entry);
    }
  if (missing.length > 0)
    throw new Error(
      `share images: no font draws ${[...new Set(missing)].join(', ')}; refusing to draw boxes`,
    );
  // The preferred family's slices first, as `preferred` lists them.
  const order = [...chosen.entries()].sort(
    ([, a], [, b]) => preferred.indexOf(a.slice) - preferred.indexOf(b.slice),
  );
  const fonts = order.flatMap(([name, { slice, weights }]) =>
    [...weights].map((weight) => ({
      name,
      data: sliceFile(slice, weight).data,
      weight,
      style: 'normal' as const,
    })),
  );
  return { fonts, fontFamily: order.map(([name]) => `"${name}"`).join(', ') };
}
