import { expect, test } from './fixtures';

// Runs in the `sub-path` project (playwright.config.ts): a build made with BASE_PATH=/debate/,
// served from /debate/ the way a static host serves a folder. Nothing outside it exists.

let stray: string[] = [];

test.beforeEach(({ page, baseURL }) => {
  stray = [];
  // Every script, stylesheet, chunk and icon must come from under the base path, and exist.
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!)) stray.push(`outside the base path: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' && response.status() >= 400)
      stray.push(`${response.status()}: ${response.url()}`);
  });
});

test.afterEach(() => {
  expect(stray, stray.join('\n')).toEqual([]);
});

test('the site navigates and loads a stance under its sub-path', async ({ page, baseURL }) => {
  await page.goto(baseURL!);
  await expect(page.getByRole('link', { name: '辯論立場地圖' })).toHaveAttribute(
    'href',
    '/debate/',
  );
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/debate/favicon.svg');
  // The stance's route chunk is loaded lazily, on this first client-side navigation.
  await page
    .getByRole('grid')
    .getByRole('link', { name: /^楊蜀，AGI即將到來\?/ })
    .click();
  await expect(page).toHaveURL(`${baseURL}topics/agi-timing/yang-shu`);
  await expect(
    page.locator('blockquote').filter({ hasText: '我認為2025年是人類比AI聰明的最後一年' }),
  ).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${baseURL}topics/agi-timing/yang-shu`,
  );
  await page.getByRole('navigation').getByRole('link', { name: '原文', exact: true }).click();
  await expect(page).toHaveURL(`${baseURL}source`);
  await page.goBack();
  await expect(page.getByRole('grid').locator('[aria-current="page"]')).toBeVisible();
});

test('a stance link opened cold under the sub-path is prerendered and copies its full URL', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const response = await page.goto(`${baseURL}topics/open-vs-closed/cai-hengjin`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^蔡恆進談「開源還是閉源\?」/);
  const copyLink = page.getByRole('button', { name: '複製連結' });
  await copyLink.click();
  // Each quote has its own copy controls and status: the button is described by its own.
  await expect(copyLink).toHaveAccessibleDescription('已複製連結');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}zh-hant/topics/open-vs-closed/cai-hengjin`,
  );
});

test('an unknown page under the sub-path gets the not-found page from the static 404', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto(`${baseURL}topics/agi-timeing`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到這個頁面' })).toBeVisible();
  await expect(page.getByRole('link', { name: '回到立場矩陣' })).toHaveAttribute(
    'href',
    '/debate/',
  );
  await page.getByRole('link', { name: '/topics/agi-timing' }).click();
  await expect(page).toHaveURL(`${baseURL}topics/agi-timing`);
  await expect(page.getByRole('heading', { level: 2, name: 'AGI即將到來?' })).toBeVisible();
});

test('the sub-path build has its own sitemap and robots.txt', async ({ request, baseURL }) => {
  const sitemap = await (await request.get(`${baseURL}sitemap.xml`)).text();
  expect(sitemap).toContain(`<loc>${baseURL}topics/agi-timing/yang-shu</loc>`);
  expect(await (await request.get(`${baseURL}robots.txt`)).text()).toContain(
    `Sitemap: ${baseURL}sitemap.xml`,
  );
});
