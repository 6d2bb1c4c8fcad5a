// The performance budgets (bytes, Lighthouse beside each page's no-JS copy, interactions, the matrix at scale) and the table that sets every figure beside its budget.
import path from 'node:path';
import type { InteractionResult } from './interactions.ts';
import type { LighthousePair } from './lighthouse-run.ts';
import { median } from './stats.ts';
import type { RouteSize } from './sizes.ts';
import { OPEN_BUDGETS, OPEN_SIZES, type OpenResults } from './open-from-disk.ts';
import { HOSTILE_BUDGETS, HOSTILE_CASES, type HostileFigures } from './open-hostile.ts';
import { SCALE_MEASUREMENTS, SCALE_SIZES, type ScaleResults } from './scale.ts';
import { EVENT_TIMING_THRESHOLD_MS } from './event-timing.ts';
import { STUDIO_MEASUREMENTS, type StudioResults } from './studio.ts';

export const BUDGETS = {
  jsGzipKB: 105,
  cssGzipKB: 15,
  /** Against each page's own no-JavaScript copy, medians of the pairs. */
  tbtAddedMs: 50,
  lcpRatio: 1.1,
  performanceBelowCopy: 2,
  /** A copy below this has a cost of its own (layout, DOM size, CSS) to find. */
  copyPerformance: 95,
  otherCategories: 100,
  /** Event Timing, the CPU slowed 4×. */
  interactionMs: 100,
};
/** 1 kB = 1000 bytes, as Vite reports sizes. */
const kB = (bytes: number) => bytes / 1000;

export interface Row {
  what: string;
  value: string;
  budget: string;
  /** null: reported, not judged (or not measured). */
  pass: boolean | null;
}

export function sizeRows(sizes: RouteSize[]): Row[] {
  return sizes.flatMap((s) => [
    {
      what: `${s.route}: initial JS (${s.jsFiles.length} files, gzip)`,
      value: `${kB(s.jsGzipBytes).toFixed(1)} kB`,
      budget: `≤ ${BUDGETS.jsGzipKB} kB`,
      pass: kB(s.jsGzipBytes) <= BUDGETS.jsGzipKB,
    },
    {
      what: `${s.route}: the page’s HTML (gzip), with the CSS inlined`,
      value: `${kB(s.htmlGzipBytes).toFixed(1)} kB`,
      budget: 'no budget (reported)',
      pass: null,
    },
    {
      what: `${s.route}: the debate as data, fetched after the first paint (gzip)`,
      value: `${kB(s.dataGzipBytes).toFixed(1)} kB`,
      budget: 'no budget (reported: it is not JavaScript, but it is loaded)',
      pass: null,
    },
    {
      what: `${s.route}: CSS (gzip)`,
      value: `${kB(s.cssGzipBytes).toFixed(1)} kB`,
      budget: `≤ ${BUDGETS.cssGzipKB} kB`,
      pass: kB(s.cssGzipBytes) <= BUDGETS.cssGzipKB,
    },
    {
      what: `${s.route}: web fonts downloaded`,
      value: s.fonts.length === 0 ? 'none' : s.fonts.join(', '),
      budget: 'none',
      pass: s.fonts.length === 0,
    },
  ]);
}

export function lighthouseRows(pairs: LighthousePair[]): Row[] {
  const rows: Row[] = [];
  for (const { route, page, copy } of pairs) {
    const row = (what: string, value: string, budget: string, pass: boolean | null) =>
      rows.push({ what: `${route}: ${what}`, value, budget, pass });
    const ms = (value: number) => `${Math.round(value)} ms`;
    const added = page.tbtMs - copy.tbtMs;
    row(
      'Total Blocking Time the JavaScript adds',
      `${ms(page.tbtMs)} − ${ms(copy.tbtMs)} = ${ms(added)}`,
      `≤ ${BUDGETS.tbtAddedMs} ms`,
      added <= BUDGETS.tbtAddedMs,
    );
    const lcpRatio = page.lcpMs / copy.lcpMs;
    row(
      'LCP ÷ its no-JS copy’s',
      `${ms(page.lcpMs)} ÷ ${ms(copy.lcpMs)} = ${lcpRatio.toFixed(2)}×`,
      `≤ ${BUDGETS.lcpRatio}×`,
      lcpRatio <= BUDGETS.lcpRatio,
    );
    // Lighthouse shows CLS to three decimals; a shift that rounds to 0.000 is none.
    row('CLS', page.cls.toFixed(3), '0', page.cls < 0.0005);
    row(
      'Performance beside its no-JS copy’s',
      `${page.performance} (copy ${copy.performance})`,
      `≥ copy − ${BUDGETS.performanceBelowCopy}`,
      page.performance >= copy.performance - BUDGETS.performanceBelowCopy,
    );
    row(
      'the no-JS copy’s own Performance',
      String(copy.performance),
      `≥ ${BUDGETS.copyPerformance}`,
      copy.performance >= BUDGETS.copyPerformance,
    );
    row(
      'FCP, page and copy (absolute)',
      `${ms(page.fcpMs)}, ${ms(copy.fcpMs)}`,
      'no budget (reported)',
      null,
    );
    for (const [name, value] of [
      ['Accessibility', page.accessibility],
      ['Best Practices', page.bestPractices],
      ['SEO', page.seo],
    ] as const)
      row(name, String(value), `≥ ${BUDGETS.otherCategories}`, value >= BUDGETS.otherCategories);
  }
  return rows;
}

export function interactionRows(results: InteractionResult[]): Row[] {
  return results.map(({ label, durations }) => {
    const value = median(durations);
    return {
      what: `${label} (median of ${durations.length}; slowest ${Math.max(...durations)} ms)`,
      value:
        value <= EVENT_TIMING_THRESHOLD_MS ? `< ${EVENT_TIMING_THRESHOLD_MS} ms` : `${value} ms`,
      budget: `≤ ${BUDGETS.interactionMs} ms`,
      pass: value <= BUDGETS.interactionMs,
    };
  });
}

export function scaleRows(results: ScaleResults): Row[] {
  const largest = SCALE_SIZES.at(-1) ?? 0;
  return SCALE_MEASUREMENTS.map((m) => {
    if (m.notMeasured)
      return {
        what: `${m.label} at ${largest} stances`,
        value: `not measured: ${m.notMeasured}`,
        budget: `≤ ${m.budgetMs} ms`,
        pass: null,
      };
    const value = results[largest]?.[m.id] ?? Number.NaN;
    return {
      what: `${m.label} at ${largest.toLocaleString('en')} stances (median)`,
      value: `${value.toFixed(1)} ms`,
      budget: `≤ ${m.budgetMs} ms`,
      pass: value <= m.budgetMs,
    };
  });
}

export function studioRows(results: StudioResults): Row[] {
  return STUDIO_MEASUREMENTS.map((m) => {
    const value = results[m.id];
    return {
      what: `${m.label} (median of ${m.repetitions})`,
      value:
        m.id !== 'open' && value <= EVENT_TIMING_THRESHOLD_MS
          ? `< ${EVENT_TIMING_THRESHOLD_MS} ms`
          : `${value.toFixed(0)} ms`,
      budget: `≤ ${m.budgetMs} ms`,
      pass: value <= m.budgetMs,
    };
  });
}

/** Opening from disk, per size: time until the matrix shows it, and the longest task meanwhile. */
export function openRows(results: OpenResults): Row[] {
  return OPEN_SIZES.flatMap((size) => {
    const { shownMs, longestTaskMs } = results[size];
    const stances = size.toLocaleString('en');
    return [
      {
        what: `opening ${stances} stances from disk: until the matrix shows them`,
        value: `${Math.round(shownMs)} ms`,
        budget: `≤ ${OPEN_BUDGETS.shownMs[size]} ms`,
        pass: shownMs <= OPEN_BUDGETS.shownMs[size],
      },
      {
        what: `opening ${stances} stances from disk: longest main-thread task`,
        value: `${Math.round(longestTaskMs)} ms`,
        budget: `≤ ${OPEN_BUDGETS.longestTaskMs} ms`,
        pass: longestTaskMs <= OPEN_BUDGETS.longestTaskMs,
      },
    ];
  });
}

/** Each hostile file: how soon the page answered it, and its longest task meanwhile. */
export function hostileRows(results: HostileFigures[]): Row[] {
  return HOSTILE_CASES.flatMap(({ label }, i) => {
    const { answerMs = Number.NaN, longestTaskMs = Number.NaN } = results[i] ?? {};
    return [
      {
        what: `${label}: answered`,
        value: `${Math.round(answerMs)} ms`,
        budget: `≤ ${HOSTILE_BUDGETS.answerMs} ms`,
        pass: answerMs <= HOSTILE_BUDGETS.answerMs,
      },
      {
        what: `${label}: longest main-thread task`,
        value: `${Math.round(longestTaskMs)} ms`,
        budget: `≤ ${HOSTILE_BUDGETS.longestTaskMs} ms`,
        pass: longestTaskMs <= HOSTILE_BUDGETS.longestTaskMs,
      },
    ];
  });
}

/**
 * What the pages load first, file by file, largest first: each file's gzip size and the pages
 * that load it. A chunk is named for the module it starts from (index: the entry, with React,
 * the router and the app's shell).
 */
export function initialJsTable(sizes: RouteSize[]): string {
  const files = new Map<string, { gzipBytes: number; routes: string[] }>();
  for (const { route, jsFiles } of sizes)
    for (const { file, gzipBytes } of jsFiles) {
      const entry = files.get(file) ?? { gzipBytes, routes: [] };
      entry.routes.push(route);
      files.set(file, entry);
    }
  const lines = [...files]
    .sort(([, a], [, b]) => b.gzipBytes - a.gzipBytes)
    .map(([file, { gzipBytes, routes }]) => {
      const where = routes.length === sizes.length ? 'every page' : routes.join(', ');
      return `| ${path.posix.basename(file)} | ${kB(gzipBytes).toFixed(1)} kB | ${where} |`;
    });
  return ['| file | gzip | loaded first by |', '|---|---:|---|', ...lines].join('\n');
}

/** How each measurement grows from the smallest debate to the largest. */
export function growthTable(results: ScaleResults): string {
  const head = `| measurement (median ms) | ${SCALE_SIZES.map((s) => s.toLocaleString('en')).join(' | ')} | ×${(SCALE_SIZES.at(-1) ?? 1) / SCALE_SIZES[0]} stances → × time |`;
  const rule = `|---|${SCALE_SIZES.map(() => '---:').join('|')}|---:|`;
  const lines = SCALE_MEASUREMENTS.map((m) => {
    if (m.notMeasured)
      return `| ${m.label} | ${SCALE_SIZES.map(() => '—').join(' | ')} | not measured: ${m.notMeasured} |`;
    const values = SCALE_SIZES.map((s) => results[s]?.[m.id] ?? Number.NaN);
    const growth = (values.at(-1) ?? Number.NaN) / (values[0] ?? Number.NaN);
    return `| ${m.label} | ${values.map((v) => v.toFixed(1)).join(' | ')} | ×${growth.toFixed(1)} |`;
  });
  return [head, rule, ...lines].join('\n');
}
