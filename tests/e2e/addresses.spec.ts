import { expect, test } from './fixtures';

// Issue 25 (Low, Addresses): addresses that name a page another way, and the search's own.
const OPEN_SOURCE = encodeURIComponent('開源');

const OTHER_NAMES: [string, string][] = [
  [`/search/?q=${OPEN_SOURCE}`, `/search?q=${OPEN_SOURCE}`],
  ['/index.html', '/'],
  ['/about/index.html', '/about'],
  ['/topics//agi-timing', '/topics/agi-timing'],
  [
    '/topics/agi-timing/yang-shu/#agi-timing-yang-1',
    '/topics/agi-timing/yang-shu#agi-timing-yang-1',
  ],
];
for (const [asked, page_] of OTHER_NAMES)
  test(`${asked} shows ${page_}`, async ({ page, baseURL }) => {
    await page.goto(asked);
    await expect(page).toHaveURL(`${baseURL}${page_}`);
    await expect(page.getByRole('heading', { name: '找不到這個頁面' })).toHaveCount(0);
  });

test('/search/?q= finds what it is asked for', async ({ page }) => {
  await page.goto(`/search/?q=${OPEN_SOURCE}`);
  await expect(page.getByRole('status')).toContainText('「開源」有');
  await expect(page.locator('mark').first()).toHaveText('開源');
});

test('/compare/<unknown> is a page of its own: an h1 and what went wrong', async ({ page }) => {
  await page.goto('/compare/no-such-topic');
  await expect(page.getByRole('heading', { level: 1, name: '找不到這個頁面' })).toBeVisible();
  await expect(page.getByText('網址「/compare/no-such-topic」不對應任何議題')).toBeVisible();
});

test('a 300k-character paste into search stays short and quick', async ({ page, baseURL }) => {
  // The search page and its index are ready: what is timed is the paste.
  await page.goto(`/search?q=${OPEN_SOURCE}`);
  await expect(page.locator('mark').first()).toHaveText('開源');
  await page.getByRole('searchbox').clear();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const box = page.getByRole('searchbox');
  await box.focus();
  await page.keyboard.insertText(`開源${'x'.repeat(300_000)}`);
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(box).toHaveValue(`開源${'x'.repeat(198)}`);
  expect(page.url().length).toBeLessThan(2048 - (baseURL?.length ?? 0));
  await expect(page.getByText('搜尋最多 200 個字元：只搜尋了前 200 個。')).toBeVisible();
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks?: number[] }).longTasks ?? [],
  );
  expect(longTasks.filter((duration) => duration > 200)).toEqual([]);
  // A reload asks the server for the same address: it must be one it serves.
  const response = await page.reload();
  expect(response?.status()).toBe(200);
});
