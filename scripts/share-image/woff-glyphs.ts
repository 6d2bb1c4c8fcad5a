// Which characters a WOFF font has glyphs for, read from its `cmap` table. The fonts'
// unicode-range slices are the same for every Chinese font of Google Fonts, so a slice of
// Noto Sans TC may list 进 (a Simplified-only character) that the font does not draw: only
// the cmap says what a file really covers.
import { inflateSync } from 'node:zlib';

function tableOf(woff: Buffer, wanted: string): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF font');
  const count = woff.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== wanted) continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compressed);
    return compressed < length ? inflateSync(data) : data;
  }
  throw new Error(`the font has no ${wanted} table`);
}

/** Format 12 (segmented coverage, all of Unicode). */
function format12(table: Buffer, at: number, into: Set<number>) {
  const groups = table.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const [start, end, glyph] = [0, 4, 8].map((o) => table.readUInt32BE(group + o)) as [
      number,
      number,
      number,
    ];
    for (let c = start; c <= end; c++) if (glyph + c - start !== 0) into.add(c);
  }
}

/** Format 4 (segment mapping to delta values, the Basic Multilingual Plane). */
function format4(table: Buffer, at: number, into: Set<number>) {
  const segments = table.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = table.readUInt16BE(ends + s * 2);
    const start = table.readUInt16BE(starts + s * 2);
    const delta = table.readUInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = table.readUInt16BE(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph = c;
      if (rangeOffset !== 0) {
        glyph = table.readUInt16BE(rangeOffsetAt + rangeOffset + (c - start) * 2);
        if (glyph === 0) continue;
      }
      if ((glyph + delta) % 0x10000 !== 0) into.add(c);
    }
  }
}

/** The code points the font maps to a glyph. */
export function woffCodePoints(woff: Buffer): Set<number> {
  const cmap = tableOf(woff, 'cmap');
  const records = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const unicode = records.filter(
    (r) => r.platform === 0 || (r.platform === 3 && (r.encoding === 1 || r.encoding === 10)),
  );
  const covered = new Set<number>();
  for (const { offset } of unicode) {
    const format = cmap.readUInt16BE(offset);
    if (format === 12) format12(cmap, offset, covered);
    else if (format === 4) format4(cmap, offset, covered);
  }
  return covered;
}
