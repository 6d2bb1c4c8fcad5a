// Hostile files (each once froze or crashed the page), each given to the production build's "open" control on `/`:
// timed from the input's change event until the page answers (its message, or for the long
// source, /source showing it), with the longest main-thread task in between.
//
// Run alone against an existing build (no rebuild):
//   BENCH_PORT=4461 npx tsx scripts/bench/open-hostile.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { runAloneOnBuild } from './static-server.ts';
import {
  deepNesting,
  manyUnknownKeys,
  hugeMarkupTitle,
  largeWithProblems,
  longSource,
  manyCandidateHits,
  type DebateFiles,
} from '../../tests/hostile/hostile-debates.ts';
import {
  bombZip,
  hugeCountZip,
  loopingZip64Zip,
  manyEntriesZip,
  manyLargeEntriesZip,
} from '../../tests/hostile/hostile-zips.ts';

/** The budgets for hostile files: each case answered within 2 s, and no task over 200 ms meanwhile. */
export const HOSTILE_BUDGETS = { answerMs: 2000, longestTaskMs: 200 };

type Files = Record<string, string | Uint8Array>;
const debate = ({ json, source }: DebateFiles): Files => ({
  'debate.json': json,
  'source.txt': source,
});

export const HOSTILE_CASES: { label: string; files: () => Files; opens?: true }[] = [
  { label: 'many candidate hits', files: () => debate(manyCandidateHits()) },
  { label: 'a huge markup-like title', files: () => debate(hugeMarkupTitle()) },
  { label: 'a 19 MB file with problems', files: () => debate(largeWithProblems()) },
  { label: 'deep nesting', files: () => debate(deepNesting()) },
  {
    label: 'a stance of 1.4 million unknown members (issue 25)',
    files: () => debate(manyUnknownKeys()),
  },
  { label: 'a zip declaring 4 billion entries', files: () => ({ 'count.zip': hugeCountZip() }) },
  { label: 'a zip bomb', files: () => ({ 'bomb.zip': bombZip() }) },
  { label: 'a zip of many entries', files: () => ({ 'many.zip': manyEntriesZip() }) },
  {
    label: 'a zip of 50 entries of 20 MB each (issue 25)',
    files: () => ({ 'many-large.zip': manyLargeEntriesZip() }),
  },
  { label: 'the looping zip64 entry', files: () => ({ 'loop.zip': loopingZip64Zip() }) },
  {
    label: 'a source of 1.5 million lines, shown on /source',
    files: () => debate(longSource()),
    opens: true,
  },
];

export interface HostileFigures {
  answerMs: number;
  longestTaskMs: number;
}

function onDisk(files: Files): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  return Object.entries(files).map(([name, content]) => {
    writeFileSync(path.join(folder, name), content);
    return path.join(folder, name);
  });
}

interface InPage {
  hostile: { changedAt?: number; tasks: { start: number; ms: number }[] };
}

function installProbes() {
  const w = window as unknown as InPage;
  w.hostile = { tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.hostile.tasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
  document.addEventListener('change', () => (w.hostile.changedAt = performance.now()), {
    capture: true,
    once: true,
  });
}

/**
 * Records in the page the time `selector` first appears (a MutationObserver, so the time is
 * the page's own, not the polling's). No named functions inside: tsx would wrap them in a
 * helper the page does not have.
 */
const watchFor = (page: Page, selector: string) =>
  page.evaluate((wanted) => {
    const w = window as unknown as { presentAt?: number };
    w.presentAt = undefined;
    const watch = new MutationObserver(() => {
      if (!document.querySelector(wanted)) return;
      w.presentAt = performance.now();
      watch.disconnect();
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, selector);

async function presentAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { presentAt?: number }).presentAt, null, {
    timeout: 60_000,
    polling: 100,
  });
  return page.evaluate(() => (window as unknown as { presentAt: number }).presentAt);
}

async function answerOnce(browser: Browser, url: string, hostile: (typeof HOSTILE_CASES)[number]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${url}/zh-hant/`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.evaluate(installProbes);
    const files = onDisk(hostile.files());
    await watchFor(page, hostile.opens ? '.open-status .banner' : '[role="alert"]');
    await page.getByLabel('開啟辯論檔…').setInputFiles(files, { timeout: 60_000 });
    let answeredAt = await presentAt(page);
    if (hostile.opens) {
      // Then the reader goes to the source: the answer is the source shown.
      await watchFor(page, '#p-1');
      await page.getByRole('link', { name: '原文', exact: true }).click();
      answeredAt = await presentAt(page);
    }
    const { changedAt = Number.NaN, tasks } = await page.evaluate(
      () => (window as unknown as InPage).hostile,
    );
    const during = tasks.filter((t) => t.start + t.ms > changedAt && t.start < answeredAt);
    return {
      answerMs: answeredAt - changedAt,
      longestTaskMs: Math.max(0, ...during.map((t) => t.ms)),
    };
  } finally {
    await page.close();
  }
}

/** Each hostile case once, in a fresh page, on the site served at `url`. */
export async function measureHostile(url: string): Promise<HostileFigures[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const results: HostileFigures[] = [];
    for (const hostile of HOSTILE_CASES) {
      const figures = await answerOnce(browser, url, hostile);
      results.push(figures);
      console.log(
        `bench: ${hostile.label}: answered in ${figures.answerMs.toFixed(0)} ms, longest task ${figures.longestTaskMs.toFixed(0)} ms`,
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

// Alone: serve the existing build/client and print the figures.
await runAloneOnBuild(import.meta.url, measureHostile);
