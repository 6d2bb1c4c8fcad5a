import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readingLang, readings, readingUrl } from './readings';

// Every page exists in three readings, each at its own address; the default address (/…)
// sends a reader on to theirs before anything is painted (scripts/negotiate-reading.js).
// Each test starts cold: a fresh browser context, nothing stored.

const STANCE = '/topics/open-vs-closed/yang-shu';
/** The stance's heading in each reading, and its speaker's name in the matrix. */
const heading = { 'zh-hant': /^楊蜀談「開源/, 'zh-hans': /^杨蜀谈“开源/, en: /^Yang Shu on/ };

// The default address navigates on its own, so the page fixture's wait for hydration, which
// follows goto's first response, would race it: these tests wait for the address instead.
test.use({ awaitHydration: false });

/** Records, as each document unloads, whether it had painted anything (first-contentful-paint). */
async function recordPaints(page: Page) {
  await page.addInitScript(() => {
    addEventListener('pagehide', () => {
      const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
      sessionStorage.setItem(`painted ${location.pathname}`, String(painted));
    });
  });
}

const paintedAt = (page: Page, path: string) =>
  page.evaluate((p) => sessionStorage.getItem(`painted ${p}`), path);

const hydrated = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

for (const [locale, reading] of [
  ['zh-CN', 'zh-hans'],
  ['en-US', 'en'],
] as const) {
  test.describe(`a browser that prefers ${locale}`, () => {
    test.use({ locale });

    test(`opening a default address lands on ${reading}, never painting Traditional`, async ({
      page,
    }) => {
      await recordPaints(page);
      await page.goto(STANCE);
      await expect(page).toHaveURL(readingUrl(reading, STANCE));
      await expect(page.locator('html')).toHaveAttribute('lang', readingLang[reading]);
      await expect(page.getByRole('heading', { level: 2, name: heading[reading] })).toBeVisible();
      // The default address's document went away unpainted, and Back skips it.
      expect(await paintedAt(page, STANCE)).toBe('false');
      await hydrated(page);
      await page.goBack();
      await expect(page).toHaveURL('about:blank');
    });

    test('an explicit address shows its own reading', async ({ page }) => {
      for (const shown of readings) {
        await page.goto(readingUrl(shown, STANCE));
        await expect(page).toHaveURL(readingUrl(shown, STANCE));
        await expect(page.locator('html')).toHaveAttribute('lang', readingLang[shown]);
        await expect(page.getByRole('heading', { level: 2, name: heading[shown] })).toBeVisible();
      }
    });
  });
}

test.describe('a browser that prefers zh-TW', () => {
  test.use({ locale: 'zh-TW' });

  test('stays at the default address, in Traditional', async ({ page }) => {
    await page.goto(STANCE);
    await hydrated(page);
    await expect(page).toHaveURL(STANCE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.getByRole('heading', { level: 2, name: heading['zh-hant'] })).toBeVisible();
  });

  test('the switch keeps the page and the fragment, Back returns, and the choice is kept', async ({
    page,
  }) => {
    await page.goto(`${STANCE}?order=disagreement#open-vs-closed-yang-1`);
    await hydrated(page);
    await page.getByRole('group', { name: '語言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(
      readingUrl('en', `${STANCE}?order=disagreement#open-vs-closed-yang-1`),
    );
    await expect(page.getByRole('heading', { level: 2, name: heading.en })).toBeVisible();
    await hydrated(page);
    await expect(
      page.getByRole('group', { name: 'Language' }).getByRole('link', { name: 'English' }),
    ).toHaveAttribute('aria-current', 'true');

    await page.goBack();
    await expect(page).toHaveURL(`${STANCE}?order=disagreement#open-vs-closed-yang-1`);
    await expect(page.getByRole('heading', { level: 2, name: heading['zh-hant'] })).toBeVisible();

    // The default address now opens in the reading chosen.
    await page.goto('/about');
    await expect(page).toHaveURL(readingUrl('en', '/about'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

for (const [old, reading] of [
  ['?script=hans', 'zh-hans'],
  ['?lang=en', 'en'],
  ['?script=hant', 'zh-hant'],
] as const) {
  test(`an old ${old} link arrives at the ${reading} address`, async ({ page }) => {
    await page.goto(`${STANCE}${old}&order=disagreement#open-vs-closed-yang-1`);
    await expect(page).toHaveURL(
      readingUrl(reading, `${STANCE}?order=disagreement#open-vs-closed-yang-1`),
    );
    await expect(page.getByRole('heading', { level: 2, name: heading[reading] })).toBeVisible();
  });
}

for (const reading of readings) {
  test(`in ${reading}, the tab title, an unknown address and the header speak the reading`, async ({
    page,
  }) => {
    await page.goto(readingUrl(reading, STANCE));
    await expect(page).toHaveTitle(heading[reading]);

    const missing = await page.goto(readingUrl(reading, '/topics/agi-timeing'));
    expect(missing?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', readingLang[reading]);
    const notFound = {
      'zh-hant': '找不到這個頁面',
      'zh-hans': '找不到这个页面',
      en: 'Page not found',
    };
    await expect(page.getByRole('heading', { name: notFound[reading] })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${notFound[reading]}`));
  });

  test(`in ${reading}, a stance link opened on a phone shows that stance`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(readingUrl(reading, STANCE));
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 2, name: heading[reading] })).toBeInViewport();
  });
}

test('on a phone, English is one tap away on every reading’s header, and the menu says Menu in English', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const reading of readings) {
    await page.goto(readingUrl(reading, '/'));
    await expect(page.getByRole('banner').getByRole('link', { name: 'English' })).toBeVisible();
  }
  await expect(page.getByRole('banner').getByText('Menu')).toBeVisible();
});

test('every page names its alternates in every reading, and each of them names it back', async ({
  page,
  request,
}) => {
  const alternates = async (url: string) => {
    const html = await (await request.get(url)).text();
    return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
      (m) => [m[1], new URL(m[2]!).pathname] as const,
    );
  };
  const set = await alternates(readingUrl('zh-hans', STANCE));
  expect(set).toEqual([
    ['zh-Hant', readingUrl('zh-hant', STANCE)],
    ['zh-Hans', readingUrl('zh-hans', STANCE)],
    ['en', readingUrl('en', STANCE)],
    ['x-default', STANCE],
  ]);
  for (const [, path] of set) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await alternates(path), path).toEqual(set);
  }
  // The page's head is in its reading: its canonical address and og:locale are its own.
  await page.goto(readingUrl('en', STANCE));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${readingUrl('en', STANCE)}$`),
  );
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
});
