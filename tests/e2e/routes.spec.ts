import { bundled, expect, test } from './fixtures';

test.describe('every stance URL, opened cold', () => {
  for (const stance of bundled.stances) {
    const url = `/topics/${stance.topicId}/${stance.speakerId}`;
    test(url, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      const speaker = bundled.speakers.find((s) => s.id === stance.speakerId)!;
      const topic = bundled.topics.find((t) => t.id === stance.topicId)!;
      await expect(page).toHaveTitle(
        new RegExp(`^${speaker.name.hant}談「${topic.heading.replace('?', '\\?')}」`),
      );
      const firstQuote = stance.quotes[0]!.quote.exact;
      await expect(page.locator('blockquote').filter({ hasText: firstQuote })).toBeVisible();
      await expect(page.getByRole('grid').locator('[aria-current="page"]')).toBeVisible();
    });
  }
});

test('the topic and speaker pages open cold with their own titles', async ({ page }) => {
  await page.goto('/topics/open-vs-closed');
  await expect(page).toHaveTitle(/^開源還是閉源\?：蔡恆進與楊蜀的立場/);
  await expect(page.getByRole('article')).toHaveCount(2);
  await page.goto('/speakers/yang-shu');
  await expect(page).toHaveTitle(/^楊蜀的全部立場/);
  await expect(page.getByRole('region', { name: '詳細內容' }).getByRole('article')).toHaveCount(6);
});

test('the page content is there before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/topics/agi-timing/yang-shu');
  await expect(
    page.locator('blockquote').filter({ hasText: '我認為2025年是人類比AI聰明的最後一年' }),
  ).toBeVisible();
  // 2 speaker and 6 topic headers, 12 stances, and per topic its shared axis and relation.
  await expect(page.getByRole('grid').getByRole('link')).toHaveCount(32);
  await context.close();
});

test('the stylesheet comes once, inlined: the lazily loaded code never links it again', async ({
  page,
}) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet' || request.url().endsWith('.css'))
      stylesheets.push(request.url());
  });
  const islands = page.waitForRequest(/\/assets\/quote-actions-[\w-]+\.js$/);
  await page.goto('/topics/agi-timing/yang-shu');
  await islands;
  await page.waitForLoadState('networkidle');
  // A lazily loaded page after the islands: both pull in the entry chunk and its stylesheet.
  await page
    .getByRole('navigation', { name: '辯論立場地圖' })
    .getByRole('link', { name: '異同比較' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('哪裡一致，哪裡分歧');
  await page.waitForLoadState('networkidle');
  expect(stylesheets).toEqual([]);
  const applied = await page.evaluate(
    () => [...document.styleSheets].filter((sheet) => !sheet.disabled).length,
  );
  expect(applied).toBe(1);
});

test.describe('when the debate data cannot be loaded', () => {
  test.use({
    awaitHydration: false,
    // One pattern: Playwright would read a second array element as the option's settings.
    expectedConsoleErrors: [/The debate could not be loaded|Failed to load resource/],
  });

  test('the page stays as it was served, readable and linked', async ({ page }) => {
    await page.route('**/assets/debate-data-*.json', (route) => route.abort());
    const failed = page.waitForEvent('console', (m) => /could not be loaded/.test(m.text()));
    await page.goto('/topics/agi-timing/yang-shu');
    await failed;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.locator('blockquote').filter({ hasText: '我認為2025年是人類比AI聰明的最後一年' }),
    ).toBeVisible();
    // Links still work as plain links to prerendered pages.
    const link = page.getByRole('grid').getByRole('link').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('security', () => {
  // One pattern: test.use would take an array of two for a fixture and its options.
  test.use({
    expectedConsoleErrors: [
      /requires 'TrustedHTML' assignment|Creating a TrustedTypePolicy named 'mine' violates/,
    ],
  });

  test('every page runs under a strict Content-Security-Policy with Trusted Types enforced', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto('/topics/open-vs-closed');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toMatch(/trusted-types studio-worker debate-worker(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // Hydrated and navigating: client routing, the source reader, back again.
    await page
      .getByRole('grid')
      .getByRole('link', { name: /^楊蜀，技術路線之爭/ })
      .click();
    await page.getByRole('link', { name: '在原文中查看楊蜀的這段話' }).first().click();
    await expect(page.locator('mark:focus')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/technical-route\/yang-shu$/);
    // A DOM XSS sink is refused.
    const sink = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(sink).toBe('TypeError');
    // And no script can make a policy of its own to get round that.
    const ownPolicy = await page.evaluate(() => {
      try {
        (
          window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): void } }
        ).trustedTypes.createPolicy('mine', {});
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(ownPolicy).toBe('TypeError');
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([
      expect.stringMatching(/^require-trusted-types-for/),
      expect.stringMatching(/^trusted-types/),
    ]);
  });
});
