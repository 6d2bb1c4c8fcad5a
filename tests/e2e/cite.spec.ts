import { expect, test } from './fixtures';

// The cite dialog on the built site, under its strict CSP: citation-js and the official CSL
// styles load when the dialog opens. Every expected citation is written out in full, derived
// from the style rules (GB/T 7714-2015 §4.1/§8 for an [EB/OL] web resource: author. title
// [EB/OL]. publisher, date[access date]. URL.; APA 7 for a web page with its contributors;
// MLA 9's core elements in order; Chicago author-date), not captured from the code's output.

const PAGE = '/topics/inflection-point/cai-hengjin';
const URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4321}${PAGE}`;

// The first open loads and runs citation-js (or the export code) on a busy, shared machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  // The access date is the day the reader opens the dialog.
  await page.clock.setFixedTime(new Date(2026, 11, 1, 10, 0, 0));
});

const ZH = {
  gbt: `蔡恆進. AI的海嘯要來了（拐點還是海嘯，資料版本 2026-12-01）[EB/OL]. 網易科技, 2025年春節後[2026-12-01]. ${URL}.`,
  apa: `蔡恆進. (2025年春節後). AI的海嘯要來了（拐點還是海嘯，資料版本 2026-12-01） (丁廣勝, Interviewer; By 崔玉賢). DeepSeek：拐點還是海嘯？蔡恆進與楊蜀的《Future Talk》對談; 網易科技. ${URL}`,
  mla: `蔡恆進. “AI的海嘯要來了（拐點還是海嘯，資料版本 2026-12-01）.” DeepSeek：拐點還是海嘯？蔡恆進與楊蜀的《Future Talk》對談, by 崔玉賢, interview by 丁廣勝, 網易科技, 2025年春節後, ${URL}.`,
  chicago: `蔡恆進. 2025年春節後. “AI的海嘯要來了（拐點還是海嘯，資料版本 2026-12-01）” Interview by 丁廣勝. DeepSeek：拐點還是海嘯？蔡恆進與楊蜀的《Future Talk》對談. 科技《態度》欄目《Future Talk》. 網易科技. 2025年春節後. ${URL}.`,
  bibtex: [
    '@misc{inflectionpointcaihengjin,',
    '\tnote = {[Online; accessed 2026-12-01]},',
    '\tauthor = {{蔡恆進}},',
    '\tseries = {科技《態度》欄目《{Future} {Talk}》},',
    '\tyear = {2025},',
    '\tpublisher = {網易科技},',
    '\ttitle = {AI的海嘯要來了（拐點還是海嘯，資料版本 2026-12-01）},',
    `\turl = {${URL}},`,
    '}',
  ].join('\n'),
  ris: [
    'TY  - ELEC',
    'AU  - 蔡恆進',
    'DA  - 2025///',
    'PY  - 2025',
    'ID  - inflection-point-cai',
    'LA  - zh-Hant',
    'M1  - 2026/12/1/',
    'PB  - 網易科技',
    'T2  - 科技《態度》欄目《Future Talk》',
    'TI  - AI的海嘯要來了（拐點還是海嘯，資料版本 2026-12-01）',
    `UR  - ${URL}`,
    'ER  -',
  ].join('\n'),
};

test('a stance cites in every format, GB/T 7714 first for Chinese readers', async ({ page }) => {
  await page.goto(PAGE);
  const opener = page.getByRole('button', { name: '引用這個立場' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: '引用這個立場' });
  await expect(dialog).toBeVisible();
  // citeproc builds each style's engine in turn: give a busy machine time.
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  const headings = dialog.getByRole('heading', { level: 3 });
  await expect(headings).toHaveText([
    'GB/T 7714-2015',
    'APA 第7版',
    'MLA 第9版',
    'Chicago（作者—日期制）',
    'BibTeX',
    'RIS',
    'CSL-JSON',
  ]);
  const text = (format: string) => dialog.locator(`[data-format="${format}"]`);
  await expect(text('gbt7714')).toHaveText(ZH.gbt);
  await expect(text('apa')).toHaveText(ZH.apa);
  await expect(text('mla')).toHaveText(ZH.mla);
  await expect(text('chicago')).toHaveText(ZH.chicago);
  expect(await text('bibtex').textContent()).toBe(ZH.bibtex);
  expect(await text('ris').textContent()).toBe(ZH.ris);
  const csl = JSON.parse((await text('csl-json').textContent()) ?? '') as unknown;
  expect(csl).toEqual([
    {
      id: 'inflection-point-cai-hengjin',
      type: 'webpage',
      title: 'AI的海嘯要來了（拐點還是海嘯，資料版本 2026-12-01）',
      author: [{ literal: '蔡恆進' }],
      interviewer: [{ literal: '丁廣勝' }],
      'container-author': [{ literal: '崔玉賢' }],
      'container-title': 'DeepSeek：拐點還是海嘯？蔡恆進與楊蜀的《Future Talk》對談',
      'collection-title': '科技《態度》欄目《Future Talk》',
      publisher: '網易科技',
      issued: { literal: '2025年春節後' },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL,
      language: 'zh-Hant',
    },
  ]);
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
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ZH.gbt);
});

test('English readers get APA first, with the English names and titles', async ({ page }) => {
  await page.goto(`${PAGE}?lang=en`);
  await page.getByRole('button', { name: 'Cite this stance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this stance' });
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText('APA 7th edition');
  await expect(dialog.locator('[data-format="apa"]')).toHaveText(
    `Cai Hengjin. (After the 2025 Spring Festival). An AI tsunami is coming (Inflection point or tsunami; data version 2026-12-01) (Ding Guangsheng, Interviewer; By Cui Yuxian). DeepSeek: Inflection Point or Tsunami? Cai Hengjin and Yang Shu in Conversation on “Future Talk”; NetEase Tech. ${URL}`,
  );
  await expect(dialog.locator('[data-format="gbt7714"]')).toHaveText(
    // GB/T 7714 §8.1.2: a name in Latin letters has its surname in capitals.
    `CAI HENGJIN. An AI tsunami is coming (Inflection point or tsunami; data version 2026-12-01)[EB/OL]. NetEase Tech, After the 2025 Spring Festival[2026-12-01]. ${URL}.`,
  );
});

test('Simplified readers cite in Simplified, a quote with its own fragment', async ({ page }) => {
  await page.goto(`${PAGE}?script=hans`);
  await page.getByRole('button', { name: '引用这条引文' }).first().click();
  const dialog = page.getByRole('dialog', { name: '引用这条引文' });
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.locator('[data-format="gbt7714"]')).toHaveText(
    `蔡恒进. AI的海啸要来了（拐点还是海啸，数据版本 2026-12-01）[EB/OL]. 网易科技, 2025年春节后[2026-12-01]. ${URL}#inflection-point-cai-1.`,
  );
});

test('the whole debate is cited from the method page', async ({ page }) => {
  await page.goto('/about');
  await page.getByRole('button', { name: '引用整場對談' }).click();
  const dialog = page.getByRole('dialog', { name: '引用整場對談' });
  await expect(dialog.locator('[data-format="csl-json"]')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.locator('[data-format="gbt7714"]')).toHaveText(
    `蔡恆進, 楊蜀. DeepSeek：拐點還是海嘯？蔡恆進與楊蜀的《Future Talk》對談（資料版本 2026-12-01）[EB/OL]. 網易科技, 2025年春節後[2026-12-01]. http://127.0.0.1:${process.env.E2E_PORT ?? 4321}/.`,
  );
});
