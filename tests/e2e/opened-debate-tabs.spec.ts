import { expect, test } from './fixtures';

// Issue 25 (Low, Storage): a tab opened from another starts with a copy of its
// sessionStorage, so both named one kept debate, and "back to the bundled debate" in one
// deleted it from under the other.
const fixture = 'tests/fixtures/three-voices';
test.describe.configure({ timeout: 90_000 });

test('going back to the bundled debate in one tab keeps the debate another tab shows', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page
    .getByLabel('開啟辯論檔…')
    .setInputFiles([`${fixture}/debate.json`, `${fixture}/source.txt`]);
  const showing = (tab: typeof page) => tab.getByRole('status').filter({ hasText: '正在顯示' });
  await expect(showing(page)).toContainText('城市交通論壇');

  // window.open without noopener: the new tab gets a copy of this tab's sessionStorage.
  const [other] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(() => window.open('/', '_blank')),
  ]);
  await expect(showing(other)).toContainText('城市交通論壇');
  await other.getByRole('button', { name: '回到內建辯論' }).click();
  await expect(other.getByRole('button', { name: '回到內建辯論' })).toHaveCount(0);
  // The deletion, were it to happen, runs in a worker: give it the time.
  await other.waitForTimeout(1000);

  await page.reload();
  await expect(showing(page)).toContainText('城市交通論壇');

  // Once no tab shows it, going back deletes it: a reload stays on the bundled debate.
  await page.getByRole('button', { name: '回到內建辯論' }).click();
  await page.reload();
  await expect(page.getByRole('grid').getByRole('columnheader').nth(1)).toHaveText('蔡恆進');
  await expect(showing(page)).toHaveCount(0);
});

test('the links of an opened debate say that it lives only in this browser', async ({ page }) => {
  const note = page.getByText('這場辯論是從你自己的檔案開啟的，只存在於這個瀏覽器中');
  await page.goto('/topics/agi-timing');
  await expect(page.getByRole('button', { name: '複製連結' }).first()).toBeVisible();
  await expect(note).toHaveCount(0);
  await page
    .getByLabel('開啟辯論檔…')
    .setInputFiles([`${fixture}/debate.json`, `${fixture}/source.txt`]);
  await page
    .getByRole('grid')
    .getByRole('link', { name: /^李華，擁堵收費/ })
    .click();
  await expect(page.getByRole('button', { name: '複製連結' }).first()).toBeVisible();
  await expect(note.first()).toBeVisible();
});
