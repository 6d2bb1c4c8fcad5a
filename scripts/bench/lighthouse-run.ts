// Lighthouse 12 with its default (mobile, simulated throttling) settings, in Debian's
// Chromium; each page several times, keeping the median of every figure.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { median } from './stats.ts';

export const LIGHTHOUSE_RUNS = 3;

export interface LighthouseFigures {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  /** Audits that cost points outside Performance, for the report. */
  failedAudits: string[];
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function figures(url: string, lhr: Lhr): LighthouseFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id}`),
  );
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    failedAudits,
  };
}

export async function runLighthouse(
  urls: string[],
  runs = LIGHTHOUSE_RUNS,
): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const results: LighthouseFigures[] = [];
    for (const url of urls) {
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
        all.push(figures(url, result.lhr));
      }
      const mid = (pick: (f: LighthouseFigures) => number) => median(all.map(pick));
      results.push({
        url,
        performance: mid((f) => f.performance),
        accessibility: mid((f) => f.accessibility),
        bestPractices: mid((f) => f.bestPractices),
        seo: mid((f) => f.seo),
        fcpMs: mid((f) => f.fcpMs),
        lcpMs: mid((f) => f.lcpMs),
        cls: mid((f) => f.cls),
        failedAudits: [...new Set(all.flatMap((f) => f.failedAudits))],
      });
      console.log(`bench: Lighthouse ${url}: performance ${results.at(-1)?.performance}`);
    }
    return results;
  } finally {
    chrome.kill();
  }
}
