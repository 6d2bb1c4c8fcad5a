// The studio at the size an editor may bring: a 50,000-character source with about 500
// quotes (scripts/bench/generate-debate.ts), opened from IndexedDB in the built site. The
// interactions are timed by Chromium's Event Timing API, the figures INP is made of: from the
// input event to the next frame painted once its handlers have run.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
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

/** Event Timing reports only events that took this long or longer. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

export type StudioResults = Record<StudioMeasurement['id'], number>;

const DRAFT_ID = 'bench-draft';

/** Keeps every Event Timing entry of the page in `window.__eventTimings`. */
function recordEventTimings(threshold: number) {
  const w = window as unknown as { __eventTimings: { name: string; duration: number }[] };
  w.__eventTimings = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__eventTimings.push({ name: entry.name, duration: entry.duration });
  }).observe({
    type: 'event',
    durationThreshold: threshold,
    buffered: true,
  } as PerformanceObserverInit);
}

/** The longest event of what `act` does, in ms (the threshold when none reached it). */
async function interaction(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __eventTimings: unknown[] }).__eventTimings.length = 0;
  });
  await act();
  // Entries arrive after the frame the event led to; give the observer time to report them.
  await page.waitForTimeout(400);
  const durations = await page.evaluate(() =>
    (window as unknown as { __eventTimings: { duration: number }[] }).__eventTimings.map(
      (e) => e.duration,
    ),
  );
  return Math.max(EVENT_TIMING_THRESHOLD_MS, ...durations);
}

async function seedDraft(page: Page) {
  const { debate, source } = generateDebate(STUDIO_SHAPE, 1, {
    sourceLength: STUDIO_SOURCE_LENGTH,
  });
  await storeDraft(page, { id: DRAFT_ID, updatedAt: Date.now(), debate, source });
}

/** Ms from navigation start to the end of the first frame painted with the editor in it. */
async function openDraft(page: Page, siteUrl: string): Promise<number> {
  await page.goto(`${siteUrl}/studio?lang=en&draft=${DRAFT_ID}`, { waitUntil: 'commit' });
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
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(recordEventTimings, EVENT_TIMING_THRESHOLD_MS);
    await page.goto(`${siteUrl}/studio?lang=en`);
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
