import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';

// Issue 25: what an embed may do to the page that frames it, and what a page may do with a
// frame of the studio. The host pages are another origin, served here.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const PORT = Number(process.env.E2E_PORT ?? 4321);
const SITE = `http://127.0.0.1:${PORT}`;
/** Another origin on this machine (share.spec.ts uses 127.0.0.2). */
const HOST_PAGE = `http://127.0.0.3:${PORT}`;
const QUOTE = 'agi-timing-yang-1';

const STANCE = `${SITE}/topics/agi-timing/yang-shu?embed=1`;
const recordMessages = `<script>
  window.messages = [];
  addEventListener('message', (event) => window.messages.push({ origin: event.origin, data: event.data }));
</script>`;
/** A blog post with a frame near its top, and room to scroll below. */
const post = (frames: string) => `<!doctype html><html lang="en"><title>A blog post</title>
<h1>A blog post</h1>
<p>Before the embed.</p>
${frames}
<div style="height: 4000px"></div>
<script src="${SITE}/embed.js" async></script>
${recordMessages}`;
const frame = (src: string, title: string) =>
  `<iframe src="${src}" title="${title}" width="100%" height="150" style="border:0"></iframe>`;

const HOST_PAGES: Record<string, string> = {
  '/stance': post(frame(STANCE, 'Stance')),
  '/quote': post(frame(`${STANCE}#${QUOTE}`, 'Stance')),
  // A frame whose src no URL parser accepts, before the embed.
  '/broken': post(`${frame('http://[broken', 'Broken')}${frame(STANCE, 'Stance')}`),
  '/studio': `<!doctype html><html lang="en"><title>Framing the studio</title>
<iframe src="${SITE}/studio" title="Studio" width="100%" height="600"
  onload="window.studioFrameLoaded = true"></iframe>`,
};

test.use({ allowedOrigins: [HOST_PAGE], awaitHydration: false });
let host: Server;
test.beforeAll(async () => {
  host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    const path = new URL(req.url ?? '/', HOST_PAGE).pathname;
    res.end(HOST_PAGES[path] ?? 'no such page');
  });
  await new Promise<void>((resolve) => host.listen(PORT, '127.0.0.3', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Waits until the frame titled `title` has hydrated its page. */
async function frameHydrated(page: Page, title: string) {
  await expect(
    page.frameLocator(`iframe[title="${title}"]`).locator('html[data-hydrated="true"]'),
  ).toHaveCount(1);
}

for (const width of [360, 800])
  for (const hostPage of ['/stance', '/quote'])
    test(`an embed never scrolls its host (${hostPage}, ${width} px wide)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`${HOST_PAGE}${hostPage}`);
      await frameHydrated(page, 'Stance');
      // The explorer scrolled its detail pane (or the quote) into view, smoothly, moving the
      // host by 134-158 px: give a scroll the time to happen.
      await page.waitForTimeout(1500);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });

test('embed.js sizes its frame beside a frame whose src it cannot parse', async ({ page }) => {
  await page.goto(`${HOST_PAGE}/broken`);
  const iframe = page.locator('iframe[title="Stance"]');
  // A page error (embed.js throwing) fails the test too (fixtures.ts).
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(600);
});

test('an embed tells its host its height and nothing else', async ({ page }) => {
  await page.goto(`${HOST_PAGE}/quote?private=1`);
  await frameHydrated(page, 'Stance');
  const fromSite = () =>
    page.evaluate(
      (site) =>
        (window as unknown as { messages: { origin: string; data: object }[] }).messages
          .filter((m) => m.origin === site)
          .map((m) => m.data),
      SITE,
    );
  await expect.poll(async () => (await fromSite()).length).toBeGreaterThan(0);
  for (const data of await fromSite())
    expect(data).toEqual({ type: 'debate-explorer:height', height: expect.any(Number) });
});

test.describe('the studio in a frame', () => {
  test.use({
    expectedConsoleErrors: [/Refused to (display|frame)|violates .*"frame-ancestors 'none'"/],
  });

  test('is refused by the server', async ({ page }) => {
    const response = await page.request.get(`${SITE}/studio`);
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options']).toBe('DENY');
    await page.goto(`${HOST_PAGE}/studio`);
    await page.waitForFunction(() => (window as { studioFrameLoaded?: boolean }).studioFrameLoaded);
    const studio = page.frames().find((f) => f !== page.mainFrame());
    expect(studio?.url()).not.toMatch(/^http.*\/studio$/);
  });

  test('refuses to work where a host lets it be framed', async ({ page }) => {
    // A host that sends no frame-ancestors: the studio itself refuses.
    await page.route(`${SITE}/studio`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      delete headers['x-frame-options'];
      await route.fulfill({ response, headers });
    });
    await page.goto(`${HOST_PAGE}/studio`);
    const studio = page.frameLocator('iframe[title="Studio"]');
    await frameHydrated(page, 'Studio');
    await expect(studio.getByRole('heading', { name: '編輯室' })).toBeVisible();
    await expect(studio.getByText('編輯室不能在其他網頁的框架中使用')).toBeVisible();
    await expect(studio.getByRole('link', { name: '在新分頁開啟編輯室' })).toHaveAttribute(
      'target',
      '_blank',
    );
    // The site's header (language, reading options) stays; the studio offers no control.
    await expect(studio.getByRole('main').getByRole('button')).toHaveCount(0);
  });
});
