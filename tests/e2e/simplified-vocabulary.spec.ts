import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bundledRoutePaths } from '../../scripts/route-list';
import { toSimplified } from '../../src/model/script-converter';
import { taiwanWordsOutsideQuotes } from '../taiwan-words';
import { expect, test } from './fixtures';
import { readingLang, readingUrl } from './readings';

// Every page of the Simplified reading speaks mainland Chinese (docs/simplified-chinese.md):
// no Taiwan word (src/model/taiwan-vocabulary.ts) in what a reader sees or a screen reader
// says, outside the source's own words (quotes, the source text, headings copied from it).

const source = toSimplified(
  readFileSync(
    new URL('../../data/debates/future-talk-deepseek/source.txt', import.meta.url),
    'utf8',
  ),
);

const routes = [...bundledRoutePaths(), '/search?q=DeepSeek', '/studio', '/no-such-page'];

/**
 * The page's words as a reader meets them: each visible text node outside a quotation, and
 * the names, descriptions and placeholders of visible elements. Not the tab's title: it is
 * still the prerendered Traditional one in every reading (issue 22, first item).
 */
function readerTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && visible(parent) && !parent.closest('blockquote, q'))
        texts.push(node.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]'))
      if (visible(el))
        for (const name of ['aria-label', 'title', 'placeholder'])
          texts.push(el.getAttribute(name) ?? '');
    return texts.map((text) => text.trim()).filter(Boolean);
  });
}

async function taiwanWordsOn(page: Page): Promise<string[]> {
  const texts = await readerTexts(page);
  // A text that stands word for word in the source is the source's (a heading, a passage).
  return [...new Set(texts)]
    .filter((text) => !source.includes(text))
    .flatMap((text) => taiwanWordsOutsideQuotes(text, source));
}

for (const route of routes)
  test(`${route} in Simplified uses mainland words outside quotes`, async ({ page }) => {
    await page.goto(readingUrl('zh-hans', route));
    await expect(page.locator('html')).toHaveAttribute('lang', readingLang['zh-hans']);
    await expect(page.locator('main')).toBeVisible();
    // The Simplified debate may still be arriving: poll until the page holds none.
    await expect.poll(() => taiwanWordsOn(page), { timeout: 15_000 }).toEqual([]);
  });

test('the check sees a Taiwan word where a page shows one', async ({ page }) => {
  await page.goto(readingUrl('zh-hans', '/about'));
  await expect(page.locator('html')).toHaveAttribute('lang', readingLang['zh-hans']);
  await page
    .locator('main')
    .evaluate((main) =>
      main.append(Object.assign(document.createElement('p'), { textContent: '请贴上原文' })),
    );
  await expect
    .poll(() => taiwanWordsOn(page))
    .toEqual([expect.stringMatching(/^贴上 \(mainland: 粘贴\)/)]);
});

test('a direct quote stands between “ ” in Simplified and 「」 in Traditional', async ({
  page,
}) => {
  const marks = () =>
    page
      .locator('.quote-direct blockquote p')
      .first()
      .evaluate((p) => [
        getComputedStyle(p, '::before').content,
        getComputedStyle(p, '::after').content,
      ]);
  await page.goto(readingUrl('zh-hans', '/topics/agi-timing/yang-shu'));
  await expect(page.locator('html')).toHaveAttribute('lang', readingLang['zh-hans']);
  await expect.poll(marks).toEqual(['"“"', '"”"']);
  await page.goto(readingUrl('zh-hant', '/topics/agi-timing/yang-shu'));
  await expect.poll(marks).toEqual(['"「"', '"」"']);
});
