// Lighthouse 12 with its default (mobile, simulated throttling) settings, in Debian's
// Chromium. Each page is measured in pairs with its own no-JavaScript copy, the two runs of a
// pair one after the other and their order alternating, so a machine that slows down or
// speeds up mid-run weighs on both alike; the medians of the pairs are compared.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { median } from './stats.ts';

/** Pairs a page; BENCH_PAIRS sets more (or fewer while working on the bench). */
export const LIGHTHOUSE_PAIRS = Number(process.env.BENCH_PAIRS ?? 5);

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points outside Performance, for the report. */
  failedAudits: string[];
}

/** A page and its no-JavaScript copy, each the medians of its runs. */
export interface LighthousePair {
  route: string;
  page: LighthouseFigures;
  copy: LighthouseFigures;
  pairs: number;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function figures(lhr: Lhr): LighthouseFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    failedAudits,
  };
}

function medians(all: LighthouseFigures[]): LighthouseFigures {
  const mid = (pick: (f: LighthouseFigures) => number) => median(all.map(pick));
  return {
    performance: mid((f) => f.performance),
    accessibility: mid((f) => f.accessibility),
    bestPractices: mid((f) => f.bestPractices),
    seo: mid((f) => f.seo),
    fcpMs: mid((f) => f.fcpMs),
    lcpMs: mid((f) => f.lcpMs),
    tbtMs: mid((f) => f.tbtMs),
    cls: mid((f) => f.cls),
    failedAudits: [...new Set(all.flatMap((f) => f.failedAudits))],
  };
}

/** Measures each `{ route, page, copy }` (URLs) in `pairs` alternating pairs. */
export async function runLighthousePairs(
  targets: { route: string; page: string; copy: string }[],
  pairs = LIGHTHOUSE_PAIRS,
): Promise<LighthousePair[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  const run = async (url: string) => {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return figures(result.lhr);
  };
  try {
    const results: LighthousePair[] = [];
    for (const { route, page, copy } of targets) {
      const pageRuns: LighthouseFigures[] = [];
      const copyRuns: LighthouseFigures[] = [];
      for (let i = 0; i < pairs; i++) {
        if (i % 2 === 0) {
          pageRuns.push(await run(page));
          copyRuns.push(await run(copy));
        } else {
          copyRuns.push(await run(copy));
          pageRuns.push(await run(page));
        }
      }
      const pair = { route, page: medians(pageRuns), copy: medians(copyRuns), pairs };
      results.push(pair);
      console.log(
        `bench: Lighthouse ${route}: performance ${pair.page.performance} (no-JS copy ${pair.copy.performance}), TBT ${Math.round(pair.page.tbtMs)} ms (copy ${Math.round(pair.copy.tbtMs)} ms)`,
      );
    }
    return results;
  } finally {
    chrome.kill();
  }
}
