import { expect, test } from './fixtures';
import { readings, readingUrl } from './readings';

// Printing a stance or a topic, in every reading: clean pages, no controls, URLs after links,
// quotes whole.

for (const reading of readings) {
  for (const path of ['/topics/inflection-point/cai-hengjin', '/topics/open-vs-closed']) {
    test(`in ${reading}, printing ${path} shows the words, not the controls`, async ({ page }) => {
      await page.goto(readingUrl(reading, path));
      // On screen the page has its controls: buttons, search, the reading switch, the matrix.
      expect(await page.getByRole('button').count()).toBeGreaterThan(0);
      await expect(page.locator('.reading-options')).toBeVisible();

      await page.emulateMedia({ media: 'print' });
      // On paper, nothing to click (hidden elements are not in the accessibility tree).
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      await expect(page.locator('.reading-options')).toBeHidden();
      await expect(page.getByRole('grid')).toBeHidden();
      // The words: the heading and every quote (in 简体, with its Traditional original, which
      // paper cannot open), on a pane that prints whole rather than as a box scrolled and
      // clipped at the screen's height, black on white whatever the scheme.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const quotes = await page.locator('main figure.quote blockquote').all();
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) await expect(quote).toBeVisible();
      const originals = page.locator('main .quote-original-text blockquote[lang="zh-Hant"]');
      if (reading === 'zh-hans') expect(await originals.count()).toBeGreaterThan(0);
      else await expect(originals).toHaveCount(0);
      const pane = await page.locator('.detail-pane').evaluate((el) => {
        const { overflowY, maxHeight, color } = getComputedStyle(el);
        return { overflowY, maxHeight, color };
      });
      expect(pane).toEqual({ overflowY: 'visible', maxHeight: 'none', color: 'rgb(0, 0, 0)' });
      // Paper drops backgrounds: the direct-quote badge is black words, not white on black.
      // (The topic pages have direct quotes; this stance of Cai's has none.)
      const colours = await page
        .locator('main .badge-direct')
        .evaluateAll((badges) => badges.map((b) => getComputedStyle(b).color));
      expect(colours.length > 0).toBe(path.startsWith('/topics/open-vs-closed'));
      for (const colour of colours) expect(colour).toBe('rgb(0, 0, 0)');
      const figure = page.locator('figure.quote').first();
      expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
      const after = await page
        .locator('main figure.quote a[href]')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(`${readingUrl(reading, '/source#')}`);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThan(0);
    });
  }
}
