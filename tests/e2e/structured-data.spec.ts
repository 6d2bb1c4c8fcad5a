import type { Page } from '@playwright/test';
import { nodesOf, schemaOrgProblems } from '../schema-org-vocabulary';
import { bundled, expect, test } from './fixtures';

// The stance and topic pages carry schema.org JSON-LD that says what the page shows: each
// quote's exact words, by the speaker the page attributes them to.

async function structuredData(page: Page) {
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => script.textContent ?? '',
    ),
  );
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0] ?? '') as unknown;
}

type Node = Record<string, unknown>;
const quotationsOf = (data: unknown) => nodesOf(data).filter((n) => n['@type'] === 'Quotation');

/** Each quotation's words are a quote on the page, with the speaker the page names for it. */
async function expectQuotationsShown(page: Page, quotations: Node[]) {
  // Read the page's quotes once: [words, caption] of every figure.
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('figure')].map((figure) => [
      figure.querySelector('blockquote > p')?.textContent ?? '',
      figure.querySelector('figcaption')?.textContent ?? '',
    ]),
  );
  for (const quotation of quotations) {
    const matches = shown.filter(([words]) => words === quotation.text);
    expect(matches, quotation.text as string).toHaveLength(1);
    expect(matches[0]?.[1]).toContain((quotation.creator as { name: string }).name);
  }
}

test.describe('without JavaScript, as a crawler reads it', () => {
  test.use({ javaScriptEnabled: false });

  test('every stance page’s JSON-LD conforms to schema.org and quotes what the page shows', async ({
    page,
    baseURL,
  }) => {
    // One page after another: on a busy machine that takes longer than one page's time.
    test.setTimeout(240_000);
    for (const stance of bundled.stances) {
      const route = `/topics/${stance.topicId}/${stance.speakerId}`;
      await page.goto(route);
      const data = await structuredData(page);
      expect(schemaOrgProblems(data), route).toEqual([]);
      const speaker = bundled.speakers.find((s) => s.id === stance.speakerId)!;
      const quotations = quotationsOf(data);
      expect(
        quotations.map((q) => [q.text, (q.creator as Node).name, q.url]),
        route,
      ).toEqual(
        stance.quotes.map((q) => [
          q.quote.exact,
          speaker.name.hant,
          new URL(`${route}#${q.id}`, baseURL).href,
        ]),
      );
      await expectQuotationsShown(page, quotations);
      await expect(page.getByText(stance.label, { exact: true }).first()).toBeVisible();
    }
  });

  test('a topic page’s JSON-LD lists both stances with their quotes', async ({ page }) => {
    // One page after another: on a busy machine that takes longer than one page's time.
    test.setTimeout(240_000);
    for (const topic of bundled.topics) {
      await page.goto(`/topics/${topic.id}`);
      const data = (await structuredData(page)) as Node;
      expect(schemaOrgProblems(data), topic.id).toEqual([]);
      expect(data['@type']).toBe('ItemList');
      const quotations = quotationsOf(data);
      const stances = bundled.stances.filter((s) => s.topicId === topic.id);
      expect(quotations.length).toBe(stances.flatMap((s) => s.quotes).length);
      await expectQuotationsShown(page, quotations);
      for (const work of nodesOf(data).filter((n) => n['@type'] === 'CreativeWork'))
        await expect(page.getByText(work.abstract as string, { exact: true })).toBeVisible();
    }
  });
});

test('JSON-LD is a data block the strict policy leaves alone, and leaves with its page', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  await page.goto('/topics/agi-timing/yang-shu');
  expect(quotationsOf(await structuredData(page)).length).toBeGreaterThan(0);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const scriptHashes = policy?.match(/script-src[^;]*/)?.[0].match(/'sha256-/g) ?? [];
  // One hash per inline script the page runs; the JSON-LD block, never run, has none.
  const runnable = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .count();
  expect(runnable).toBeGreaterThan(0);
  expect(scriptHashes).toHaveLength(runnable);
  // Moving within the app: the previous page's data is not left to describe the next.
  await page.getByRole('link', { name: /下一個議題/ }).click();
  await expect(page).toHaveURL(/\/topics\/open-vs-closed\/yang-shu$/);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  expect(violations).toEqual([]);
});
