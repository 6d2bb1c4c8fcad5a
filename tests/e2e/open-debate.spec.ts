import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const fixture = 'tests/fixtures/three-voices';

test('the fixture debate opens from disk and shows in the matrix, the pages and the reader', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByLabel('開啟辯論檔…')
    .setInputFiles([`${fixture}/debate.json`, `${fixture}/source.txt`]);
  await expect(page.getByRole('status').filter({ hasText: '正在顯示' })).toContainText(
    '城市交通論壇',
  );
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('columnheader')).toHaveText([
    '議題',
    '李華',
    '陳靜',
    '張偉',
    '立場對照',
  ]);
  await expect(grid.getByRole('row')).toHaveCount(3);

  await grid.getByRole('link', { name: /^李華，擁堵收費：支持收費（明確傾向「支持」）；/ }).click();
  await expect(page).toHaveURL(/\/topics\/congestion-charge\/li-hua$/);
  await expect(page.locator('blockquote').first()).toHaveText('擁堵收費能有效減少車流。');

  await page.getByRole('link', { name: '在原文中查看李華的這段話' }).first().click();
  await expect(page.locator('mark#cc-li-1')).toBeFocused();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    '擁堵收費',
    '單車道',
  ]);

  // A reload in the same tab keeps the opened debate, on the same page.
  await page.goBack();
  await page.reload();
  await expect(page.locator('blockquote').first()).toHaveText('擁堵收費能有效減少車流。');
  await expect(page.getByRole('status').filter({ hasText: '正在顯示' })).toContainText(
    '城市交通論壇',
  );

  await page.getByRole('button', { name: '回到內建辯論' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(grid.getByRole('columnheader')).toHaveText([
    '議題',
    '蔡恆進',
    '楊蜀',
    '立場對照',
    '兩人關係',
  ]);
  await page.reload();
  await expect(grid.getByRole('columnheader')).toHaveText([
    '議題',
    '蔡恆進',
    '楊蜀',
    '立場對照',
    '兩人關係',
  ]);
});

test('a debate dropped onto the window opens', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  const json = readFileSync(`${fixture}/debate.json`, 'utf8');
  const source = readFileSync(`${fixture}/source.txt`, 'utf8');
  const transfer = await page.evaluateHandle(
    ({ j, s }) => {
      const data = new DataTransfer();
      data.items.add(new File([j], 'debate.json', { type: 'application/json' }));
      data.items.add(new File([s], 'source.txt', { type: 'text/plain' }));
      return data;
    },
    { j: json, s: source },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText('放開以開啟辯論檔')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('grid').getByRole('columnheader')).toHaveText([
    '議題',
    '李華',
    '陳靜',
    '張偉',
    '立場對照',
  ]);
  await expect(page.getByText('放開以開啟辯論檔')).toBeHidden();
});

test('a broken debate lists its problems and leaves the bundled debate intact', async ({
  page,
}) => {
  await page.goto('/topics/agi-timing');
  await page.getByLabel('開啟辯論檔…').setInputFiles([
    {
      name: 'debate.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"id": "Bad Id", "speakers": []}'),
    },
    { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from('text') },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('無法開啟');
  await expect(alert).toContainText('debate.json: 這場辯論：代號只能用小寫英文字母、數字與連字號');
  await expect(page).toHaveURL(/\/topics\/agi-timing$/);
  await expect(page.getByRole('grid').getByRole('columnheader')).toHaveText([
    '議題',
    '蔡恆進',
    '楊蜀',
    '立場對照',
    '兩人關係',
  ]);
  await page.getByRole('button', { name: '關閉' }).click();
  await expect(alert).toBeHidden();
});

test('the validator and zip reader are not in the first page’s JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  const before = scripts.length;
  await page
    .getByLabel('開啟辯論檔…')
    .setInputFiles([`${fixture}/debate.json`, `${fixture}/source.txt`]);
  await expect(page.getByRole('status').filter({ hasText: '正在顯示' })).toBeVisible();
  const lazy = scripts.slice(before);
  expect(lazy.some((url) => /debate-worker-client/.test(url))).toBe(true);
  // The control itself is an island, loaded after hydration; the reading is not.
  expect(scripts.slice(0, before).some((url) => /debate-worker/.test(url))).toBe(false);
});
