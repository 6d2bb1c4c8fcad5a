import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { readingLang, readings, readingUrl } from './readings';

const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

test('from the overview to a quote in the source and back, by keyboard alone', async ({ page }) => {
  await page.goto('/');
  // Tab to the grid: the skip link, the header links, search, the reading options, the file
  // picker, the swap button, the rows' order, the grid.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page))?.startsWith('蔡恆進，')) break;
  }
  await expect(page.locator(':focus')).toHaveAccessibleName(/^蔡恆進，拐點還是海嘯/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^楊蜀，開源還是閉源\?/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);

  // Onward from the grid to the first "show in source" link of the stance.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === '在原文中查看楊蜀的這段話') break;
  }
  await expect(page.locator(':focus')).toHaveAccessibleName('在原文中查看楊蜀的這段話');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/source#open-vs-closed-yang-1$/);
  await expect(page.locator('mark#open-vs-closed-yang-1')).toBeFocused();

  // And back to the stance by the link beside the passage.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^回到楊蜀在「開源還是閉源\?」的立場/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  await expect(
    page.getByRole('heading', { level: 2, name: '楊蜀談「開源還是閉源?」' }),
  ).toBeVisible();
});

test('focus is always visible on the grid', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^蔡恆進，拐點還是海嘯/ }).focus();
  await page.keyboard.press('ArrowRight');
  // The grid's own ring (3px of ink, drawn inside the cell), not the browser's default one,
  // which would pass a test that only asked for some outline.
  const ring = await page.locator(':focus').evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--ink)';
    el.append(probe);
    const ink = getComputedStyle(probe).color;
    probe.remove();
    const { outlineStyle, outlineWidth, outlineOffset, outlineColor } = getComputedStyle(el);
    return { outlineStyle, outlineWidth, outlineOffset, sameAsInk: outlineColor === ink };
  });
  expect(ring).toEqual({
    outlineStyle: 'solid',
    outlineWidth: '3px',
    outlineOffset: '-3px',
    sameAsInk: true,
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const url of ['/', '/topics/open-vs-closed', '/source', '/compare']) {
    test(`axe finds no violations on ${url}`, async ({ page }) => {
      // /compare holds every point and its quotes: axe takes a while over it.
      if (url.startsWith('/compare')) test.slow();
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('zoomed', () => {
  // The test's own style tag is inline; the app's CSP would rightly refuse it.
  test.use({ bypassCSP: true });

  test('text zoomed to 200% loses nothing', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto('/topics/open-vs-closed');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(
      page.getByRole('grid').getByRole('link', { name: /^楊蜀，開源還是閉源/ }),
    ).toBeVisible();
  });
});

// Every kind of page, in every reading at its own address (the default address is covered
// by routes.spec.ts and dark mode above).
const everyKindOfPage = [
  '/',
  '/topics/open-vs-closed',
  '/topics/agi-timing/yang-shu',
  '/speakers/cai-hengjin',
  '/source',
  '/about',
  '/compare',
  '/compare/technical-route',
  '/search?q=开源',
  '/studio',
  '/no-such-page',
];
for (const reading of readings) {
  test.describe(`in ${reading}`, () => {
    for (const url of everyKindOfPage) {
      test(`axe finds no violations on ${url}`, async ({ page }) => {
        // axe over a whole page, matrix and quotes included, takes a while on a busy machine.
        test.slow();
        await page.goto(readingUrl(reading, url));
        await expect(page.locator('html')).toHaveAttribute('lang', readingLang[reading]);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('axe finds no violations in the open cite dialog', async ({ page }) => {
  // The first open loads and runs citation-js on a busy, shared machine.
  test.setTimeout(90_000);
  await page.goto('/topics/agi-timing/yang-shu');
  await page.getByRole('button', { name: '引用這個立場' }).click();
  const dialog = page.getByRole('dialog', { name: '引用這個立場' });
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, 'dialog');
});
