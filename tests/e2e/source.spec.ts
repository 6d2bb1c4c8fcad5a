import { bundled, expect, test } from './fixtures';

test('a quote reaches its highlighted passage in the source in one click', async ({ page }) => {
  await page.goto('/topics/open-vs-closed/cai-hengjin');
  await page.getByRole('link', { name: '在原文中查看蔡恆進的這段話' }).nth(1).click();
  await expect(page).toHaveURL(/\/source#open-vs-closed-cai-2$/);
  const mark = page.locator('mark#open-vs-closed-cai-2');
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveText('但在我看來,DeepSeek開源之後就已經回不了頭了。');
  // The neighbouring paragraphs stay in view around it.
  await expect(page.locator('#p-38')).toBeInViewport();
  await expect(page.getByRole('heading', { name: '偏執狂才能改變世界?' })).toBeInViewport();
});

test('every quote has its own highlighted passage in the source, opened cold', async ({ page }) => {
  await page.goto('/source');
  const ids = bundled.stances.flatMap((s) => s.quotes.map((q) => q.id));
  await expect(page.locator('mark[id]')).toHaveCount(ids.length);
  for (const stance of bundled.stances.slice(0, 2)) {
    for (const quote of stance.quotes) {
      const id = quote.id;
      await page.goto(`/source#${id}`);
      await expect(page.locator(`mark[id="${id}"]`)).toBeFocused();
      await expect(page.locator(`mark[id="${id}"]`)).toHaveText(quote.quote.exact);
    }
  }
});

test('the methodology page has its change log', async ({ page }) => {
  await page.goto('/about');
  await expect(page).toHaveTitle(/^方法說明/);
  await expect(page.getByRole('region', { name: '資料變更紀錄' })).toContainText('2026-11-29');
});

test('a link to a quote that does not exist, opened cold, says so once the page is live', async ({
  page,
}) => {
  // The prerendered page cannot know the #fragment; the notice must not break hydration.
  await page.goto('/source#no-such-quote');
  await expect(page.getByRole('alert')).toContainText('no-such-quote');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
