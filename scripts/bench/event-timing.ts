// Chromium's Event Timing API, the figures INP is made of: from an input event to the next
// frame painted once its handlers have run. The studio's and the reader's interactions are
// both timed by it.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';

/** Event Timing reports only events that took this long or longer. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

/**
 * Keeps the page's Event Timing entries that belong to an interaction in
 * `window.__eventTimings` (an init script). As INP counts: a press, a click or a key has an
 * interactionId; the pointer passing over things on its way there does not.
 */
export function recordEventTimings(threshold: number) {
  const w = window as unknown as { __eventTimings: { name: string; duration: number }[] };
  w.__eventTimings = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { interactionId } = entry as PerformanceEntry & { interactionId?: number };
      if (interactionId) w.__eventTimings.push({ name: entry.name, duration: entry.duration });
    }
  }).observe({
    type: 'event',
    durationThreshold: threshold,
    buffered: true,
  } as PerformanceObserverInit);
}

/** The longest event of what `act` does, in ms (the threshold when none reached it). */
export async function interaction(page: Page, act: () => Promise<void>): Promise<number> {
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

/**
 * A page at 1280 × 900 in a new headless Chromium that records its interactions' Event
 * Timing, with the page's errors gathered in `errors`. Close `browser` when done.
 */
export async function openTimedPage(): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(recordEventTimings, EVENT_TIMING_THRESHOLD_MS);
  return { browser, page, errors };
}
