import { expect, test } from './fixtures';

const DISTILLATION = 'DeepSeek的關鍵創新在於蒸餾：以更低算力蒸餾出更高智慧的模型';

test('/compare opened cold: the summary, every point’s why and both answers', async ({ page }) => {
  await page.goto('/compare');
  await expect(page).toHaveTitle(/^異同比較：/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('哪裡一致，哪裡分歧');
  await expect(page.getByRole('region', { name: '概覽' })).toContainText('共 49 個論點');
  const point = page.getByRole('article', { name: DISTILLATION });
  await expect(point.getByText(/^為何這樣判斷/)).toBeVisible();
  await expect(point.getByRole('heading', { level: 4 })).toHaveText([
    '蔡恆進：✗否定',
    '楊蜀：✓肯定',
  ]);
  await point.getByRole('link', { name: '在原文中查看楊蜀的這段話' }).first().click();
  await expect(page).toHaveURL(/\/source#technical-route-yang-/);
});

test('the topic filter is in the URL: it survives a reload, and Back restores the whole list', async ({
  page,
}) => {
  await page.goto('/compare');
  const filter = page.getByRole('navigation', { name: '依議題篩選' });
  await filter.getByRole('link', { name: /^AGI即將到來/ }).click();
  await expect(page).toHaveURL(/\/compare\/agi-timing$/);
  await expect(page.getByRole('article')).toHaveCount(11);
  await expect(filter.getByRole('link', { name: /^AGI即將到來/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(11);
  await page.goBack();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole('article')).toHaveCount(49);
  await page.goForward();
  await expect(page.getByRole('article')).toHaveCount(11);
});

test('a topic page links to its points on /compare', async ({ page }) => {
  await page.goto('/topics/agi-timing');
  const points = page.getByRole('region', { name: '具體論點' });
  await points.getByRole('link', { name: 'DeepSeek會推動智慧體加速發展' }).click();
  await expect(page).toHaveURL(/\/compare\/agi-timing#point-agents-take-off$/);
  await expect(
    page.getByRole('article', { name: 'DeepSeek會推動智慧體加速發展' }),
  ).toBeInViewport();
});

test('/compare in English and Simplified', async ({ page }) => {
  await page.goto('/compare/technical-route?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Where they agree, and where they part',
  );
  await expect(
    page.getByRole('heading', { level: 2, name: 'Where they partly agree' }),
  ).toBeVisible();
  await page.goto('/compare/technical-route?script=hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('哪里一致，哪里分歧');
  await expect(page.getByRole('article', { name: /^DeepSeek的关键创新在于蒸馏/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered /compare is readable and its filter works', async ({ page }) => {
    await page.goto('/compare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('哪裡一致，哪裡分歧');
    await expect(page.getByRole('article')).toHaveCount(49);
    await expect(
      page.getByRole('article', { name: DISTILLATION }).getByRole('blockquote'),
    ).toHaveCount(2);
    await page
      .getByRole('navigation', { name: '依議題篩選' })
      .getByRole('link', { name: /^開源還是閉源/ })
      .click();
    await expect(page).toHaveURL(/\/compare\/open-vs-closed$/);
    await expect(page.getByRole('article')).toHaveCount(6);
  });

  test('on a phone the header’s menu opens without JavaScript', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: '辯論立場地圖' });
    await expect(nav.getByRole('link', { name: '異同比較' })).toBeHidden();
    await page.getByText('選單').click();
    await nav.getByRole('link', { name: '異同比較' }).click();
    await expect(page).toHaveURL(/\/compare$/);
  });
});

test.describe('the header at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('is compact; its menu and search open by keyboard and close with Escape', async ({
    page,
  }) => {
    await page.goto('/');
    // Two compact rows: the name, menu and search, then the reading links, so that English is
    // one tap away without the menu.
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThan(110);
    const menu = page.getByText('選單');
    await menu.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: '辯論立場地圖' });
    await expect(nav.getByRole('link', { name: '原文' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: '原文' })).toBeHidden();
    await expect(menu).toBeFocused();

    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('開源');
    await expect(page).toHaveURL(/\/search\?q=/);
  });

  test('a followed menu link closes the menu', async ({ page }) => {
    await page.goto('/');
    await page.getByText('選單').click();
    await page.getByRole('link', { name: '異同比較' }).click();
    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.getByRole('link', { name: '異同比較' })).toBeHidden();
  });
});

test('on a wide screen the header shows its links and search inline', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByText('選單')).toBeHidden();
  const nav = page.getByRole('navigation', { name: '辯論立場地圖' });
  await expect(nav.getByRole('link')).toHaveText(['立場矩陣', '異同比較', '原文', '方法說明']);
  await expect(page.getByRole('searchbox')).toBeVisible();
});
