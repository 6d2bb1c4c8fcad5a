// The studio at the size an editor may bring: a 50,000-character source with about 500
// quotes (scripts/bench/generate-debate.ts), opened from IndexedDB in the built site. The
// interactions are timed by Chromium's Event Timing API, the figures INP is made of: from the
// input event to the next frame painted once its handlers have run.
import type { Page } from '@playwright/test';
import { interaction, openTimedPage } from './event-timing.ts';
import { generateDebate, STUDIO_SHAPE } from './generate-debate.ts';
import { median } from './stats.ts';
import { storeDraft } from './store-draft.ts';

export const STUDIO_SOURCE_LENGTH = 50_000;

export interface StudioMeasurement {
  id: 'open' | 'keystroke' | 'addQuote';
  label: string;
  budgetMs: number;
  repetitions: number;
}

export const STUDIO_MEASUREMENTS: StudioMeasurement[] = [
  { id: 'open', label: 'opening a draft, to the editor painted', budgetMs: 1000, repetitions: 5 },
  { id: 'keystroke', label: 'a keystroke in a field', budgetMs: 50, repetitions: 20 },
  { id: 'addQuote', label: 'adding a quote', budgetMs: 100, repetitions: 6 },
];

const DRAFT_ID = 'bench-draft';

async function seedDraft(page: Page) {
  const { debate, source } = generateDebate(STUDIO_SHAPE, 1, {
    sourceLength: STUDIO_SOURCE_LENGTH,
  });
  await storeDraft(page, { id: DRAFT_ID, updatedAt: Date.now(), debate, source });
}

/** Ms from navigation start to the end of the first frame painted with the editor in it. */
async function openDraft(page: Page, siteUrl: string): Promise<number> {
  await page.goto(`${siteUrl}/en/studio?draft=${DRAFT_ID}`, { waitUntil: 'commit' });
  // A string, not a function: tsx would wrap the inner functions in a helper the page lacks.
  return page.evaluate<number>(`new Promise((resolve) => {
    const ready = () => {
      const title = document.querySelector('#field-title');
      return title !== null && title.value !== '' && document.querySelectorAll('.studio-line').length > 100;
    };
    const check = () => {
      if (!ready()) return requestAnimationFrame(check);
      // Resolves after the frame the rAF callback preceded has been painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(check);
  })`);
}

/** Selects line `line` (1-based) of the source pane, as a mouse selection would. */
async function selectLine(page: Page, line: number) {
  await page.evaluate((n) => {
    const element = document.querySelectorAll('.studio-line')[n - 1];
    const text = element?.firstChild;
    if (!text?.textContent) throw new Error(`line ${n} has no text`);
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, text.textContent.trimEnd().length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, line);
  await page.getByText(`Selected: line ${line},`).waitFor();
}

export async function measureStudio(siteUrl: string): Promise<StudioResults> {
  const { browser, page, errors } = await openTimedPage();
  try {
    await page.goto(`${siteUrl}/en/studio`);
    await seedDraft(page);

    const times: Record<StudioMeasurement['id'], number[]> = {
      open: [],
      keystroke: [],
      addQuote: [],
    };
    const repetitions = (id: StudioMeasurement['id']) =>
      STUDIO_MEASUREMENTS.find((m) => m.id === id)?.repetitions ?? 1;
    for (let i = 0; i < repetitions('open'); i++) times.open.push(await openDraft(page, siteUrl));

    // By id: a label lookup walks every one of the draft's thousands of fields.
    const title = page.locator('#field-title');
    await title.click();
    for (let i = 0; i < repetitions('keystroke'); i++)
      times.keystroke.push(await interaction(page, () => page.keyboard.press('a')));

    // The padding paragraphs at the end of the source: text no quote holds yet.
    const lineCount = await page.locator('.studio-line').count();
    const add = page.locator('.studio-source').getByRole('button', { name: 'Add quote' });
    for (let i = 0; i < repetitions('addQuote'); i++) {
      await selectLine(page, lineCount - i);
      times.addQuote.push(await interaction(page, () => add.click()));
    }
    if (errors.length > 0) throw new Error(`studio: ${errors.join('\n')}`);

    const results = {
      open: median(times.open),
      keystroke: median(times.keystroke),
      addQuote: median(times.addQuote),
    };
    for (const m of STUDIO_MEASUREMENTS)
      console.log(`bench: studio, ${m.label}: median ${results[m.id].toFixed(0)} ms`);
    return results;
  } finally {
    await browser.close();
  }
}
