import { bundledRoutePaths } from '../../scripts/route-list';
import { expect, test } from './fixtures';

// Every topic, stance and speaker page and the overview names its own share image, which the
// build drew: a 1200×630 PNG under 300 kB on this server.

const PAGES_WITH_IMAGES = bundledRoutePaths().filter((route) =>
  /^\/($|topics\/|speakers\/)/.test(route),
);

/** The share image's tags, read from the page's HTML as a crawler reads them. */
function readImageTags(html: string) {
  const content = (key: string) =>
    new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;
  return {
    image: content('og:image'),
    width: content('og:image:width'),
    height: content('og:image:height'),
    type: content('og:image:type'),
    alt: content('og:image:alt'),
    card: content('twitter:card'),
    twitterImage: content('twitter:image'),
    twitterAlt: content('twitter:image:alt'),
  };
}

test('every topic, stance and speaker page names its own 1200×630 PNG share image', async ({
  request,
  baseURL,
}) => {
  // One page after another: on a busy machine that takes longer than one page's time.
  test.slow();
  expect(PAGES_WITH_IMAGES.length).toBe(1 + 6 + 12 + 2);
  const images = new Set<string>();
  for (const route of PAGES_WITH_IMAGES) {
    const tags = readImageTags(await (await request.get(route)).text());
    expect(tags, route).toMatchObject({
      width: '1200',
      height: '630',
      type: 'image/png',
      card: 'summary_large_image',
      twitterImage: tags.image,
      twitterAlt: tags.alt,
    });
    expect(tags.alt?.length, route).toBeGreaterThan(10);
    const url = new URL(tags.image ?? '', baseURL);
    expect(url.href, route).toBe(tags.image);
    expect(url.origin).toBe(new URL(baseURL ?? '').origin);
    images.add(url.href);

    const response = await request.get(url.href);
    expect(response.status(), url.href).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // The PNG signature, then the IHDR chunk with the width and height.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], url.href).toEqual([1200, 630]);
    expect(png.length, url.href).toBeLessThan(300 * 1024);
  }
  expect(images.size).toBe(PAGES_WITH_IMAGES.length);
});

test('a stance’s image says the stance, the speaker and the opening of a quote', async ({
  request,
}) => {
  const html = await (await request.get('/topics/agi-timing/yang-shu')).text();
  const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(html)?.[1];
  expect(alt).toMatch(
    /^楊蜀談「AGI即將到來\?」：人類比AI聰明的最後一年（明確傾向「AI真正超越人類」）。/,
  );
  // The stance's key quote, not its first.
  expect(alt).toMatch(/「我認為2025年是人類比AI聰明的最後一年。/);
});

test('the share image follows client-side navigation', async ({ page, baseURL }) => {
  await page.goto('/topics/agi-timing/yang-shu');
  await page.getByRole('link', { name: /下一個議題/ }).click();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute(
    'content',
    new URL('/og/topics/open-vs-closed/yang-shu.png', baseURL).href,
  );
  await expect(page.locator('head meta[property="og:image"]')).toHaveCount(1);
  await expect(page.locator('head meta[name="twitter:image"]')).toHaveAttribute(
    'content',
    new URL('/og/topics/open-vs-closed/yang-shu.png', baseURL).href,
  );
});
