import { expect, test } from './fixtures';

test('clicking a cell opens its stance, and Back and Forward restore what was shown', async ({
  page,
}) => {
  await page.goto('/');
  const grid = page.getByRole('grid', { name: '立場矩陣' });
  await grid.getByRole('link', { name: /^楊蜀，開源還是閉源\?/ }).click();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  await expect(
    page.getByRole('heading', { level: 2, name: '楊蜀談「開源還是閉源?」' }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^楊蜀談「開源還是閉源\?」/);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 2, name: /Future Talk/ })).toBeVisible();

  await page.goForward();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 2, name: '楊蜀談「開源還是閉源?」' }),
  ).toBeVisible();
});

test('a reader finds both speakers on open versus closed source and copies the link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('link', { name: '開源還是閉源?，兩人關係：看法分歧' }).click();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed$/);
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText('DeepSeek開源之後就已經回不了頭了');
  await expect(cards.nth(1)).toContainText('倒逼閉源的開源');
  await cards.nth(1).getByRole('link', { name: '楊蜀的立場詳情 →' }).click();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  const copyLink = page.getByRole('button', { name: '複製連結' });
  await copyLink.click();
  // Each quote has its own copy controls and status: the button is described by its own.
  await expect(copyLink).toHaveAccessibleDescription('已複製連結');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The copied link names its reading, so whoever opens it reads what the sender read.
  expect(new URL(copied).pathname).toBe('/zh-hant/topics/open-vs-closed/yang-shu');
});

test('the grid works from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  // The control just before the grid: the rows' order.
  await page.getByRole('radio', { name: '原文順序' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^蔡恆進，拐點還是海嘯/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^楊蜀，機會還是挑戰/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topics\/industry-impact\/yang-shu$/);
  // Focus stays in the grid, on the cell just opened.
  await expect(page.locator(':focus')).toHaveAccessibleName(/^楊蜀，機會還是挑戰/);
});

test('hovering a cell highlights its row and column', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^楊蜀，AGI即將到來\?/ }).hover();
  await expect(page.getByRole('rowheader', { name: /AGI即將到來\?/ })).toHaveClass(
    /is-row-highlighted/,
  );
  await expect(page.getByRole('columnheader', { name: '楊蜀' })).toHaveClass(/is-col-highlighted/);
  await expect(page.getByRole('columnheader', { name: '蔡恆進' })).not.toHaveClass(
    /is-col-highlighted/,
  );
});

test('the speaker order preference survives a reload', async ({ page }) => {
  await page.goto('/');
  const headers = page.getByRole('columnheader');
  await expect(headers).toHaveText(['議題', '蔡恆進', '楊蜀', '立場對照', '兩人關係']);
  await page.getByRole('button', { name: /交換兩位講者的欄位/ }).click();
  await expect(headers).toHaveText(['議題', '楊蜀', '蔡恆進', '立場對照', '兩人關係']);
  await page.reload();
  await expect(headers).toHaveText(['議題', '楊蜀', '蔡恆進', '立場對照', '兩人關係']);
});
