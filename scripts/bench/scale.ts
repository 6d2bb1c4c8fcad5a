// The matrix at scale: builds the harness page (scripts/bench/harness), opens it in
// Chromium for generated debates of 10 to 10,000 stances, and times each interaction.
import { build } from 'vite';
import { chromium } from '@playwright/test';
import type { BenchApi } from './harness/main.tsx';
import harnessConfig, { HARNESS_OUT_DIR } from './harness/vite.config.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { median } from './stats.ts';
import { serveFolder } from './static-server.ts';

export const SCALE_SIZES = [10, 100, 1000, 10000] as const;

export interface ScaleMeasurement {
  id: 'firstRender' | 'arrowMove' | 'hover' | 'searchKeystroke';
  label: string;
  /** The budget at 10,000 stances, in ms. */
  budgetMs: number;
  /** Why it is not measured yet; absent once it is. */
  notMeasured?: string;
  repetitions: number;
}

// One entry per measurement; each names the BenchApi function that takes it.
export const SCALE_MEASUREMENTS: ScaleMeasurement[] = [
  { id: 'firstRender', label: 'first render', budgetMs: 150, repetitions: 9 },
  { id: 'arrowMove', label: 'arrow-key move', budgetMs: 16, repetitions: 24 },
  { id: 'hover', label: 'hover highlight', budgetMs: 16, repetitions: 24 },
  { id: 'searchKeystroke', label: 'search keystroke', budgetMs: 30, repetitions: 24 },
];

/** Median ms per measurement id, per size; `null` where not measured. */
export type ScaleResults = Record<number, Record<ScaleMeasurement['id'], number | null>>;

export async function measureScale(port: number): Promise<ScaleResults> {
  await build({ configFile: false, ...harnessConfig });
  const server = await serveFolder(HARNESS_OUT_DIR, port);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const results: ScaleResults = {};
    for (const size of SCALE_SIZES) {
      results[size] = { firstRender: null, arrowMove: null, hover: null, searchKeystroke: null };
      for (const measurement of SCALE_MEASUREMENTS) {
        if (measurement.notMeasured) continue;
        // A fresh page per measurement, so one's garbage is not the next one's pause.
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(`${server.url}/?stances=${size}`);
        await page.waitForFunction(() => window.bench !== undefined);
        const times = await page.evaluate(
          ([id, repetitions]) => (window.bench as BenchApi)[id](repetitions),
          [measurement.id, measurement.repetitions] as const,
        );
        await page.close();
        if (errors.length > 0) throw new Error(`harness at ${size} stances: ${errors.join('\n')}`);
        results[size][measurement.id] = median(times);
        console.log(
          `bench: ${measurement.label} at ${size} stances: median ${median(times).toFixed(1)} ms`,
        );
      }
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}
