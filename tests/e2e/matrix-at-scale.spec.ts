import { generateDebate } from '../../scripts/bench/generate-debate';
import { expect, expectNoAxeViolations, test } from './fixtures';

// 20 speakers × 30 topics, opened from disk: large enough that the matrix renders only
// what is in view.
const { debate, source } = generateDebate({ speakers: 20, topics: 30 });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByLabel('開啟辯論檔…').setInputFiles([
    {
      name: 'debate.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(debate)),
    },
    { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from(source) },
  ]);
  await expect(page.getByRole('status').filter({ hasText: '正在顯示' })).toContainText(
    debate.title,
  );
});

test('the keyboard reaches cells scrolled out of view, and they scroll in', async ({ page }) => {
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-rowcount', '31');
  expect(await grid.getByRole('row').count()).toBeLessThan(31);
  await expect(grid.getByRole('link', { name: /^講者20號，議題30：/ })).toHaveCount(0);

  await grid.getByRole('link', { name: /^講者1號，議題1：/ }).focus();
  // The last column is the shared axis: Ctrl+End lands there, one step right of the corner.
  await page.keyboard.press('Control+End');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^議題30.*立場對照/);
  await page.keyboard.press('ArrowLeft');
  const corner = grid.getByRole('link', { name: /^講者20號，議題30：/ });
  await expect(corner).toBeFocused();
  // Scrolled fully in, give or take a sub-pixel edge under the sticky headers.
  await expect(corner).toBeInViewport({ ratio: 0.95 });

  await page.keyboard.press('Home');
  await expect(grid.getByRole('link', { name: /^議題30：[^，]*$/ })).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(grid.getByRole('columnheader', { name: '議題' })).toBeFocused();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  const far = grid.getByRole('link', { name: /^講者1號，議題15：/ });
  await expect(far).toBeFocused();
  await expect(far).toBeInViewport({ ratio: 0.95 });

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topics\/topic-15\/speaker-1$/);
});

test('scrolling renders the rows and columns that come into view', async ({ page }) => {
  const frame = page.locator('.matrix-frame');
  await frame.evaluate((el) => el.scrollTo({ top: el.scrollHeight, left: el.scrollWidth }));
  const last = page.getByRole('grid').getByRole('link', { name: /^講者20號，議題30：/ });
  await expect(last).toBeInViewport();
  await last.hover();
  await expect(page.getByRole('rowheader', { name: /^議題30：/ })).toHaveClass(
    /is-row-highlighted/,
  );
  await expect(page.getByRole('columnheader', { name: '講者20號' })).toHaveClass(
    /is-col-highlighted/,
  );
});

test('a large matrix has no WCAG A/AA violations', async ({ page }) => {
  // The matrix alone: the rest of the page is the same as for any debate, and axe over the
  // whole page of a 600-stance debate takes longer than a test may.
  await expectNoAxeViolations(page, '.matrix-section');
});
