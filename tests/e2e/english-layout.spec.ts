import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readingUrl } from './readings';

// English reads as English: no word is cut inside at a phone's or a laptop's width, and the
// search box's hint fits the box.

/** The English words on the page (at least two letters), and those laid out on two lines. */
function wordLines(page: Page) {
  return page.evaluate(() => {
    let checked = 0;
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.checkVisibility() || !parent.closest(':lang(en)')) continue;
      for (const match of (node.textContent ?? '').matchAll(/[A-Za-z’']{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        checked += 1;
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return { checked, broken };
  });
}

/** Its English words once the English text has arrived (more than `least` of them). */
async function brokenWords(page: Page, least = 40) {
  await expect.poll(async () => (await wordLines(page)).checked).toBeGreaterThan(least);
  return (await wordLines(page)).broken;
}

const pages = [
  '/',
  '/topics/open-vs-closed',
  '/topics/agi-timing/yang-shu',
  '/speakers/cai-hengjin',
  '/compare',
  '/about',
];

for (const width of [375, 1280])
  test.describe(`English at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const path of pages)
      test(`${path} breaks no word inside`, async ({ page }) => {
        await page.goto(readingUrl('en', path));
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        expect(await brokenWords(page)).toEqual([]);
      });

    test('the search box shows its whole hint', async ({ page }) => {
      await page.goto(readingUrl('en', '/'));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const box = page.getByRole('searchbox');
      // On a phone the box opens from the header's Search button.
      if (!(await box.isVisible())) await page.locator('summary', { hasText: 'Search' }).click();
      await expect(box).toHaveAttribute('placeholder', /press \//);
      const room = await box.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const text = context.measureText(input.placeholder).width;
        const inner =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return inner - text;
      });
      expect(room).toBeGreaterThanOrEqual(0);
    });
  });

test('the check sees a word cut inside', async ({ page }) => {
  await page.goto(readingUrl('en', '/about'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('main').evaluate((main) => {
    const narrow = Object.assign(document.createElement('p'), { textContent: 'Opportunity' });
    narrow.style.cssText = 'width: 2rem; overflow-wrap: anywhere';
    main.append(narrow);
  });
  expect(await brokenWords(page)).toContain('Opportunity');
});
