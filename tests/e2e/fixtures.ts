import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Response } from '@playwright/test';

interface DebateIds {
  topics: { id: string; heading: string }[];
  speakers: { id: string; name: { hant: string } }[];
  stances: {
    topicId: string;
    speakerId: string;
    label: string;
    quotes: { id: string; quote: { exact: string } }[];
  }[];
}

export const bundled = JSON.parse(
  readFileSync(
    new URL('../../data/debates/future-talk-deepseek/debate.json', import.meta.url),
    'utf8',
  ),
) as DebateIds;

/**
 * Every test fails on an uncaught page error, a console error, or a request that leaves
 * the machine's own origin.
 */
export const test = base.extend<{
  guard: void;
  expectedConsoleErrors: RegExp[];
  awaitHydration: boolean;
  allowedOrigins: string[];
}>({
  /** Whether goto and reload wait until React has hydrated the page (see `page`). */
  awaitHydration: [true, { option: true }],
  /**
   * A page's scripts run only after its first paint (scripts/page-html.ts), after the load
   * event that goto and reload wait for. So once a page has loaded, wait until React has
   * hydrated it (src/app.tsx marks <html>), as a reader's click would need.
   */
  page: async ({ page, javaScriptEnabled, awaitHydration }, use) => {
    if (javaScriptEnabled !== false && awaitHydration) {
      const hydrated = async (response: Response | null) => {
        if (response?.headers()['content-type']?.startsWith('text/html'))
          await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
        return response;
      };
      const { goto, reload } = { goto: page.goto.bind(page), reload: page.reload.bind(page) };
      page.goto = async (...args) => hydrated(await goto(...args));
      page.reload = async (...args) => hydrated(await reload(...args));
    }
    await use(page);
  },
  /** Console errors a test provokes on purpose. */
  expectedConsoleErrors: [[], { option: true }],
  /** Other origins a test serves itself (a page that embeds the site, another host). */
  allowedOrigins: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors, allowedOrigins }, use) => {
      const problems: string[] = [];
      const origins = [new URL(baseURL ?? 'http://127.0.0.1').origin, ...allowedOrigins];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // A cold-loaded unknown URL is served with status 404 on purpose; Chromium logs that.
        const expected = [/status of 404/, ...expectedConsoleErrors];
        if (message.type() === 'error' && !expected.some((pattern) => pattern.test(message.text())))
          problems.push(`console error: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && !origins.includes(url.origin))
          problems.push(`request left the origin: ${request.url()}`);
      });
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// axe-core 4.14 itself, not the 4.13 @axe-core/playwright bundles: 4.14 runs the check that a
// control's visible text is part of its accessible name (label-content-name-mismatch).
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe for WCAG 2.2 A and AA and expects no violations, listing any it finds; on the
 * whole page, or only within the elements `include` selects.
 */
export async function expectNoAxeViolations(page: Page, include?: string) {
  await expect(page.locator('main')).toBeVisible();
  const builder = new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ]);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
