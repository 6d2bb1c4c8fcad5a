import { bundled, expect, expectNoAxeViolations, test } from './fixtures';

const pages = [
  '/',
  ...bundled.topics.map((t) => `/topics/${t.id}`),
  '/topics/agi-timing/cai-hengjin',
  ...bundled.speakers.map((s) => `/speakers/${s.id}`),
  '/source',
  '/about',
  '/compare',
  '/compare/technical-route',
  '/compare?lang=en',
  '/?lang=en',
  '/topics/unknown',
];

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const url of pages) {
    test(`${url} has no sideways scrolling`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('main')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the detail pane sits below the matrix, and a deep link brings it into view', async ({
    page,
  }) => {
    await page.goto('/topics/open-vs-closed');
    const pane = page.getByRole('region', { name: '詳細內容' });
    await expect(pane).toBeInViewport();
    // Measured in one go, against the document, so the scroll into view cannot skew it.
    const [gridBottom, paneTop] = await page.evaluate(() => {
      const top = (el: Element | null) => (el?.getBoundingClientRect().top ?? 0) + window.scrollY;
      const grid = document.querySelector('[role="grid"]');
      return [
        top(grid) + (grid?.getBoundingClientRect().height ?? 0),
        top(document.querySelector('.detail-pane')),
      ];
    });
    expect(paneTop).toBeGreaterThan(gridBottom);
  });
});

test('on a wide screen the detail pane sits beside the matrix', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/topics/open-vs-closed');
  const grid = await page.getByRole('grid').boundingBox();
  const pane = await page.getByRole('region', { name: '詳細內容' }).boundingBox();
  expect(pane!.x).toBeGreaterThan(grid!.x + grid!.width);
});

for (const url of [
  '/',
  '/compare',
  '/topics/open-vs-closed',
  '/topics/agi-timing/yang-shu',
  '/speakers/cai-hengjin',
  '/nowhere',
]) {
  test(`axe finds no WCAG A/AA violations on ${url}`, async ({ page }) => {
    // The comparison is the longest page: axe alone takes 20 s of the 30 on a loaded machine.
    if (url.startsWith('/compare')) test.slow();
    await page.goto(url);
    await expectNoAxeViolations(page);
  });
}
