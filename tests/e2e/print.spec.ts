import { expect, test } from './fixtures';

// Printing a stance or a topic: clean pages, no controls, URLs after links, quotes whole.

for (const url of ['/topics/inflection-point/cai-hengjin', '/topics/open-vs-closed']) {
  test(`printing ${url} shows the words, not the controls`, async ({ page }) => {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('button', { name: '繁體' })).toBeHidden();
    await expect(page.getByRole('button', { name: /引用/ }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: '複製連結' })).toBeHidden();
    await expect(page.getByRole('grid')).toBeHidden();
    // The words: the heading and every quote, on a pane that prints whole rather than as a
    // box scrolled and clipped at the screen's height, black on white whatever the scheme.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const quotes = await page.locator('main figure.quote blockquote').all();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) await expect(quote).toBeVisible();
    const pane = await page.locator('.detail-pane').evaluate((el) => {
      const { overflowY, maxHeight, color } = getComputedStyle(el);
      return { overflowY, maxHeight, color };
    });
    expect(pane).toEqual({ overflowY: 'visible', maxHeight: 'none', color: 'rgb(0, 0, 0)' });
    const figure = page.locator('figure.quote').first();
    expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
    const after = await page
      .locator('main figure.quote a[href]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/\/source#/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
  });
}
