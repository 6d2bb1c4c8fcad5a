import { expect, test } from './fixtures';

for (const url of [
  '/topics/agi-timeing',
  '/topics/agi-timing/nobody',
  '/speakers/楊蜀-x',
  '/no/such/page',
  // Links no file can match: broken percent-encodings and a path that climbs out of the site.
  '/topics/%E0%A4%A',
  '/speakers/%',
  '/topics/%ZZ/%C0%AF',
  '/topics/..%2F..%2Fetc%2Fpasswd',
]) {
  test(`${url} shows the not-found page`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: '找不到這個頁面' })).toBeVisible();
    await expect(page).toHaveTitle(/^找不到這個頁面/);
    await expect(page.getByRole('link', { name: '回到立場矩陣' })).toHaveAttribute('href', '/');
  });
}

test('a near miss suggests the page the reader meant', async ({ page }) => {
  await page.goto('/topics/agi-timeing');
  await page.getByRole('link', { name: '/topics/agi-timing' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'AGI即將到來?' })).toBeVisible();
});

const redirects: [string, string][] = [
  ['/speakers/杨蜀', '/speakers/yang-shu'],
  ['/speakers/楊蜀', '/speakers/yang-shu'],
  ['/topics/AGI-Timing', '/topics/agi-timing'],
];
for (const [from, to] of redirects) {
  test(`${from}, opened cold, redirects to ${to}`, async ({ page }) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(
      page.getByRole('region', { name: '詳細內容' }).getByRole('heading', { level: 2 }),
    ).toBeVisible();
  });
}
