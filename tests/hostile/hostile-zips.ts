// Hostile zip archives, built byte by byte in the tests (no binary fixtures in git). Each
// reproduces an archive that once froze or crashed the page.
import { deflateSync } from 'fflate';

export interface RawEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** What the central directory declares, when it should lie. */
  declaredCompressed?: number;
  declaredSize?: number;
  /** Point the central record at another entry's local header (overlap). */
  sameLocalAs?: number;
}

const encoder = new TextEncoder();

function bytesOf(parts: (Uint8Array | number[])[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n % 2 ** 32), ...u32(Math.floor(n / 2 ** 32))];

/** A zip of `entries`, lying where each entry says; `declaredCount` lies about the count. */
function buildZip(
  entries: readonly RawEntry[],
  { declaredCount, zip64Count }: { declaredCount?: number; zip64Count?: number } = {},
): Uint8Array {
  const locals: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = bytesOf([
      u32(0x04034b50),
      u16(20),
      u16(0x0800),
      u16(entry.method ?? 0),
      u32(0),
      u32(0),
      u32(entry.declaredCompressed ?? entry.data.length),
      u32(entry.declaredSize ?? entry.data.length),
      u16(name.length),
      u16(0),
      name,
      entry.data,
    ]);
    offsets.push(offset);
    locals.push(local);
    offset += local.length;
  }
  const central = entries.map((entry, i) => {
    const name = encoder.encode(entry.name);
    return bytesOf([
      u32(0x02014b50),
      u16(20),
      u16(20),
      u16(0x0800),
      u16(entry.method ?? 0),
      u32(0),
      u32(0),
      u32(entry.declaredCompressed ?? entry.data.length),
      u32(entry.declaredSize ?? entry.data.length),
      u16(name.length),
      u16(0),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(offsets[entry.sameLocalAs ?? i] ?? 0),
      name,
    ]);
  });
  const cdSize = central.reduce((sum, c) => sum + c.length, 0);
  const count = declaredCount ?? entries.length;
  const zip64 =
    zip64Count === undefined
      ? []
      : [
          bytesOf([
            u32(0x06064b50),
            u64(44),
            u16(45),
            u16(45),
            u32(0),
            u32(0),
            u64(zip64Count),
            u64(zip64Count),
            u64(cdSize),
            u64(offset),
          ]),
          bytesOf([u32(0x07064b50), u32(0), u64(offset + cdSize), u32(1)]),
        ];
  const end = bytesOf([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(zip64Count === undefined ? Math.min(count, 0xffff) : 0xffff),
    u16(zip64Count === undefined ? Math.min(count, 0xffff) : 0xffff),
    u32(zip64Count === undefined ? cdSize : 0xffffffff),
    u32(zip64Count === undefined ? offset : 0xffffffff),
    u16(0),
  ]);
  return bytesOf([...locals, ...central, ...zip64, end]);
}

const json = (text: string) => encoder.encode(text);

/** An archive that claims about four billion entries and holds none (zip64). */
export const hugeCountZip = () => buildZip([], { zip64Count: 4_000_000_000 });

/** 40 kB that inflates to 40 MB of spaces, twice the cap: a zip bomb. */
export function bombZip(): Uint8Array {
  const spaces = new Uint8Array(40 * 1024 * 1024).fill(0x20);
  return buildZip([{ name: 'debate.json', data: deflateSync(spaces, { level: 9 }), method: 8 }]);
}

/** Five thousand empty entries. */
export const manyEntriesZip = () =>
  buildZip(Array.from({ length: 5000 }, (_, i) => ({ name: `f${i}.txt`, data: new Uint8Array() })));

/**
 * Issue 25: `folders` copies of a debate folder whose debate.json and source.txt each unpack
 * to just under the 20 MB cap (spaces). Each entry passes the cap alone: 25 folders are 1 MB
 * of zip and were 1 GB unpacked and kept.
 */
export function manyLargeEntriesZip(folders = 25): Uint8Array {
  const data = deflateSync(new Uint8Array(20 * 1024 * 1024 - 1).fill(0x20), { level: 9 });
  return buildZip(
    Array.from({ length: folders }, (_, i) => [
      { name: `copy-${i}/debate.json`, data, method: 8 as const },
      { name: `copy-${i}/source.txt`, data, method: 8 as const },
    ]).flat(),
  );
}

/** An entry whose sizes say 0xFFFFFFFF with no zip64 field: fflate's unzipSync never returns. */
export const loopingZip64Zip = () =>
  buildZip([
    {
      name: 'debate.json',
      data: json('{}'),
      declaredCompressed: 0xffffffff,
      declaredSize: 0xffffffff,
    },
  ]);

/** Entries that all share one stretch of compressed bytes. */
export function overlappingZip(): Uint8Array {
  const data = deflateSync(new Uint8Array(1024 * 1024), { level: 9 });
  return buildZip([
    { name: 'debate.json', data, method: 8 },
    ...Array.from({ length: 20 }, (_, i) => ({
      name: `copy-${i}/debate.json`,
      data: new Uint8Array(),
      declaredCompressed: data.length,
      sameLocalAs: 0,
    })),
  ]);
}

/** A debate folder zipped by a Windows tool that writes backslashes. */
export const backslashZip = (debate: Uint8Array, source: Uint8Array) =>
  buildZip([
    { name: 'folder\\debate.json', data: debate },
    { name: 'folder\\source.txt', data: source },
  ]);
