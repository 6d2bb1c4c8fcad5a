import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  blankLineSource,
  deepNesting,
  generated,
  hugeMarkupTitle,
  largeWithProblems,
  longSource,
  manyCandidateHits,
  manyUnknownKeys,
  type DebateFiles,
} from '../hostile/hostile-debates';
import {
  bombZip,
  hugeCountZip,
  loopingZip64Zip,
  manyEntriesZip,
  manyLargeEntriesZip,
} from '../hostile/hostile-zips';

// Hostile and huge files are answered quickly, with a clear message, while the page
// keeps answering. The budget is 2 s per hostile case, which `npm run bench` holds
// (scripts/bench/open-hostile.ts, 0.2–1.2 s here); these tests run beside another browser
// on two cores, so they allow 10 s, still far from the 12 s to endless of the cases unbounded.
const ANSWER_MS = 10_000;

// The files are written to disk and chosen by path, as a reader picks them: Playwright hands
// a buffer to the page by decoding it in the page's main thread, which would be the longest
// gap measured, not the app's work.
function onDisk(files: Record<string, string | Uint8Array>): string[] {
  mkdirSync(test.info().outputDir, { recursive: true });
  const folder = mkdtempSync(path.join(test.info().outputDir, 'files-'));
  return Object.entries(files).map(([name, content]) => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    return file;
  });
}
const asFiles = ({ json, source }: DebateFiles) =>
  onDisk({ 'debate.json': json, 'source.txt': source });
const asZip = (name: string, bytes: Uint8Array) => onDisk({ [name]: bytes });

/**
 * Starts a timer in the page that records its longest gap (how long the page did not
 * answer), and a long-task observer that records the longest task. Both are wall-clock time:
 * these tests run in the `alone` project, with no other browser of the suite taking the
 * second core, but a slow or busy machine still stretches them.
 */
async function watchGaps(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longestGap: number; longestTask: number };
    w.longestGap = 0;
    w.longestTask = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestGap = Math.max(w.longestGap, now - last);
      last = now;
    }, 20);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
}
/** The longest gap of the timer and the longest task since watchGaps. */
const longest = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { longestGap: number; longestTask: number };
    return { gap: w.longestGap, task: w.longestTask };
  });

/**
 * Unbounded, these files froze the page for 6.7 s to ten minutes. These bounds catch a freeze
 * on any machine; the tight budget on the longest task (200 ms: OPEN_BUDGETS, HOSTILE_BUDGETS) is
 * held by `npm run bench`, measured without the noise of a test run. CI, beside another
 * browser, once saw a task of 831 ms where this machine sees 90–270 ms.
 */
async function expectAnswering(page: Page) {
  const { gap, task } = await longest(page);
  expect(task).toBeLessThan(1000);
  expect(gap).toBeLessThan(2500);
}

async function openAndTime(page: Page, files: DebateFiles | string[]) {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await watchGaps(page);
  const started = Date.now();
  await page.getByLabel('開啟辯論檔…').setInputFiles(Array.isArray(files) ? files : asFiles(files));
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 30_000 });
  return { alert, elapsed: Date.now() - started };
}

const cases: [string, () => DebateFiles | string[], RegExp][] = [
  ['many candidate hits', manyCandidateHits, /在限制內無法定位這段引文/],
  [
    'a huge markup-like string',
    hugeMarkupTitle,
    /debate\.json: 這場辯論：標題太長：最多 300 個字元/,
  ],
  ['a 19 MB file with problems', largeWithProblems, /已列出前 500 個問題/],
  ['deep nesting', deepNesting, /巢狀超過 32 層/],
  [
    'a stance of 1.4 million unknown members',
    manyUnknownKeys,
    /debate\.json: li-hua對「congestion-charge」的立場：有 1,400,006 個欄位，上限是 200 個/,
  ],
  [
    'a zip declaring a huge entry count',
    () => asZip('count.zip', hugeCountZip()),
    /缺少 debate\.json/,
  ],
  [
    'a zip bomb',
    () => asZip('bomb.zip', bombZip()),
    /debate\.json 解開後太大（超過 20 MB），已停止解壓縮/,
  ],
  [
    'a zip with many entries',
    () => asZip('many.zip', manyEntriesZip()),
    /zip 內的項目超過 1000 個/,
  ],
  ['the looping zip64 entry', () => asZip('loop.zip', loopingZip64Zip()), /項目的大小欄位損壞/],
  [
    'a zip of 50 entries of 20 MB each',
    () => asZip('many-large.zip', manyLargeEntriesZip()),
    /copy-0\/debate\.json：檔案是空的/,
  ],
];

for (const [name, build, message] of cases) {
  test(`${name} is answered quickly with a clear message`, async ({ page }) => {
    const files = build();
    const { alert, elapsed } = await openAndTime(page, files);
    await expect(alert).toContainText(message);
    expect(elapsed).toBeLessThan(ANSWER_MS);
    await expectAnswering(page);
    await expect(page.getByRole('grid').getByRole('columnheader').nth(1)).toHaveText('蔡恆進');
  });
}

test('a 10,000-stance debate opens while the page keeps answering', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await watchGaps(page);
  await page.getByLabel('開啟辯論檔…').setInputFiles(asFiles(generated(20, 500)));
  await expect(page.getByRole('progressbar', { name: '檢查進度' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '正在顯示' })).toBeVisible({
    timeout: 60_000,
  });
  // The matrix renders the rows near the viewport and announces them all.
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '501');
  // The timer kept running while the worker read, checked and anchored 10,000 stances.
  await expectAnswering(page);
});

test('cancel stops opening and leaves the bundled debate in view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByLabel('開啟辯論檔…').setInputFiles(asFiles(generated(20, 500)));
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已取消開啟' })).toHaveText(
    '已取消開啟，仍顯示原本的辯論。',
  );
  await expect(page.getByRole('grid').getByRole('columnheader')).toHaveText([
    '議題',
    '蔡恆進',
    '楊蜀',
    '立場對照',
    '兩人關係',
  ]);
});

/** Opens `files` from the overview, then follows the link to /source. */
async function openOnSource(page: Page, files: DebateFiles) {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByLabel('開啟辯論檔…').setInputFiles(asFiles(files));
  await expect(page.getByRole('status').filter({ hasText: '正在顯示' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('link', { name: '原文', exact: true }).click();
  await expect(page.locator('#p-1')).toBeVisible();
}

/** A quote's link, opened cold, still finds its quote in the opened debate's source. */
async function expectQuoteLinkWorks(page: Page) {
  await page.goto('/source#cc-li-1');
  await expect(page.locator('mark#cc-li-1')).toBeFocused();
}

test('a source of 1.5 million lines opens on /source, and quote links still work', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openOnSource(page, longSource());
  expect(await page.locator('.source-paragraph').count()).toBeLessThan(5000);
  // By keyboard: scrolled into view, the button presses itself and moves on, so a mouse
  // click can chase it under load.
  await page.getByRole('button', { name: /顯示第 \d+ 行起的內容/ }).press('Enter');
  await expect(page.locator('#p-600')).toBeAttached({ timeout: 20_000 });
  await expectQuoteLinkWorks(page);
});

test('a source of 4.9 million blank lines stays where the reader is on /source', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openOnSource(page, blankLineSource());
  await watchGaps(page);
  // Blank lines without height kept the 'later lines' trigger in view, and the window slid
  // on through the source by itself. Give it time to: it should not have moved.
  await page.waitForTimeout(3000);
  await expect(page.locator('#p-1')).toBeAttached();
  await expect(page.getByRole('button', { name: /顯示第 \d+ 行起的內容/ })).toHaveText(
    /顯示第 501 行起的內容/,
  );
  await expectAnswering(page);
  await expectQuoteLinkWorks(page);
});
