import type { Page } from '@playwright/test';
import { generateDebate } from '../../scripts/bench/generate-debate';
import { storeDraft } from '../../scripts/bench/store-draft';
import { expect, test } from './fixtures';

// A draft of 3 speakers × 10 topics: past the first twelve stances, a stance's fields are
// rendered only when the editor nears them, or when something leads to one of them.
const { debate, source } = generateDebate({ speakers: 3, topics: 10 }, 7, {
  sourceLength: 8_000,
});
const DRAFT_ID = 'large-draft';
const LAST = debate.stances.length - 1;
// One problem, in a stance far down the list.
const BROKEN = 25;
const broken = structuredClone(debate);
broken.stances[BROKEN]!.label = '';

function titleOf(si: number) {
  const stance = debate.stances[si]!;
  const speaker = debate.speakers.find((s) => s.id === stance.speakerId)!.name.hant;
  const topic = debate.topics.find((t) => t.id === stance.topicId)!.heading;
  return `${speaker} on ${topic}`;
}

async function openLargeDraft(page: Page) {
  await page.goto('/studio?lang=en');
  await storeDraft(page, { id: DRAFT_ID, updatedAt: Date.now(), debate: broken, source });
  // The checks run in a worker, so that checking a large draft never blocks typing.
  const checker = page.waitForEvent('worker');
  await page.goto(`/studio?lang=en&draft=${DRAFT_ID}`);
  expect((await checker).url()).toMatch(/check-draft\.worker/);
  await expect(page.locator('#field-title')).toHaveValue(debate.title);
}

test('a large draft renders far stances when they are needed, and every way to one works', async ({
  page,
}) => {
  test.slow();
  await openLargeDraft(page);
  const group = (si: number) => page.getByRole('group', { name: titleOf(si), exact: true });

  // The first stances have their fields; the last one holds its title and a way in.
  await expect(group(0).getByLabel('Label', { exact: true })).toHaveValue(debate.stances[0]!.label);
  await expect(
    group(LAST).getByRole('button', { name: `Show the fields of ${titleOf(LAST)}` }),
  ).toBeAttached();
  await expect(group(LAST).getByLabel('Label', { exact: true })).toHaveCount(0);

  // Reached by keyboard, a stance shows its fields and focus moves to the first of them.
  const keyboardStance = 20;
  const target = group(keyboardStance);
  await expect(target.getByLabel('Label', { exact: true })).toHaveCount(0);
  await target
    .getByRole('button', { name: `Show the fields of ${titleOf(keyboardStance)}` })
    .focus();
  await expect(target.getByLabel('Label', { exact: true })).toBeFocused();

  // A quote's highlight leads to its fields.
  const quote = debate.stances[LAST]!.quotes.at(-1)!;
  await page.locator(`.studio-source mark[data-quote-id="${quote.id}"]`).click();
  await expect(page.locator(`#studio-quote-${quote.id}`)).toBeFocused();
  await expect(group(LAST).getByLabel('Label', { exact: true })).toHaveValue(
    debate.stances[LAST]!.label,
  );

  // A problem, named by its stance rather than a JSON path, leads to its field.
  await page
    .getByRole('link', { name: `${titleOf(BROKEN)}: the label is required: fill it in.` })
    .click();
  await expect(group(BROKEN).getByLabel('Label', { exact: true })).toBeFocused();

  // Scrolling to a stance renders its fields.
  const scrolled = group(15);
  await scrolled.scrollIntoViewIfNeeded();
  await expect(scrolled.getByLabel('Label', { exact: true })).toHaveValue(
    debate.stances[15]!.label,
  );
});
