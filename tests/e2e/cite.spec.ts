import { expect, test } from './fixtures';
import { readingUrl } from './readings';

// The cite dialog on the built site, under its strict CSP: the prerendered citations, and the
// article's when the reader chooses to cite the article instead of this page. Each style's
// rules are held in the unit tests (tests/unit/citation-*.test.ts); here, that the dialog a
// reader opens says them, copies them and follows the reading.

const PAGE = '/topics/inflection-point/cai-hengjin';
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4321}`;
const URL = `${ORIGIN}${PAGE}`;

// The first open loads and runs citation-js on a busy, shared machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  // The access date is the day the reader opens the dialog.
  await page.clock.setFixedTime(new Date(2026, 11, 1, 10, 0, 0));
});

const GBT_PAGE = `蔡恆進談「拐點還是海嘯」：海嘯要來，顛覆原路（資料版本 2026-12-07）[EB/OL]//辯論立場地圖. (2026-12-07)[2026-12-01]. ${URL}.`;

test('a stance cites this page in every format, GB/T 7714 first, or the article', async ({
  page,
}) => {
  await page.goto(PAGE);
  const opener = page.getByRole('button', { name: '引用這個立場' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: '引用這個立場' });
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([
    'GB/T 7714-2015',
    'APA 第7版',
    'MLA 第9版',
    'Chicago（作者—日期制）',
    'BibTeX',
    'RIS',
    'CSL-JSON',
  ]);
  const text = (format: string) => dialog.locator(`[data-format="${format}"]`);
  await expect(text('gbt7714')).toHaveText(GBT_PAGE);
  await expect(dialog).toContainText('這些標籤與摘要是本站的解讀，不是講者的話');
  // The article itself: who said it, where, and when as the source says.
  await dialog.getByRole('radio', { name: '原文' }).check();
  await expect(text('gbt7714')).toContainText('崔玉賢');
  await expect(text('gbt7714')).toContainText('網易科技');
  await expect(text('gbt7714')).toContainText('2025');
  await expect(text('gbt7714')).not.toContainText('辯論立場地圖');
  // Closing returns the reader to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a copy button copies its citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE);
  await page.getByRole('button', { name: '引用這個立場' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: '複製 GB/T 7714-2015' }).click();
  const entry = dialog.getByRole('listitem').filter({ hasText: 'GB/T 7714-2015' });
  await expect(entry.getByRole('status')).toHaveText('已複製');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(GBT_PAGE);
});

test('English readers get APA first, in English', async ({ page }) => {
  await page.goto(readingUrl('en', PAGE));
  await page.getByRole('button', { name: 'Cite this stance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this stance' });
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText('APA 7th edition');
  const apa = dialog.locator('[data-format="apa"]');
  await expect(apa).toContainText('Cai Hengjin');
  await expect(apa).toContainText('Inflection point or tsunami');
  await expect(apa).toContainText('2026-12-07');
  await expect(apa).not.toContainText('蔡恆進');
});

test('Simplified readers cite a quote in Simplified, as the author reports it', async ({
  page,
}) => {
  await page.goto(readingUrl('zh-hans', PAGE));
  await page.getByRole('button', { name: '引用这条引文' }).first().click();
  const dialog = page.getByRole('dialog', { name: '引用这条引文' });
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  const gbt = dialog.locator('[data-format="gbt7714"]');
  // A quote is cited as who said it, as the author reports it, in Simplified.
  await expect(gbt).toContainText('蔡恒进（崔玉贤转述）：“');
  await expect(gbt).not.toContainText('蔡恆進');
});

test('the whole debate is cited from the method page', async ({ page }) => {
  await page.goto('/about');
  await page.getByRole('button', { name: '引用整場對談' }).click();
  const dialog = page.getByRole('dialog', { name: '引用整場對談' });
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  // The whole conversation is the article: its author and outlet, not this site.
  const gbt = dialog.locator('[data-format="gbt7714"]');
  await expect(gbt).toContainText('崔玉賢');
  await expect(gbt).toContainText('網易科技');
  await expect(gbt).not.toContainText('辯論立場地圖');
});
