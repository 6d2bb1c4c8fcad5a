// @vitest-environment node
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  backslashZip,
  bombZip,
  hugeCountZip,
  loopingZip64Zip,
  manyEntriesZip,
  overlappingZip,
} from '../hostile/hostile-zips';
import { readZip, ZIP_LIMITS } from '@/features/open-debate/read-zip';

const everything = () => true;

/**
 * Runs `work`, failing if it takes longer than `ms`. The bounds are loose (the machine is
 * shared): they catch a return of the freezes these zips once caused, minutes or never; the bench holds the real budgets.
 */
function within<T>(ms: number, work: () => T): T {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(ms);
  return result;
}

describe('readZip', () => {
  it('reads stored and deflated entries, only those wanted', () => {
    const zip = zipSync({ 'a/debate.json': strToU8('{"x":1}'), 'a/other.bin': new Uint8Array(9) });
    const result = readZip(zip, (name) => name.endsWith('.json'));
    expect(
      result.ok && result.entries.map((e) => [e.name, new TextDecoder().decode(e.bytes)]),
    ).toEqual([['a/debate.json', '{"x":1}']]);
  });

  it('reads names written with backslashes as paths', () => {
    const result = readZip(backslashZip(strToU8('{}'), strToU8('text')), everything);
    expect(result.ok && result.entries.map((e) => e.name)).toEqual([
      'folder/debate.json',
      'folder/source.txt',
    ]);
  });

  it('walks the records that are there, not the four billion an archive claims', () => {
    const zip = hugeCountZip();
    const result = within(500, () => readZip(zip, everything));
    expect(result).toEqual({ ok: true, entries: [] });
  });

  it('stops unpacking a zip bomb at the cap', () => {
    const bomb = bombZip();
    const result = within(10_000, () => readZip(bomb, everything));
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'too-large', entry: 'debate.json', limit: ZIP_LIMITS.unpacked },
    });
  });

  it('refuses more entries than the cap', () => {
    const zip = manyEntriesZip();
    const result = within(1000, () => readZip(zip, everything));
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'too-many-entries', limit: ZIP_LIMITS.entries },
    });
  });

  it('refuses sizes of 0xFFFFFFFF without their zip64 field instead of looping', () => {
    const zip = loopingZip64Zip();
    const result = within(500, () => readZip(zip, everything));
    expect(result).toEqual({ ok: false, problem: { kind: 'damaged', reason: 'sizes' } });
  });

  it('refuses entries that share their bytes', () => {
    const zip = overlappingZip();
    const result = within(1000, () => readZip(zip, everything));
    expect(result).toEqual({ ok: false, problem: { kind: 'overlap' } });
  });

  it('refuses what is not a zip, and entries pointing outside the file', () => {
    expect(readZip(strToU8('not a zip at all, not even close'), everything)).toEqual({
      ok: false,
      problem: { kind: 'damaged', reason: 'no-directory' },
    });
    const zip = zipSync({ 'debate.json': strToU8('{}') });
    expect(readZip(zip.subarray(10), everything)).toEqual({
      ok: false,
      problem: { kind: 'damaged', reason: 'no-directory' },
    });
  });
});
