import type { BrowserContext, Page } from '@playwright/test';
import { generateDebate } from '../../scripts/bench/generate-debate';
import { storeDraft } from '../../scripts/bench/store-draft';
import { expect, test } from './fixtures';

const { debate, source } = generateDebate({ speakers: 2, topics: 2 }, 3, { sourceLength: 2_000 });
// Noon UTC, so the day is the same in any time zone the browser runs in.
const LONG_AGO = Date.UTC(2025, 0, 2, 12);

async function storeOne(page: Page, id: string, title: string) {
  await page.goto('/studio?lang=en');
  await storeDraft(page, { id, updatedAt: LONG_AGO, debate: { ...debate, title }, source });
}

/** Puts a record that is not a draft where the drafts are, as a damaged database would. */
async function storeDamaged(page: Page, id: string) {
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('debate-studio');
        request.onupgradeneeded = () => request.result.createObjectStore('drafts');
        request.onsuccess = () => {
          const tx = request.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put({ id: key, debate: 'not a debate' }, key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
}

/** The stored draft `id`, open in `page` and in a second tab of the same browser. */
async function openInTwoTabs(page: Page, context: BrowserContext, id: string, title: string) {
  await storeOne(page, id, title);
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto(`/studio?lang=en&draft=${id}`);
    await expect(tab.getByLabel('Title', { exact: true })).toHaveValue(title);
  }
  return other;
}

test('the studio is linked from “For editors”', async ({ page }) => {
  await page.goto('/?lang=en');
  const shown = (await page.locator('.site-debate').textContent()) ?? '';
  expect(shown).not.toBe('');
  await page
    .getByRole('region', { name: 'For editors' })
    .getByRole('link', { name: 'Make a debate of your own article in the studio' })
    .click();
  await expect(page).toHaveURL(/\/studio/);
  await expect(page.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible();
  // The header no longer names the site's own debate: the editor works on another.
  await expect(page.getByRole('banner')).not.toContainText(shown);
});

test('opening a draft is not editing it: its last-edited time stays', async ({ page }) => {
  await storeOne(page, 'kept', 'Kept as it was');
  await page.goto('/studio?lang=en&draft=kept');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Kept as it was');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  await page.getByRole('button', { name: 'All drafts' }).first().click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Kept as it was' })).toContainText(
    'last edited Jan 2, 2025',
  );
});

test('a damaged record is named, loses nothing, and hides no other draft', async ({ page }) => {
  await storeOne(page, 'good', 'A good draft');
  await storeDamaged(page, 'broken');
  await page.goto('/studio?lang=en');
  await expect(page.getByRole('button', { name: 'Open A good draft' })).toBeVisible();
  await expect(page.getByText('A damaged draft (cannot be opened)', { exact: true })).toBeVisible();

  await page.goto('/studio?lang=en&draft=broken');
  await expect(page.getByRole('alert')).toContainText(
    'This draft’s record in this browser is damaged and cannot be opened. It has been left as it is',
  );
  await page.getByRole('button', { name: 'All drafts' }).click();
  // Still there, to be deleted by the editor's choice only.
  await expect(page.getByText('A damaged draft (cannot be opened)', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open A good draft' })).toBeVisible();
});

test('two tabs on one draft: the second is told, and keeps its edits as a new draft', async ({
  page,
  context,
}) => {
  test.slow();
  const other = await openInTwoTabs(page, context, 'shared', 'Shared');
  await page.getByLabel('Title', { exact: true }).fill('Shared, edited in the first tab');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

  const alert = other.getByRole('alert');
  await expect(alert).toContainText('This draft was changed in another tab.');
  // Edits made after that are not saved over the other tab's, and not lost either.
  await other.getByLabel('Title', { exact: true }).fill('Shared, edited in the second tab');
  await expect(alert).toContainText('this tab has changes that are not saved');
  await alert.getByRole('button', { name: 'Keep my changes as a new draft' }).click();
  await expect(other).not.toHaveURL(/draft=shared/);
  await expect(other.getByLabel('Title', { exact: true })).toHaveValue(
    'Shared, edited in the second tab',
  );

  await page.goto('/studio?lang=en');
  await expect(
    page.getByRole('button', { name: 'Open Shared, edited in the first tab' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Open Shared, edited in the second tab' }),
  ).toBeVisible();
});

test('the other tab’s version can be shown in place of this one', async ({ page, context }) => {
  // Two pages of the built site at once, on a shared two-core machine.
  test.slow();
  const other = await openInTwoTabs(page, context, 'shown', 'Shown');
  await page.getByLabel('Title', { exact: true }).fill('Shown, newer');
  await other
    .getByRole('alert')
    .getByRole('button', { name: 'Show the other tab’s version' })
    .click();
  await expect(other.getByLabel('Title', { exact: true })).toHaveValue('Shown, newer');
  await expect(other.getByRole('alert')).toHaveCount(0);
});
