// @vitest-environment node
import { messagesZhHant } from '@/lib/i18n/messages-zh-hant';
import { checkMessagesZhHant } from '@/lib/i18n/check-messages-zh-hant';
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDebateFiles } from './read-debate-files';

const say = { problems: messagesZhHant.openProblems, checks: checkMessagesZhHant };

const fixture = 'tests/fixtures/three-voices';
const json = readFileSync(`${fixture}/debate.json`);
const source = readFileSync(`${fixture}/source.txt`);
const file = (name: string, content: string | Uint8Array) =>
  new File([typeof content === 'string' ? content : new Uint8Array(content)], name);

describe('readDebateFiles', () => {
  it('opens a debate.json with its source.txt', async () => {
    const result = await readDebateFiles(
      [file('debate.json', json), file('source.txt', source)],
      say,
    );
    expect(result.ok && result.debate.speakers.map((s) => s.id)).toEqual([
      'li-hua',
      'chen-jing',
      'zhang-wei',
    ]);
  });

  it('opens one .zip of the folder', async () => {
    const zip = zipSync({ 'three-voices/debate.json': json, 'three-voices/source.txt': source });
    const result = await readDebateFiles([file('three-voices.zip', zip)], say);
    expect(result.ok && result.debate.id).toBe('three-voices');
  });

  it.each([
    [
      'not JSON',
      [file('debate.json', '{ nope'), file('source.txt', source)],
      /^debate\.json：不是有效的 JSON/,
    ],
    ['empty', [file('debate.json', ''), file('source.txt', source)], /^debate\.json：檔案是空的/],
    [
      'not UTF-8',
      [file('debate.json', new Uint8Array([0xff, 0xfe, 0x00])), file('source.txt', source)],
      /不是 UTF-8/,
    ],
    ['missing its source', [file('debate.json', json)], /^缺少 source\.txt/],
    ['a broken zip', [file('x.zip', strToU8('not a zip'))], /^x\.zip：不是可讀的 zip 檔/],
    [
      'wrong types',
      [file('debate.json', '{"id": 3}'), file('source.txt', source)],
      /^debate\.json: 這場辯論：代號應為文字。$/,
    ],
  ])('explains a file that is %s', async (_, files, message) => {
    const result = await readDebateFiles(files, say);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(message);
  });

  it('names the quote that is not in the source', async () => {
    const edited = json
      .toString()
      .replace('"exact": "收費是最直接的辦法。"', '"exact": "收費是最好的辦法。"');
    const result = await readDebateFiles(
      [file('debate.json', edited), file('source.txt', source)],
      say,
    );
    // Named as an editor reads it: whose stance, which quote, and where it parts from the source.
    expect(!result.ok && result.problems).toEqual([
      'debate.json: 李華對「擁堵收費」的立場，引文「收費是最好的辦法。」：引文與原文不符：在「收費是最」之後，引文是「好」，原文是「直接」；請照錄原文。',
    ]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = file('debate.json', 'x');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const result = await readDebateFiles([huge, file('source.txt', source)], say);
    expect(!result.ok && result.problems[0]).toMatch(/超過 20 MB/);
  });

  it('refuses an object of a million members before parsing it, naming where it is', async () => {
    const debate = JSON.parse(json.toString()) as { stances: Record<string, unknown>[] };
    for (let i = 0; i < 1_000_000; i++) debate.stances[1]![`extra${i}`] = i;
    const result = await readDebateFiles(
      [file('debate.json', JSON.stringify(debate)), file('source.txt', source)],
      say,
    );
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(
        /^debate\.json: chen-jing對「congestion-charge」的立場：有 1,000,006 個欄位，上限是 200 個。$/,
      ),
    ]);
  });

  it('survives absurdly deep nesting', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = await readDebateFiles(
      [file('debate.json', deep), file('source.txt', source)],
      say,
    );
    expect(result.ok).toBe(false);
  });
});

describe('a debate folder with its readers’ codings', () => {
  const bundled = 'data/debates/future-talk-deepseek';
  const codings = ['reader-c', 'reader-d', 'reader-e', 'reader-f', 'reader-g'];
  const folder = (
    coding = (name: string): Uint8Array => readFileSync(`${bundled}/codings/${name}.json`),
  ) =>
    zipSync({
      'deepseek/debate.json': readFileSync(`${bundled}/debate.json`),
      'deepseek/source.txt': readFileSync(`${bundled}/source.txt`),
      ...Object.fromEntries(codings.map((c) => [`deepseek/codings/${c}.json`, coding(c)])),
    });

  it('opens with every coding, as the build does', async () => {
    const result = await readDebateFiles([file('deepseek.zip', folder())], say);
    expect(result.ok && result.debate.codings?.map((c) => c.coder)).toEqual(codings);
  });

  it('names the coding file a problem is in', async () => {
    const broken = folder((name) => {
      const text = readFileSync(`${bundled}/codings/${name}.json`, 'utf8');
      return strToU8(name === 'reader-d' ? text.replace('"inflection-point"', '"nowhere"') : text);
    });
    const result = await readDebateFiles([file('deepseek.zip', broken)], say);
    expect(!result.ok && result.problems[0]).toMatch(
      /^codings\/reader-d\.json: .*unknown topic "nowhere"/,
    );
  });
});
