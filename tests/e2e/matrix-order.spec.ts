import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The topic ids of the matrix's rows, top to bottom, by the pages their headers link to. */
const rowTopics = (page: Page) =>
  page
    .getByRole('grid')
    .getByRole('rowheader')
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]),
    );

const articleOrder = [
  'inflection-point',
  'industry-impact',
  'agi-timing',
  'open-vs-closed',
  'why-a-startup',
  'technical-route',
];
// Differ first, widest gap first, then article order; the one topic they agree on last.
const byDisagreement = [
  'inflection-point',
  'agi-timing',
  'open-vs-closed',
  'industry-impact',
  'technical-route',
  'why-a-startup',
];

test('the matrix reordered by disagreement keeps its order through a reload, links and Back', async ({
  page,
}) => {
  await page.goto('/topics/agi-timing');
  expect(await rowTopics(page)).toEqual(articleOrder);

  // The radios follow the URL, which the click changes a render later: click, then wait.
  await page.getByRole('radio', { name: '分歧大小' }).click();
  await expect(page.getByRole('radio', { name: '分歧大小' })).toBeChecked();
  await expect(page).toHaveURL(/\/topics\/agi-timing\?order=disagreement$/);
  await expect.poll(() => rowTopics(page)).toEqual(byDisagreement);

  // A reload serves the prerendered (article-order) page, which hydrates without an error
  // (the fixture fails the test on any console error) and then applies the URL's order.
  await page.reload();
  await expect(page.getByRole('radio', { name: '分歧大小' })).toBeChecked();
  await expect.poll(() => rowTopics(page)).toEqual(byDisagreement);

  // A stance opened from the matrix keeps the order.
  await page
    .getByRole('grid')
    .getByRole('link', { name: /^楊蜀，開源還是閉源\?：/ })
    .click();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu\?order=disagreement$/);
  expect(await rowTopics(page)).toEqual(byDisagreement);

  await page.getByRole('radio', { name: '原文順序' }).click();
  await expect(page.getByRole('radio', { name: '原文順序' })).toBeChecked();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  await expect.poll(() => rowTopics(page)).toEqual(articleOrder);

  // Back restores the order the URL had.
  await page.goBack();
  await expect(page).toHaveURL(/\?order=disagreement$/);
  await expect.poll(() => rowTopics(page)).toEqual(byDisagreement);
  await expect(page.getByRole('radio', { name: '分歧大小' })).toBeChecked();
});

test('a shared link opens in its order, and changing the order does not scroll the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/?order=disagreement');
  await expect.poll(() => rowTopics(page)).toEqual(byDisagreement);
  const radio = page.getByRole('radio', { name: '原文順序' });
  await radio.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await radio.click();
  await expect(radio).toBeChecked();
  await expect.poll(() => rowTopics(page)).toEqual(articleOrder);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

for (const [query, label] of [
  ['?order=disagreement', '繁體'],
  ['?order=disagreement&script=hans', '简体'],
  ['?order=disagreement&lang=en', 'English'],
] as const)
  test(`the shared axis fits 375 px without sideways scrolling (${label})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/${query}`);
    await expect(page.locator('.position-dumbbell').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Every axis stays inside its cell.
    const escaping = await page.locator('.axis-cell').evaluateAll((cells) =>
      cells.filter((cell) => {
        const box = cell.getBoundingClientRect();
        const svg = cell.querySelector('svg')?.getBoundingClientRect();
        return !svg || svg.left < box.left || svg.right > box.right;
      }),
    );
    expect(escaping).toHaveLength(0);
  });

test('axe finds no WCAG A/AA violations in the reordered matrix, in dark mode too', async ({
  page,
}) => {
  test.slow(); // two full axe runs over the page
  await page.goto('/topics/open-vs-closed?order=disagreement');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, '.matrix-section');
});
