// @vitest-environment node
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  backslashZip,
  bombZip,
  hugeCountZip,
  loopingZip64Zip,
  manyEntriesZip,
  manyLargeEntriesZip,
  overlappingZip,
} from '../hostile/hostile-zips';
import { readZip, ZIP_LIMITS } from '@/features/open-debate/read-zip';
import { readDebateFiles } from '@/features/open-debate/read-debate-files';
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { checkMessagesZhHant } from '@/lib/i18n/check-messages-zh-hant';

const WANTED = ['debate.json', 'source.txt'];

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
    const zip = zipSync({
      'a/debate.json': strToU8('{"x":1}'),
      'a/source.txt': [strToU8('text'), { level: 0 }],
      'a/other.bin': new Uint8Array(9),
    });
    const result = readZip(zip, WANTED);
    expect(
      result.ok && result.entries.map((e) => [e.name, new TextDecoder().decode(e.bytes)]),
    ).toEqual([
      ['a/debate.json', '{"x":1}'],
      ['a/source.txt', 'text'],
    ]);
  });

  it('reads the first entry of each wanted name, and no more (issue 25)', () => {
    const zip = zipSync({
      'a/debate.json': strToU8('{"first":true}'),
      'b/debate.json': strToU8('{"second":true}'),
      'b/source.txt': strToU8('first source'),
      'c/source.txt': strToU8('second source'),
    });
    const result = readZip(zip, WANTED);
    expect(result.ok && result.entries.map((e) => e.name)).toEqual([
      'a/debate.json',
      'b/source.txt',
    ]);
  });

  it('caps what the wanted entries unpack to in all, as well as each one', () => {
    const zip = zipSync({ 'debate.json': new Uint8Array(600), 'source.txt': new Uint8Array(600) });
    const limits = { entries: 10, unpacked: 1000, unpackedTotal: 1000 };
    expect(readZip(zip, WANTED, limits)).toEqual({
      ok: false,
      problem: { kind: 'too-large-in-all', limit: 1000 },
    });
    expect(readZip(zip, WANTED, { ...limits, unpackedTotal: 1200 }).ok).toBe(true);
  });

  it('answers a zip of many capped entries quickly, by its first folder alone', () => {
    const zip = manyLargeEntriesZip();
    const result = within(10_000, () => readZip(zip, WANTED));
    expect(result.ok && result.entries.map((e) => [e.name, e.bytes.length])).toEqual([
      ['copy-0/debate.json', ZIP_LIMITS.unpacked - 1],
      ['copy-0/source.txt', ZIP_LIMITS.unpacked - 1],
    ]);
  });

  it('reads names written with backslashes as paths', () => {
    const result = readZip(backslashZip(strToU8('{}'), strToU8('text')), WANTED);
    expect(result.ok && result.entries.map((e) => e.name)).toEqual([
      'folder/debate.json',
      'folder/source.txt',
    ]);
  });

  it('walks the records that are there, not the four billion an archive claims', () => {
    const zip = hugeCountZip();
    const result = within(500, () => readZip(zip, WANTED));
    expect(result).toEqual({ ok: true, entries: [] });
  });

  it('stops unpacking a zip bomb at the cap', () => {
    const bomb = bombZip();
    const result = within(10_000, () => readZip(bomb, WANTED));
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'too-large', entry: 'debate.json', limit: ZIP_LIMITS.unpacked },
    });
  });

  it('refuses more entries than the cap', () => {
    const zip = manyEntriesZip();
    const result = within(1000, () => readZip(zip, WANTED));
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'too-many-entries', limit: ZIP_LIMITS.entries },
    });
  });

  it('refuses sizes of 0xFFFFFFFF without their zip64 field instead of looping', () => {
    const zip = loopingZip64Zip();
    const result = within(500, () => readZip(zip, WANTED));
    expect(result).toEqual({ ok: false, problem: { kind: 'damaged', reason: 'sizes' } });
  });

  it('refuses entries that share their bytes', () => {
    const zip = overlappingZip();
    const result = within(1000, () => readZip(zip, WANTED));
    expect(result).toEqual({ ok: false, problem: { kind: 'overlap' } });
  });

  it('refuses what is not a zip, and entries pointing outside the file', () => {
    expect(readZip(strToU8('not a zip at all, not even close'), WANTED)).toEqual({
      ok: false,
      problem: { kind: 'damaged', reason: 'no-directory' },
    });
    const zip = zipSync({ 'debate.json': strToU8('{}') });
    expect(readZip(zip.subarray(10), WANTED)).toEqual({
      ok: false,
      problem: { kind: 'damaged', reason: 'no-directory' },
    });
  });
});

describe('readDebateFiles, given a zip of many large folders (issue 25)', () => {
  it('answers by the first folder alone, quickly', async () => {
    const zip = new File([new Uint8Array(manyLargeEntriesZip())], 'many.zip');
    const say = { problems: messagesZhHant.openProblems, checks: checkMessagesZhHant };
    const started = performance.now();
    const result = await readDebateFiles([zip], say);
    // Loose (a shared machine): unpacking every entry took 43 s and 1.3 GB here; the bench holds 2 s.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(!result.ok && result.problems).toEqual(['copy-0/debate.json：檔案是空的。']);
  });
});
