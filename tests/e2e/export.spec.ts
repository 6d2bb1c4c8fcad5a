import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { bundled, expect, test } from './fixtures';

// The overview's downloads, saved and opened: the matrix as SVG and PNG, the quotes as CSV.

// The first open loads and runs citation-js (or the export code) on a busy, shared machine.
test.describe.configure({ timeout: 90_000 });

const QUOTE_COUNT = bundled.stances.reduce((n, s) => n + s.quotes.length, 0);

async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** RFC 4180: fields split on commas and CRLF, "quoted" fields may hold both, "" is a quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

test('the matrix downloads as an SVG with real text: title, every topic, legend, source', async ({
  page,
}) => {
  await page.goto('/');
  const { file, bytes } = await download(page, '矩陣 SVG（向量圖）');
  expect(file.suggestedFilename()).toBe('future-talk-deepseek-matrix-zh-hant.svg');
  // Parsed in a blank page: the site's own pages enforce Trusted Types, which DOMParser obeys.
  const blank = await page.context().newPage();
  const texts = await blank.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return ['not well-formed'];
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, bytes.toString('utf8'));
  expect(texts[0]).toBe('DeepSeek：拐點還是海嘯？蔡恆進與楊蜀的《Future Talk》對談');
  for (const topic of bundled.topics) expect(texts).toContain(topic.heading);
  expect(texts).toContain('蔡恆進：海嘯要來，顛覆原路');
  expect(texts).toContain('圖例');
  expect(texts).toContain('看法分歧');
  expect(texts).toContain(
    '來源：網易科技 · 科技《態度》欄目 · 《Future Talk》；採訪：丁廣勝；作者：崔玉賢；2025年春節後；資料版本 2026-12-07',
  );
});

test('the matrix downloads as a PNG at twice the SVG’s size', async ({ page }) => {
  await page.goto('/');
  const svg = (await download(page, '矩陣 SVG（向量圖）')).bytes.toString('utf8');
  const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  const { file, bytes } = await download(page, '矩陣 PNG（2 倍解析度）');
  expect(file.suggestedFilename()).toBe('future-talk-deepseek-matrix-zh-hant.png');
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect(bytes.readUInt32BE(16)).toBe(2 * Number(width));
  expect(bytes.readUInt32BE(20)).toBe(2 * Number(height));
  expect(Number(width)).toBe(1200);
});

test('the quotes download as CSV: a BOM, one row per quote, the Chinese verbatim', async ({
  page,
}) => {
  await page.goto('/');
  const { file, bytes } = await download(page, '引文 CSV');
  expect(file.suggestedFilename()).toBe('future-talk-deepseek-quotes-zh-hant.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  expect(rows[0]).toEqual([
    'topic',
    'speaker',
    'position',
    'label',
    'kind',
    'attribution',
    'quote',
    'url',
  ]);
  expect(rows).toHaveLength(1 + QUOTE_COUNT);
  const first = bundled.stances[0];
  const row = rows.find((r) => r[6] === first?.quotes[0]?.quote.exact);
  expect(row?.slice(0, 4)).toEqual(['拐點還是海嘯', '蔡恆進', '2', '海嘯要來，顛覆原路']);
  expect(row?.[7]).toBe(
    `http://127.0.0.1:${process.env.E2E_PORT ?? 4321}/topics/inflection-point/cai-hengjin#inflection-point-cai-1`,
  );
});

test('Simplified readers’ CSV keeps the verbatim quote and adds it as they read it', async ({
  page,
}) => {
  await page.goto('/?script=hans');
  // The Simplified debate arrives after the page: wait until the matrix shows it.
  await expect(
    page.getByRole('grid').getByRole('link', { name: '杨蜀', exact: true }),
  ).toBeVisible();
  const { file, bytes } = await download(page, '引文 CSV');
  expect(file.suggestedFilename()).toBe('future-talk-deepseek-quotes-zh-hans.csv');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  expect(rows[0]?.at(-1)).toBe('quote_as_read');
  const row = rows.find((r) => r[6] === bundled.stances[0]?.quotes[0]?.quote.exact);
  expect(row?.[0]).toBe('拐点还是海啸');
  expect(row?.[8]).toMatch(/^蔡恒进认为DeepSeek的到来意味着AI的海啸要来了/);
});

test('English readers’ CSV keeps the verbatim quote and adds our translation', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(
    page.getByRole('grid').getByRole('link', { name: 'Yang Shu', exact: true }),
  ).toBeVisible();
  const { file, bytes } = await download(page, 'Quotes as CSV');
  expect(file.suggestedFilename()).toBe('future-talk-deepseek-quotes-en.csv');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  expect(rows[0]?.at(-1)).toBe('quote_translation');
  const quote = bundled.stances[0]?.quotes[0];
  const row = rows.find((r) => r[6] === quote?.quote.exact);
  expect(row?.[0]).toBe('Inflection point or tsunami');
  expect(row?.[8]).toMatch(/^Cai Hengjin believes DeepSeek’s arrival means an AI tsunami/);
});

test('the debate downloads as its JSON', async ({ page }) => {
  await page.goto('/?lang=en');
  const { bytes } = await download(page, 'All data as JSON');
  const json = JSON.parse(bytes.toString('utf8')) as { id: string; stances: unknown[] };
  expect(json.id).toBe('future-talk-deepseek');
  expect(json.stances).toHaveLength(bundled.stances.length);
});
