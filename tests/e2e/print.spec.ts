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
    await expect(page.locator('figure.quote blockquote').first()).toBeVisible();
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
