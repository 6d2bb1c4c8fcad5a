// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_LIMIT, SOURCE_LIMIT } from '@/model/debate-limits';

const bundled = 'data/debates/future-talk-deepseek';

function checkData(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/check-data.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.trim().split('\n') };
}

function copyOfBundled() {
  const folder = mkdtempSync(join(tmpdir(), 'debate-'));
  cpSync(bundled, folder, { recursive: true });
  return folder;
}

// Each run starts tsx afresh, several seconds on a busy machine; some tests run it twice.
describe('npm run check-data', { timeout: 60_000 }, () => {
  it('passes the bundled debate', () => {
    expect(checkData(bundled)).toEqual({
      status: 0,
      lines: [
        `${bundled}/debate.json: clean (12 stances, 49 points, 37 quotes, 37 anchored by position, 5 codings)`,
      ],
    });
  });

  it('passes the debate without its points, and names a broken point by its JSON path', () => {
    const folder = copyOfBundled();
    const path = join(folder, 'debate.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const points = json.points;
    delete json.points;
    // The readers' codings code the points, so they go with them.
    rmSync(join(folder, 'codings'), { recursive: true });
    writeFileSync(path, JSON.stringify(json));
    expect(checkData(folder)).toEqual({
      status: 0,
      lines: [`${path}: clean (12 stances, 0 points, 37 quotes, 37 anchored by position)`],
    });
    points[0].topicIds = ['nowhere'];
    writeFileSync(path, JSON.stringify({ ...json, points }));
    expect(checkData(folder)).toEqual({
      status: 1,
      lines: [
        `${path}:points[0].topicIds[0]: Point “DeepSeek brings an AI ts…”: no topic has the id “nowhere”: choose one of the debate’s topics.`,
      ],
    });
  });

  it('fails with one line per problem naming the file and JSON path, and the place in words', () => {
    const folder = copyOfBundled();
    const path = join(folder, 'debate.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('"label": "海嘯要來，顛覆原路"', '"label": ""'),
    );
    const { status, lines } = checkData(folder);
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^${path}:stances\\[0\\]\\.label: Cai Hengjin on .+: the label is required`),
      ),
    ]);
    // In Chinese, as the studio says it to a Chinese editor.
    expect(checkData(folder, '--lang', 'zh-Hant').lines).toEqual([
      expect.stringMatching(/:stances\[0\]\.label: 蔡恆進對「.+」的立場：標籤是必填的：請填寫。$/),
    ]);
  });

  it('says when debate.json is not JSON', () => {
    const folder = copyOfBundled();
    writeFileSync(join(folder, 'debate.json'), '{ "id": ');
    const { status, lines } = checkData(folder);
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/debate\.json: not valid JSON: /);
  });

  it('fills in missing anchors with --fix, without touching the quoted text', () => {
    const folder = copyOfBundled();
    const path = join(folder, 'debate.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const quote = json.stances[3].quotes[0];
    const exact = quote.quote.exact;
    delete quote.position;
    quote.quote = { type: 'TextQuoteSelector', exact };
    writeFileSync(path, JSON.stringify(json));
    expect(checkData(folder).status).toBe(1);
    expect(checkData(folder, '--fix').status).toBe(0);
    const fixed = JSON.parse(readFileSync(path, 'utf8'));
    expect(fixed.stances[3].quotes[0]).toEqual(
      JSON.parse(readFileSync(join(bundled, 'debate.json'), 'utf8')).stances[3].quotes[0],
    );
  });

  it("anchors a point's own quote with --fix, as it does a stance's", () => {
    const folder = copyOfBundled();
    const path = join(folder, 'debate.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const exact = '如果質量不好,再便宜大家也不會用';
    const answer = json.points
      .find((p: { id: string }) => p.id === 'quality-before-cost')
      .answers.find((a: { speakerId: string }) => a.speakerId === 'yang-shu');
    answer.quotes = [
      {
        id: 'quality-before-cost-yang',
        quote: { type: 'TextQuoteSelector', exact },
        kind: 'reported',
        attribution: 'explicit',
        en: { gloss: 'If the quality is poor, people won’t use it however cheap it is.' },
      },
    ];
    writeFileSync(path, JSON.stringify(json));
    expect(checkData(folder).status).toBe(1);
    expect(checkData(folder, '--fix')).toEqual({
      status: 0,
      lines: [
        `${path}: filled in missing anchors`,
        `${path}: clean (12 stances, 49 points, 38 quotes, 38 anchored by position, 5 codings)`,
      ],
    });
    const [quote] = JSON.parse(readFileSync(path, 'utf8')).points.find(
      (p: { id: string }) => p.id === 'quality-before-cost',
    ).answers[1].quotes;
    const source = readFileSync(join(folder, 'source.txt'), 'utf8');
    expect(quote.quote.exact).toBe(exact);
    expect(source.slice(quote.position.start, quote.position.end)).toBe(exact);
    expect(
      source.slice(quote.position.start - quote.quote.prefix.length, quote.position.start),
    ).toBe(quote.quote.prefix);
  });

  it('refuses a file over the 20 MB cap before reading it, as the app does', () => {
    const folder = copyOfBundled();
    const path = join(folder, 'debate.json');
    // Still valid JSON (trailing spaces), so only the cap can refuse it.
    const json = readFileSync(path);
    const padding = Buffer.alloc(FILE_LIMIT + 1 - json.length, ' ');
    writeFileSync(path, Buffer.concat([json, padding]));
    expect(checkData(folder)).toEqual({
      status: 1,
      lines: [
        `${path}: ${FILE_LIMIT + 1} bytes, over the file cap of 20 MB (20971520 bytes); not read`,
      ],
    });
  });

  it('refuses a source over the source cap before checking or fixing anything', () => {
    const folder = copyOfBundled();
    const sourcePath = join(folder, 'source.txt');
    // One character repeated: the input that once made unbounded anchoring freeze.
    writeFileSync(sourcePath, '的'.repeat(SOURCE_LIMIT + 1));
    const before = readFileSync(join(folder, 'debate.json'), 'utf8');
    const expected = {
      status: 1,
      lines: [
        `${sourcePath}: ${SOURCE_LIMIT + 1} characters, over the source cap of 5000000 characters; not checked`,
      ],
    };
    expect(checkData(folder)).toEqual(expected);
    expect(checkData(folder, '--fix')).toEqual(expected);
    expect(readFileSync(join(folder, 'debate.json'), 'utf8')).toBe(before);
  });
});
