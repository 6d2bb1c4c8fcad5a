import type { Page } from '@playwright/test';
import { bundledRoutePaths } from '../../scripts/route-list';
import { expect, test } from './fixtures';

// The browser tests' build is told its public URL (playwright.config.ts), as a production
// build would be, so every page names its canonical URL on this server.

const CARD_TAGS = [
  'og:title',
  'og:description',
  'og:type',
  'og:url',
  'og:site_name',
  'og:locale',
  'twitter:card',
  'twitter:title',
  'twitter:description',
];

/** What a crawler or link preview reads from the page's <head>. */
function readHead(page: Page) {
  return page.evaluate((cardTags) => {
    const content = (key: string) =>
      document
        .querySelector(`head meta[name="${key}"], head meta[property="${key}"]`)
        ?.getAttribute('content') ?? null;
    return {
      title: document.title,
      description: content('description'),
      robots: content('robots'),
      cards: Object.fromEntries(cardTags.map((key) => [key, content(key)])),
      canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map(
        (link) => (link as HTMLLinkElement).href,
      ),
    };
  }, CARD_TAGS);
}

test('every prerendered page, without JavaScript, has its own title, description, cards and canonical URL', async ({
  browser,
  baseURL,
}) => {
  test.slow(); // every prerendered page, one after another, now with /compare's too
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const seen = {
    titles: new Set<string>(),
    descriptions: new Set<string>(),
    ogTitles: new Set<string>(),
  };
  for (const route of bundledRoutePaths()) {
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(200);
    const head = await readHead(page);
    const url = new URL(route, baseURL).href;
    expect(head.canonicals, route).toEqual([url]);
    expect(head.cards['og:url'], route).toBe(url);
    for (const key of CARD_TAGS) expect(head.cards[key], `${route} ${key}`).toBeTruthy();
    expect(head.cards['og:title'], route).toBe(head.cards['twitter:title']);
    expect(head.description, route).toBe(head.cards['og:description']);
    expect(Array.from(head.description ?? '').length, route).toBeLessThanOrEqual(160);
    expect(head.robots, route).toBeNull();
    seen.titles.add(head.title);
    seen.descriptions.add(head.description ?? '');
    seen.ogTitles.add(head.cards['og:title'] ?? '');
  }
  const count = bundledRoutePaths().length;
  expect([seen.titles.size, seen.descriptions.size, seen.ogTitles.size]).toEqual([
    count,
    count,
    count,
  ]);
  await context.close();
});

test('a shared stance link previews with the speaker, the topic and the stance', async ({
  request,
}) => {
  const html = await (await request.get('/topics/agi-timing/yang-shu')).text();
  expect(html).toContain(
    '<meta property="og:title" content="楊蜀談「AGI即將到來?」：人類比AI聰明的最後一年"',
  );
  expect(html).toMatch(/<meta name="description" content="人類比AI聰明的最後一年。楊蜀斷言2025年/);
});

test('the head follows client-side navigation, one canonical link at a time', async ({
  page,
  baseURL,
}) => {
  await page.goto('/topics/agi-timing/yang-shu');
  await page.getByRole('link', { name: /下一個議題/ }).click();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  await expect(page).toHaveTitle(/^楊蜀談「開源還是閉源\?」/);
  const head = await readHead(page);
  expect(head.canonicals).toEqual([new URL('/topics/open-vs-closed/yang-shu', baseURL).href]);
  expect(head.cards['og:title']).toMatch(/^楊蜀談「開源還是閉源\?」/);
});

test('the sitemap lists exactly the prerendered pages, and robots.txt points to it', async ({
  request,
  baseURL,
}) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const locs = [...(await sitemap.text()).matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
  // Every page at its default address and in each reading's (/zh-hant/…, /zh-hans/…, /en/…).
  const pages = bundledRoutePaths().flatMap((route) =>
    ['', '/zh-hant', '/zh-hans', '/en'].map((prefix) => new URL(prefix + route, baseURL).href),
  );
  expect([...locs].sort()).toEqual(pages.sort());

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  const lines = (await robots.text()).split('\n');
  expect(lines).toContain('User-agent: *');
  expect(lines).toContain(`Sitemap: ${new URL('/sitemap.xml', baseURL).href}`);
});

test('the not-found page is kept out of search indexes and names no canonical URL', async ({
  page,
}) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到這個頁面' })).toBeVisible();
  const head = await readHead(page);
  expect(head.robots).toBe('noindex');
  expect(head.canonicals).toEqual([]);
});
