// npm run bench: builds the app, then measures it against the performance budgets (sizes,
// each page beside its own no-JavaScript copy in Lighthouse, interactions with the CPU slowed
// 4×, the matrix at scale, the studio, opening files), writes bench/results.md and exits
// non-zero when any budget is missed.
//
//   npm run bench            (env: BENCH_PORT, default 4392; the harness uses the next port;
//                             BENCH_PAIRS, Lighthouse pairs a page, default 5)
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  growthTable,
  initialJsTable,
  interactionRows,
  lighthouseRows,
  scaleRows,
  sizeRows,
  hostileRows,
  openRows,
  studioRows,
  type Row,
} from './budgets.ts';
import { BENCH_ROUTES } from './bench-routes.ts';
import { NO_JS_ROOT, noJsRoute, writeNoJsCopies } from './no-js-copy.ts';
import { CPU_SLOWDOWN, measureInteractions } from './interactions.ts';
import { runLighthousePairs, LIGHTHOUSE_PAIRS } from './lighthouse-run.ts';
import { describeMachine, type Machine } from './machine.ts';
import { measureOpening, OPEN_RUNS } from './open-from-disk.ts';
import { measureHostile } from './open-hostile.ts';
import { measureScale, SCALE_MEASUREMENTS } from './scale.ts';
import { measureStudio, STUDIO_SOURCE_LENGTH } from './studio.ts';
import { STUDIO_SHAPE } from './generate-debate.ts';
import { measureSizes } from './sizes.ts';
import { serveFolder } from './static-server.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const buildRoot = path.join(repo, 'build', 'client');
const resultsFile = path.join(repo, 'bench', 'results.md');
const port = Number(process.env.BENCH_PORT ?? 4392);

function table(rows: Row[]): string {
  const mark = (pass: boolean | null) => (pass === null ? '—' : pass ? 'pass' : '**FAIL**');
  return [
    '| what | measured | budget | result |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.budget} | ${mark(r.pass)} |`),
  ].join('\n');
}

function report(
  sections: { title: string; rows: Row[]; notes?: string }[],
  growth: string,
  initialJs: string,
  machine: Machine,
  loadAfter: string,
): string {
  const failed = sections.flatMap((s) => s.rows).filter((r) => r.pass === false);
  return `# Benchmark results

Written by \`npm run bench\` (scripts/bench/) on ${new Date().toISOString()}.
${failed.length === 0 ? 'Every budget is met.' : `**${failed.length} budget(s) missed.**`}

## Machine

| | |
|---|---|
| CPU | ${machine.cpu} |
| cores | ${machine.cores} |
| RAM | ${machine.ramGiB} GiB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| Chromium | ${machine.chromium} |
| load average (1, 5, 15 min) at start | ${machine.loadAverage} |
| load average at end | ${loadAfter} |

${sections.map((s) => `## ${s.title}\n\n${s.notes ? `${s.notes}\n\n` : ''}${table(s.rows)}`).join('\n\n')}

## What each page loads first

${initialJs}

### How the matrix grows with the debate

${growth}
`;
}

async function main() {
  const machine = describeMachine();
  console.log('bench: building the app');
  execSync('npm run build', { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  writeNoJsCopies(buildRoot, BENCH_ROUTES);

  const server = await serveFolder(buildRoot, port);
  let sizes, pairs, interactions, studio, opening, hostile;
  try {
    console.log('bench: sizes and fonts');
    sizes = await measureSizes(buildRoot, server.url, BENCH_ROUTES);
    console.log(`bench: Lighthouse, ${LIGHTHOUSE_PAIRS} pairs a page`);
    pairs = await runLighthousePairs(
      BENCH_ROUTES.map((route) => ({
        route,
        page: server.url + route,
        copy: server.url + noJsRoute(route),
      })),
    );
    console.log(`bench: interactions at ${CPU_SLOWDOWN}× CPU`);
    interactions = await measureInteractions(server.url);
    console.log('bench: the studio');
    studio = await measureStudio(server.url);
    console.log('bench: opening debates from disk');
    opening = await measureOpening(server.url);
    console.log('bench: hostile files');
    hostile = await measureHostile(server.url);
  } finally {
    await server.stop();
    // The no-JavaScript copies are the benchmark's, not the site's.
    rmSync(path.join(buildRoot, NO_JS_ROOT), { recursive: true, force: true });
  }
  if (!studio) throw new Error('no figures for the studio');

  console.log('bench: the matrix at scale');
  const scale = await measureScale(port + 1);

  const lighthouseNotes = [
    'Lighthouse 12.2.3, default mobile settings (simulated throttling). Each page is measured beside its',
    'own no-JavaScript copy: its prerendered HTML with every script and module preload removed and its CSS',
    `kept (served at ${NO_JS_ROOT}/…), so the difference is what the JavaScript costs. ${LIGHTHOUSE_PAIRS} pairs a page,`,
    'the page and its copy one after the other, their order alternating; medians of each. On these small',
    'machines an absolute score swings by twenty points from run to run, so only the differences have budgets.',
    ...pairs.flatMap((p) =>
      p.page.failedAudits.length
        ? [`\nAudits failing on ${p.route}: ${p.page.failedAudits.join(', ')}.`]
        : [],
    ),
  ].join(' ');
  const interactionNotes = [
    `In Chromium at 1280 × 900, the English reading, the CPU slowed ${CPU_SLOWDOWN}× (CDP) once the page has hydrated`,
    'and its data has arrived. Each figure is the longest event of the interaction by the Event Timing API,',
    'from the input to the next frame painted, as INP counts it; Event Timing reports only events of 16 ms',
    'or more. Switching reading is a link to the other reading’s page, a page load: the Lighthouse figures',
    'measure it, not Event Timing.',
  ].join(' ');
  const scaleNotes = [
    'Generated debates (scripts/bench/generate-debate.ts, seeded) rendered by the real DebateMatrix in',
    'its providers (scripts/bench/harness/), in Chromium at 1280 × 900. First render: from',
    '`root.render()` to the end of the first frame painted with the grid. Arrow move and hover: the',
    'input is dispatched at the start of a frame and timed to the end of the first frame painted',
    'with its result, so under 16.7 ms means the very next frame shows it.',
    `Medians of ${SCALE_MEASUREMENTS.filter((m) => !m.notMeasured)
      .map((m) => `${m.repetitions} ${m.label}s`)
      .join(', ')}.`,
  ].join(' ');

  const studioNotes = [
    `A generated draft (scripts/bench/studio.ts) of ${STUDIO_SHAPE.speakers} speakers × ${STUDIO_SHAPE.topics} topics,`,
    `about 500 quotes in a source of ${STUDIO_SOURCE_LENGTH.toLocaleString('en')} characters, stored in IndexedDB and opened`,
    'in the built site, in Chromium at 1280 × 900. Opening: from navigation start to the end of the',
    'first frame painted with the editor. Keystroke (in the Title field) and adding a quote (a line',
    'selected, then the button clicked): the longest event of the interaction by the Event Timing API,',
    'from the input to the next frame painted, as INP counts it. Event Timing reports only events of',
    '16 ms or more; shorter ones show as < 16 ms.',
  ].join(' ');

  const openNotes = [
    'Generated debates (scripts/bench/generate-debate.ts: 20 speakers × 50 topics, 50 × 200, 50 × 400; one quote a stance)',
    'given as debate.json + source.txt to the production build’s “open” control on `/`, in Chromium at',
    '1280 × 900. Time: from the input’s change event to the end of the first frame painted with the',
    'matrix showing the new debate (its first speaker and topic) and the “showing” status. Longest task: the longest main-thread task',
    `(PerformanceObserver \`longtask\`) in that time. The run with the median time of ${OPEN_RUNS}.`,
  ].join(' ');

  const hostileNotes = [
    'The hostile files (tests/hostile/, the same the browser tests open), each given once',
    'to the “open” control on `/` in a fresh page. Answered: from the input’s change event to the',
    'page’s message appearing (for the long source, to /source showing its first paragraph after the',
    'reader follows the link). Longest task: PerformanceObserver `longtask` in that time.',
  ].join(' ');

  const sections = [
    {
      title: 'Size',
      rows: sizeRows(sizes),
      notes:
        'gzip at zlib’s default level; 1 kB = 1000 bytes. Initial JS: what the HTML loads and all it statically imports. Fonts: requests seen loading each page in Chromium.',
    },
    {
      title: 'Lighthouse, each page beside its no-JavaScript copy',
      rows: lighthouseRows(pairs),
      notes: lighthouseNotes,
    },
    {
      title: `Interactions at ${CPU_SLOWDOWN}× CPU slowdown`,
      rows: interactionRows(interactions),
      notes: interactionNotes,
    },
    { title: 'The matrix at scale', rows: scaleRows(scale), notes: scaleNotes },
    { title: 'The studio', rows: studioRows(studio), notes: studioNotes },
    { title: 'Opening a debate from disk', rows: openRows(opening), notes: openNotes },
    { title: 'Hostile files', rows: hostileRows(hostile), notes: hostileNotes },
  ];
  const loadAfter = describeMachine().loadAverage;
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    report(sections, growthTable(scale), initialJsTable(sizes), machine, loadAfter),
  );
  const missed = sections.flatMap((s) => s.rows).filter((r) => r.pass === false);
  console.log(`bench: wrote ${path.relative(repo, resultsFile)}`);
  if (missed.length > 0) {
    console.error(
      `bench: ${missed.length} budget(s) missed:\n${missed.map((r) => `  ${r.what}: ${r.value} (budget ${r.budget})`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
