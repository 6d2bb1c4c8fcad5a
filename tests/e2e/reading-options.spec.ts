import { expect, test } from './fixtures';
import { readingUrl } from './readings';

// The reading switch and what each reading shows. How the default address chooses a
// reading, and old ?script=/?lang= links, are reading-addresses.spec.ts's.

const readingSwitch = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('banner').getByRole('link', { name, exact: true });

test('switching to 简体 shows 蔡恒进 and 杨蜀 everywhere and survives a reload', async ({
  page,
}) => {
  await page.goto('/topics/open-vs-closed');
  await readingSwitch(page, '简体').click();
  await expect(page).toHaveURL(readingUrl('zh-hans', '/topics/open-vs-closed'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const main = page.locator('main');
  await expect(main.getByText('杨蜀').first()).toBeVisible();
  await expect(main.getByText('蔡恒进').first()).toBeVisible();
  // Only the originals, hidden until asked for, are still in Traditional.
  await expect(main.getByText(/楊蜀|蔡恆進/).filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '显示繁体原文' }).first()).toBeVisible();

  await page.reload();
  await expect(readingSwitch(page, '简体')).toHaveAttribute('aria-current', 'true');
  await expect(
    page.getByRole('grid').getByRole('link', { name: '杨蜀', exact: true }),
  ).toBeVisible();
  await page.getByRole('link', { name: '原文', exact: true }).click();
  await expect(page).toHaveURL(readingUrl('zh-hans', '/source'));
  await expect(page.getByText(/自动转换为简体/)).toBeVisible();
  await expect(page.locator('.source-reader [lang="zh-Hans"]')).toContainText('蔡恒进认为');
});

test('an English reader follows every topic in English beside the original quotes', async ({
  page,
}) => {
  await page.goto('/');
  await readingSwitch(page, 'English').click();
  await expect(page).toHaveURL(readingUrl('en', '/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Position matrix' })).toBeVisible();
  const topics = page.getByRole('grid').getByRole('rowheader');
  await expect(topics).toHaveCount(6);
  for (const text of await topics.allTextContents()) expect(text).not.toMatch(/[\u4e00-\u9fff]/);

  await page
    .getByRole('grid')
    .getByRole('link', { name: /^Yang Shu on “Open source/ })
    .click();
  await expect(page).toHaveURL(readingUrl('en', '/topics/open-vs-closed/yang-shu'));
  const original = page.getByRole('blockquote').first();
  await expect(original).toHaveAttribute('lang', 'zh-Hant');
  await expect(original).toContainText('開源');
  await expect(page.getByText(/^English translation/).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('search: / focuses it, 开源 finds both speakers on 開源, and the URL keeps the query', async ({
  page,
}) => {
  await page.goto('/topics/agi-timing');
  const box = page.getByRole('searchbox');
  // The shortcut works once the page has hydrated; until then a key press does nothing.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await box.pressSequentially('开源');
  await expect(page).toHaveURL(/\/search\?q=%E5%BC%80%E6%BA%90$/);
  const topic = page.getByRole('region', { name: '開源還是閉源?' });
  await expect(topic.getByRole('link', { name: '蔡恆進', exact: true })).toBeVisible();
  await expect(topic.getByRole('link', { name: '楊蜀', exact: true })).toBeVisible();
  await expect(topic.locator('mark', { hasText: '開源' }).first()).toBeVisible();

  await page.reload();
  await expect(box).toHaveValue('开源');
  await expect(page.getByRole('status')).toContainText('「开源」有');
  await topic.getByRole('link', { name: '楊蜀', exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  await page.goBack();
  await expect(box).toHaveValue('开源');
});
