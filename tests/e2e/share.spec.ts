import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect as baseExpect, expectNoAxeViolations, test } from './fixtures';

// Each test loads several pages (an embed loads two in frames), and axe runs on some.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

// A quote's own link opened cold, an embed on another site, and the hosts and browsers that
// serve or run the site differently: an index.html fallback, storage blocked, no JavaScript.

const PORT = Number(process.env.E2E_PORT ?? 4321);
const SITE = `http://127.0.0.1:${PORT}`;
/** Another origin on this machine: the same port on another loopback address. */
const OTHER_HOST = '127.0.0.2';
const HOST_PAGE = `http://${OTHER_HOST}:${PORT}`;
const SPA_HOST = `http://${OTHER_HOST}:${PORT + 1}`;

const QUOTE = 'agi-timing-yang-1';
const QUOTE_TEXT = '我認為2025年是人類比AI聰明的最後一年。這不是危言聳聽。';

async function expectQuoteTargeted(page: Page, id: string) {
  const quote = page.locator(`figure[id="${id}"]`);
  await expect(quote).toBeFocused();
  await expect(quote).toHaveClass(/\bis-target\b/);
  await expect(quote).toBeInViewport({ ratio: 0.5 });
  return quote;
}

/** The frame titled `title` is as tall as its page; its page's height settles as it hydrates. */
async function expectFrameSizedToItsPage(page: Page, title: string) {
  const iframe = page.locator(`iframe[title="${title}"]`);
  const frameHtml = page.frameLocator(`iframe[title="${title}"]`).locator('html');
  await expect
    .poll(async () => {
      const inner = await frameHtml.evaluate((html) =>
        Math.ceil(html.getBoundingClientRect().height),
      );
      const outer = (await iframe.boundingBox())?.height ?? 0;
      return inner > 600 && Math.abs(inner - outer) < 5;
    })
    .toBe(true);
}

test.describe('a quote’s own link, opened cold', () => {
  test('scrolls to the quote, marks it and moves focus there', async ({ page }) => {
    await page.goto(`/topics/agi-timing/yang-shu#${QUOTE}`);
    const quote = await expectQuoteTargeted(page, QUOTE);
    await expect(quote.getByRole('blockquote')).toHaveText(QUOTE_TEXT);
  });

  test('on a phone, past the matrix, in Simplified and in English', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const query of ['', '?script=hans', '?lang=en']) {
      await page.goto(`/topics/agi-timing/yang-shu${query}#${QUOTE}`);
      await expectQuoteTargeted(page, QUOTE);
      // The text has settled in the reader's script before the page is called done.
      await page.waitForTimeout(300);
      await expect(page.locator(`figure[id="${QUOTE}"]`)).toBeInViewport({ ratio: 0.5 });
    }
  });

  test('copy link gives that link, and a reader can copy the quote', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/topics/agi-timing/yang-shu');
    const group = page.getByRole('group', { name: /這段話/ }).nth(2);
    await group.getByRole('button', { name: '複製這段話的連結' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${SITE}/zh-hant/topics/agi-timing/yang-shu#${QUOTE}`);
    await group.getByRole('button', { name: '複製引文' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `「${QUOTE_TEXT}」\n——楊蜀，網易科技\n${link}`,
    );
  });
});

test.describe('embedded on another site', () => {
  // The host page is not the app: nothing there to wait for.
  test.use({ allowedOrigins: [HOST_PAGE], awaitHydration: false });
  let host: Server;
  test.beforeAll(async () => {
    const page = `<!doctype html><html lang="en"><title>A blog post</title>
<p>Before the embed.</p>
<iframe src="${SITE}/topics/agi-timing?embed=1" title="AGI" width="100%" height="150" style="border:0" data-debate-explorer></iframe>
<iframe src="${SITE}/topics/open-vs-closed?embed=1" title="Open" width="100%" height="150" style="border:0"></iframe>
<script src="${SITE}/embed.js" async></script>
<script>
  window.heights = [];
  addEventListener('message', (event) => window.heights.push({ origin: event.origin, data: event.data }));
</script>`;
    // The same frame, with embed.js added only once the frame has loaded and spoken.
    const late = `<!doctype html><html lang="en"><title>A late script</title>
<iframe src="${SITE}/topics/agi-timing?embed=1" title="AGI" width="100%" height="150" style="border:0"
  onload="setTimeout(() => document.body.append(Object.assign(document.createElement('script'), { src: '${SITE}/embed.js' })), 3000)"></iframe>`;
    host = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.url === '/late' ? late : page);
    });
    await new Promise<void>((resolve) => host.listen(PORT, OTHER_HOST, resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test('shows just the page, tells the host its height and is sized to it', async ({ page }) => {
    await page.goto(`${HOST_PAGE}/`);
    const frame = page.frameLocator('iframe[title="AGI"]');
    await expect(frame.getByRole('heading', { level: 2, name: 'AGI即將到來?' })).toBeVisible();
    await expect(frame.getByRole('search')).toHaveCount(0);
    await expect(frame.getByRole('grid')).toHaveCount(0);
    await expect(frame.getByRole('link', { name: /開啟完整頁面/ })).toHaveAttribute(
      'href',
      '/topics/agi-timing',
    );

    // The host hears the height from the site's origin, and embed.js sizes each frame to it.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { heights: { origin: string; data: { height: number } }[] })
              .heights,
        ),
      )
      .toContainEqual(
        expect.objectContaining({
          origin: SITE,
          data: expect.objectContaining({ type: 'debate-explorer:height' }),
        }),
      );
    for (const title of ['AGI', 'Open']) {
      const iframe = page.locator(`iframe[title="${title}"]`);
      // Chromium pauses rendering in a cross-site frame out of view, so its page tells its
      // height once it comes into view, as the reader scrolls to it.
      await iframe.scrollIntoViewIfNeeded();
      await expectFrameSizedToItsPage(page, title);
    }
  });

  test('sizes a frame that spoke before embed.js loaded', async ({ page }) => {
    await page.goto(`${HOST_PAGE}/late`);
    await expect(page.locator('script[src$="/embed.js"]')).toHaveCount(1);
    await expectFrameSizedToItsPage(page, 'AGI');
  });

  test('ignores height messages from any other origin', async ({ page }) => {
    await page.goto(`${HOST_PAGE}/`);
    const iframe = page.locator('iframe[title="AGI"]');
    await expect
      .poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 60_000 })
      .toBeGreaterThan(600);
    // The host page itself (another origin than the site) claims a tiny height for the frame;
    // the frame may still grow as its own page lays out, but never shrinks to that.
    await page.evaluate(() =>
      window.postMessage({ type: 'debate-explorer:height', height: 12, href: 'x' }, '*'),
    );
    await page.waitForTimeout(500);
    expect((await iframe.boundingBox())?.height).toBeGreaterThan(600);
  });
});

test.describe('an embedded page and the embed dialog', () => {
  for (const query of ['', '&script=hans', '&lang=en'])
    test(`pass axe (embed=1${query})`, async ({ page }) => {
      await page.goto(`/topics/agi-timing/yang-shu?embed=1${query}`);
      await expect(page.locator('.site-header')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

  test('the dialog passes axe, closes with Escape and gives focus back', async ({ page }) => {
    await page.goto('/topics/agi-timing');
    const button = page.getByRole('button', { name: '嵌入' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: '嵌入到你的網頁' });
    await expect(dialog.getByRole('textbox', { name: '嵌入程式碼' })).toHaveValue(
      new RegExp(`^<iframe src="${SITE}/zh-hant/topics/agi-timing\\?embed=1"`),
    );
    await expectNoAxeViolations(page, '.embed-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});

test.describe('behind a host with an index.html fallback', () => {
  test.use({ allowedOrigins: [SPA_HOST] });
  let server: ChildProcess;
  test.beforeAll(async () => {
    server = spawn(
      process.execPath,
      ['scripts/serve.mjs', '--port', String(PORT + 1), '--spa-fallback'],
      {
        env: { ...process.env, HOST: OTHER_HOST, BASE_PATH: '/' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve) => server.stdout?.on('data', () => resolve()));
  });
  test.afterAll(() => void server.kill());

  test('an unknown link shows the not-found page, with no hydration error', async ({ page }) => {
    const response = await page.goto(`${SPA_HOST}/topics/agi-timeing`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: '找不到這個頁面' })).toBeVisible();
    await expect(page.getByRole('link', { name: '/topics/agi-timing' })).toBeVisible();
  });

  test('a page the host knows only by the fallback still shows', async ({ page }) => {
    await page.goto(`${SPA_HOST}/search?q=${encodeURIComponent('開源')}`);
    await expect(page.getByRole('heading', { level: 1, name: '搜尋結果' })).toBeVisible();
  });
});

test.describe('addresses a static server answers with a page', () => {
  for (const url of ['/topics/%2F%2Fevil.example', '/topics/a.b'])
    test(`${url} gets the app’s not-found page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: '找不到這個頁面' })).toBeVisible();
    });
  // /index.html, …/index.html and doubled slashes are the page's own address, replaced in
  // place: tests/e2e/addresses.spec.ts.
});

test.describe('with storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('the page hydrates and the switches work', async ({ page }) => {
    await page.goto('/topics/open-vs-closed');
    await page.getByRole('link', { name: '简体' }).click();
    await expect(
      page.getByRole('grid').getByRole('link', { name: '杨蜀', exact: true }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(
      page.getByRole('grid').getByRole('link', { name: 'Yang Shu', exact: true }),
    ).toBeVisible();
  });

  test('search finds what it is asked for', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('開源')}`);
    await expect(page.getByRole('heading', { level: 1, name: '搜尋結果' })).toBeVisible();
    await expect(page.locator('mark').first()).toHaveText('開源');
  });
});

test('a stored entry with another version number is read without an error', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'debate-explorer:preferences',
      JSON.stringify({ state: { script: 'hans', language: null, speakerOrder: [] }, version: 9 }),
    );
  });
  await page.goto('/');
  await expect(
    page.getByRole('grid').getByRole('link', { name: '杨蜀', exact: true }),
  ).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form goes to the search page', async ({ page }) => {
    await page.goto('/topics/agi-timing');
    await page.getByRole('searchbox').fill('開源');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(`${SITE}/search?q=${encodeURIComponent('開源')}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('/source#<fragment> clips a long fragment in its notice', async ({ page }) => {
  await page.goto(`/source#${'x'.repeat(5000)}`);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('x'.repeat(120) + '…');
  expect((await notice.textContent())!.length).toBeLessThan(200);
});
