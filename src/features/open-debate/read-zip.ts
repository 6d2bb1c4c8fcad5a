import { Inflate } from 'fflate';

// A small zip reader for untrusted archives. fflate's unzipSync trusts what an archive
// declares (an entry of size 0xFFFFFFFF with no zip64 field makes it loop for ever; a
// declared count of four billion entries keeps it busy for minutes), so this reads the
// central directory itself, believing no count and no size: it walks the records that are
// really there, checks every entry lies inside the file and overlaps no other, and inflates
// as a stream that stops at the cap. It unpacks only the first entry of each wanted name:
// a capped entry repeated a thousand times is a zip bomb too (issue 25: 1 MB of zip that
// unpacked to 15.6 GB), so what it keeps is capped in all as well as entry by entry.

export const ZIP_LIMITS = {
  /** Entries in one archive. */
  entries: 1000,
  /** Bytes one wanted entry may unpack to (the same cap as a file read directly). */
  unpacked: 20 * 1024 * 1024,
  /** Bytes all the unpacked entries may add up to: a debate.json and a source.txt at the cap. */
  unpackedTotal: 40 * 1024 * 1024,
};

export type ZipLimits = typeof ZIP_LIMITS;

export type ZipProblem =
  | { kind: 'damaged'; reason: 'no-directory' | 'sizes' | 'bounds' | 'method' | 'inflate' }
  | { kind: 'too-many-entries'; limit: number }
  | { kind: 'overlap' }
  | { kind: 'too-large'; entry: string; limit: number }
  | { kind: 'too-large-in-all'; limit: number };

export interface ZipEntry {
  /** The entry's path, with backslashes (as some Windows tools write them) read as slashes. */
  name: string;
  bytes: Uint8Array;
}

export type ZipResult = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL32 = 0xffffffff;
/** Input fed to the inflater at a time: at most about a thousand times as much (4 MB) comes out. */
const INFLATE_STEP = 4 * 1024;

class Damaged extends Error {
  constructor(readonly reason: Extract<ZipProblem, { kind: 'damaged' }>['reason']) {
    super(reason);
  }
}

interface CentralRecord {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Reads the first entry (in the directory's order) of each base name in `wanted`, such as
 * `debate.json` in any folder, and stops once it has them all; never throws.
 */
export function readZip(
  bytes: Uint8Array,
  wanted: readonly string[],
  limits: ZipLimits = ZIP_LIMITS,
  /** Further entries to read, up to `max` of them (a debate folder's codings/*.json). */
  also: { matches: (path: string) => boolean; max: number } = { matches: () => false, max: 0 },
): ZipResult {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const records = centralDirectory(bytes, view, limits.entries);
    if ('problem' in records) return { ok: false, problem: records.problem };
    const spans = records.map((record) => ({ record, ...dataSpan(view, record, bytes.length) }));
    // Entries that share bytes are how the worst zip bombs multiply: refuse them.
    const sorted = [...spans].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++)
      if ((sorted[i]?.from ?? 0) < (sorted[i - 1]?.to ?? 0))
        return { ok: false, problem: { kind: 'overlap' } };
    const entries: ZipEntry[] = [];
    const missing = new Set(wanted);
    let alsoLeft = also.max;
    let left = limits.unpackedTotal;
    for (const span of spans) {
      if (missing.size === 0 && alsoLeft === 0) break;
      if (!missing.delete(baseName(span.record.name))) {
        if (alsoLeft === 0 || !also.matches(span.record.name)) continue;
        alsoLeft -= 1;
      }
      const data = bytes.subarray(span.dataStart, span.to);
      const cap = Math.min(limits.unpacked, left);
      const unpacked = unpack(span.record.method, data, cap);
      if (unpacked === 'too-large')
        return {
          ok: false,
          problem:
            cap < limits.unpacked
              ? { kind: 'too-large-in-all', limit: limits.unpackedTotal }
              : { kind: 'too-large', entry: span.record.name, limit: limits.unpacked },
        };
      left -= unpacked.length;
      entries.push({ name: span.record.name, bytes: unpacked });
    }
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof Damaged)
      return { ok: false, problem: { kind: 'damaged', reason: error.reason } };
    return { ok: false, problem: { kind: 'damaged', reason: 'bounds' } };
  }
}

const u16 = (view: DataView, at: number) => view.getUint16(at, true);
const u32 = (view: DataView, at: number) => view.getUint32(at, true);
const u64 = (view: DataView, at: number) => u32(view, at + 4) * 2 ** 32 + u32(view, at);

/** The end of central directory record: searched for in the last 64 KiB, as the format allows. */
function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (u32(view, at) === EOCD) return at;
  throw new Damaged('no-directory');
}

function centralDirectory(
  bytes: Uint8Array,
  view: DataView,
  limit: number,
): CentralRecord[] | { problem: ZipProblem } {
  const end = findEnd(view);
  let size = u32(view, end + 12);
  let offset = u32(view, end + 16);
  if (size === FULL32 || offset === FULL32 || u16(view, end + 10) === 0xffff) {
    const locator = end - 20;
    if (locator >= 0 && u32(view, locator) === ZIP64_LOCATOR) {
      const zip64 = u64(view, locator + 8);
      if (zip64 + 56 > end || u32(view, zip64) !== ZIP64_EOCD) throw new Damaged('bounds');
      size = u64(view, zip64 + 40);
      offset = u64(view, zip64 + 48);
    }
  }
  if (offset + size > bytes.length) throw new Damaged('bounds');
  const decoder = new TextDecoder('utf-8');
  const records: CentralRecord[] = [];
  // The records that are there, however many the archive claims.
  for (let at = offset; at + 46 <= offset + size && u32(view, at) === CENTRAL; ) {
    if (records.length === limit) return { problem: { kind: 'too-many-entries', limit } };
    const nameLength = u16(view, at + 28);
    const extraLength = u16(view, at + 30);
    const commentLength = u16(view, at + 32);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw new Damaged('bounds');
    const declared = {
      uncompressed: u32(view, at + 24),
      compressed: u32(view, at + 20),
      local: u32(view, at + 42),
    };
    const sizes = zip64Sizes(view, extraStart, extraLength, declared);
    records.push({
      name: decoder.decode(bytes.subarray(nameStart, extraStart)).replaceAll('\\', '/'),
      method: u16(view, at + 10),
      compressedSize: sizes.compressed,
      localOffset: sizes.local,
    });
    at = next;
  }
  // A directory that is declared but holds no record is not one.
  if (records.length === 0 && size > 0) throw new Damaged('no-directory');
  return records;
}

/** Sizes and offset, from the zip64 extra field where the record says 0xFFFFFFFF. */
function zip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
  declared: { uncompressed: number; compressed: number; local: number },
) {
  const wide = (['uncompressed', 'compressed', 'local'] as const).filter(
    (key) => declared[key] === FULL32,
  );
  if (wide.length === 0) return declared;
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = u16(view, at);
    const length = u16(view, at + 2);
    if (id === 0x0001) {
      if (length < wide.length * 8) break;
      const sizes = { ...declared };
      wide.forEach((key, i) => (sizes[key] = u64(view, at + 4 + i * 8)));
      return sizes;
    }
    at += 4 + length;
  }
  // A size of 0xFFFFFFFF with no zip64 field to say what it is: the entry that loops fflate.
  throw new Damaged('sizes');
}

/** Where an entry's local header starts and where its data starts and ends, all inside the file. */
function dataSpan(view: DataView, record: CentralRecord, fileLength: number) {
  const from = record.localOffset;
  if (from + 30 > fileLength || u32(view, from) !== LOCAL) throw new Damaged('bounds');
  const dataStart = from + 30 + u16(view, from + 26) + u16(view, from + 28);
  const to = dataStart + record.compressedSize;
  if (to > fileLength) throw new Damaged('bounds');
  return { from, dataStart, to };
}

/** The entry's bytes, inflated as a stream that stops past `cap` bytes. */
function unpack(method: number, data: Uint8Array, cap: number): Uint8Array | 'too-large' {
  if (method === 0) return data.length > cap ? 'too-large' : data.slice();
  if (method !== 8) throw new Damaged('method');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= cap) chunks.push(chunk.slice());
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += INFLATE_STEP) {
      inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
      if (total > cap) return 'too-large';
    }
  } catch {
    throw new Damaged('inflate');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
