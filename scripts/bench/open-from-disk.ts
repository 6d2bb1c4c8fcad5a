// Opening a debate from disk, which once froze the page for seconds: generated debates of 1k, 10k and 20k stances given to
// the production build's "open" control in Chromium, timed from the input's change event to
// the end of the first frame painted with the matrix showing it, with the longest main-thread task
// (PerformanceObserver "longtask") in between.
//
// Run alone against an existing build (no rebuild):
//   BENCH_PORT=4461 npx tsx scripts/bench/open-from-disk.ts   (env BENCH_OPEN_RUNS, default 3)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { BENCH_SHAPES, generateDebate, type DebateShape } from './generate-debate.ts';
import { runAloneOnBuild } from './static-server.ts';

export const OPEN_SIZES = [1000, 10000, 20000] as const;
export type OpenSize = (typeof OPEN_SIZES)[number];

// The scale bench's layouts for 1k and 10k, and twice its 10k for 20k.
const OPEN_SHAPES: Record<OpenSize, DebateShape> = {
  1000: BENCH_SHAPES[1000] ?? { speakers: 20, topics: 50 },
  10000: BENCH_SHAPES[10000] ?? { speakers: 50, topics: 200 },
  20000: { speakers: 50, topics: 400 },
};

/** The budgets for opening: time until the matrix shows the debate, per size; no longer task. */
export const OPEN_BUDGETS = {
  shownMs: { 1000: 1000, 10000: 3000, 20000: 6000 } satisfies Record<OpenSize, number>,
  longestTaskMs: 200,
};

export const OPEN_RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 3);

export interface OpenFigures {
  /** Ms from giving the files to the page to the matrix painted with the debate. */
  shownMs: number;
  /** The longest main-thread task in that time. Both from the run with the median time. */
  longestTaskMs: number;
}

export type OpenResults = Record<OpenSize, OpenFigures>;

interface InPage {
  openTimes: { changedAt?: number; shownAt?: number; tasks: { start: number; ms: number }[] };
}

/**
 * Installs the probes: a long-task observer, and a watch for the status and for the
 * generated debate's first speaker and topic in the grid (generate-debate.ts names them).
 */
function installProbes() {
  const w = window as unknown as InPage;
  w.openTimes = { tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.openTimes.tasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
  // The file input's change event, caught before the app's own handler runs.
  // (No named functions in here: tsx would wrap them in a helper the page does not have.)
  document.addEventListener('change', () => (w.openTimes.changedAt = performance.now()), {
    capture: true,
    once: true,
  });
  const watch = new MutationObserver(() => {
    const status = document.querySelector('[role="status"].open-status')?.textContent ?? '';
    if (!status.includes('正在顯示')) return;
    // The matrix draws only the rows and columns in view: the first of each is the sign.
    const grid = document.querySelector('[role="grid"]')?.textContent ?? '';
    if (!grid.includes('講者1號') || !grid.includes('議題1：')) return;
    watch.disconnect();
    // The end of the frame that paints the rows: the next frame's start, then its task's end.
    requestAnimationFrame(() => setTimeout(() => (w.openTimes.shownAt = performance.now())));
  });
  watch.observe(document.body, { childList: true, subtree: true, characterData: true });
}

async function openOnce(browser: Browser, url: string, size: OpenSize, files: string[]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(`${url}/zh-hant/`);
    // Hydrated (src/app.tsx marks <html>): before that the control does nothing yet.
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // Loading `/` is the other benches' business (and the browser tests'): said, not fatal here.
    for (const error of errors.splice(0)) console.warn(`bench: loading / said: ${error}`);
    await page.evaluate(installProbes);
    await page.getByLabel('開啟辯論檔…').setInputFiles(files, { timeout: 180_000 });
    // Shown, or refused: a refusal (say, a file over a cap) ends the wait with its message.
    const refusal = page.getByRole('alert');
    await page.waitForFunction(
      () =>
        (window as unknown as InPage).openTimes.shownAt ?? document.querySelector('[role="alert"]'),
      null,
      { timeout: 120_000, polling: 250 },
    );
    if (await refusal.isVisible())
      throw new Error(`opening ${size} stances was refused: ${await refusal.innerText()}`);
    const {
      changedAt = Number.NaN,
      shownAt = Number.NaN,
      tasks,
    } = await page.evaluate(() => (window as unknown as InPage).openTimes);
    if (errors.length > 0) throw new Error(`opening ${size} stances: ${errors.join('\n')}`);
    // Long tasks are reported after they end: any that started before the matrix showed count.
    const during = tasks.filter((t) => t.start + t.ms > changedAt && t.start < shownAt);
    return { shownMs: shownAt - changedAt, longestTaskMs: Math.max(0, ...during.map((t) => t.ms)) };
  } finally {
    await page.close();
  }
}

/**
 * Writes the generated debate.json and source.txt to a temporary folder: files given by path
 * reach the page as a reader's would, with no copy through the page's JavaScript (a buffer
 * given to setInputFiles is rebuilt there, in one long task of its own).
 */
function debateFiles(size: OpenSize): string[] {
  const generated = generateDebate(OPEN_SHAPES[size]);
  // One quote a stance, as the budgets were first measured with: with the generator's three, 20,000 stances
  // come to more than the 20 MB file cap (FILE_LIMIT) and are refused unread.
  const stances = generated.debate.stances.map((s) => ({ ...s, quotes: s.quotes.slice(0, 1) }));
  const { source } = generated;
  const debate = { ...generated.debate, stances };
  const folder = mkdtempSync(path.join(tmpdir(), `open-${size}-`));
  writeFileSync(path.join(folder, 'debate.json'), JSON.stringify(debate));
  writeFileSync(path.join(folder, 'source.txt'), source);
  return [path.join(folder, 'debate.json'), path.join(folder, 'source.txt')];
}

/** Opens each size OPEN_RUNS times in a fresh page, on the site served at `url`. */
export async function measureOpening(url: string): Promise<OpenResults> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const results = {} as OpenResults;
    for (const size of OPEN_SIZES) {
      const files = debateFiles(size);
      const runs: OpenFigures[] = [];
      for (let run = 0; run < OPEN_RUNS; run++)
        runs.push(await openOnce(browser, url, size, files));
      // The median run (the upper one of an even count), with its own longest task.
      const sorted = runs.sort((a, b) => a.shownMs - b.shownMs);
      results[size] = sorted[sorted.length >> 1] ?? { shownMs: NaN, longestTaskMs: NaN };
      const { shownMs, longestTaskMs } = results[size];
      console.log(
        `bench: opening ${size} stances from disk: ${shownMs.toFixed(0)} ms to shown, longest task ${longestTaskMs.toFixed(0)} ms (median of ${OPEN_RUNS})`,
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

// Alone: serve the existing build/client and print the figures.
await runAloneOnBuild(import.meta.url, measureOpening);
