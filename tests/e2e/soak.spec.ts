import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A long session, as a reader who never reloads: 2,000 random steps (matrix cells, links,
// Back and Forward, bad links) in one document, in one of the site's three readings. Every
// bad link is first opened cold in each reading. After
// every step the page must have settled without a page error or a console error, still with
// one main landmark holding an h1; at the end, after a forced GC, the JS heap, the DOM nodes
// and the JS event listeners must be within 10% of their level after the first 100 steps, with
// no more documents.
//
// The walk is random but reproducible. npm test walks one fixed seed, so that a failure there
// is the code's and not the dice's; npm run soak walks a fresh random seed each time, to find
// new failures. Either prints its seed, and SOAK_SEED=<seed> replays it. A failure lists the
// last steps taken. SOAK_STEPS shortens the walk while working on it.
//
// A reading is a document of its own (/zh-hant/…, /zh-hans/…, /en/…): its switch is a link
// that loads a page, so the walk, which must stay in one document to compare its memory,
// never follows one; the seed chooses the walk's reading, SOAK_READING names one. Switching
// readings is tested step by step in reading-addresses.spec.ts.

const STEPS = Number(process.env.SOAK_STEPS ?? 2000);
const BASELINE_STEP = 100;
/** How much the heap, the DOM nodes and the event listeners may grow over the walk. */
const TOLERANCE = 1.1;
/** Memory is also measured every so many steps, for the record. */
const SAMPLE_EVERY = 500;
/** Random steps before the walk, unmeasured: see the warm-up. */
const WARM_UP_STEPS = Number(process.env.SOAK_WARM_UP ?? 300);
const HISTORY_SHOWN = 20;

const WEIGHTS = {
  cell: 30,
  link: 25,
  back: 12,
  forward: 8,
  'bad link': 11,
} as const;
type StepKind = keyof typeof WEIGHTS;

/** Each reading's address prefix: the default address (/…) is Traditional, as this browser reads it. */
const READINGS = { 'zh-hant': '', 'zh-hans': '/zh-hans', en: '/en' } as const;
type WalkReading = keyof typeof READINGS;
const READING_LANG: Record<WalkReading, string> = {
  'zh-hant': 'zh-Hant',
  'zh-hans': 'zh-Hans',
  en: 'en',
};
const NOT_FOUND_TITLES = ['找不到這個頁面', '找不到这个页面', 'Page not found'];

/** What a bad link leads to: the not-found page, the page with the bad value ignored, or the canonical URL. */
type Outcome = 'not found' | 'ignored' | { canonical: string };

const BAD_LINKS: [string, Outcome][] = [
  // Unknown ids.
  ['/topics/no-such-topic', 'not found'],
  ['/topics/agi-timing/nobody', 'not found'],
  ['/topics/nobody/yang-shu', 'not found'],
  ['/speakers/nobody', 'not found'],
  ['/speakers/楊蜀-x', 'not found'],
  [`/topics/${'x'.repeat(500)}`, 'not found'],
  ['/topics/..%2F..%2Fetc%2Fpasswd', 'not found'],
  // Malformed percent-encoding.
  ['/topics/%E0%A4%A', 'not found'],
  ['/speakers/%', 'not found'],
  ['/topics/%ZZ/%C0%AF', 'not found'],
  // Extra segments.
  ['/topics/agi-timing/yang-shu/extra', 'not found'],
  ['/source/extra', 'not found'],
  ['/about/x/y', 'not found'],
  ['/no/such/page', 'not found'],
  // Hostile or near-miss query values, and a fragment nothing has.
  ['/topics/agi-timing?script=<script>alert(1)</script>', 'ignored'],
  ['/?lang=xx', 'ignored'],
  ['/topics/open-vs-closed/yang-shu?lang=en%00&script=', 'ignored'],
  ['/speakers/yang-shu?script=hans%20&lang=EN', 'ignored'],
  ['/search?q=<img src=x onerror=alert(1)>', 'ignored'],
  ['/source#no-such-quote', 'ignored'],
  // A trailing slash is the same page, as a static host serves it, and the app drops it.
  ['/speakers/yang-shu/', { canonical: '/speakers/yang-shu' }],
  // Near misses the app corrects.
  ['/topics/AGI-Timing', { canonical: '/topics/agi-timing' }],
  ['/speakers/杨蜀', { canonical: '/speakers/yang-shu' }],
];

/** A small, fast, seedable PRNG (mulberry32). */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    below: (n: number) => Math.floor(next() * n),
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)]!;
    },
    weighted<K extends string>(weights: readonly (readonly [K, number])[]): K {
      let r = next() * weights.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, w] of weights) if ((r -= w) < 0) return key;
      return weights.at(-1)![0];
    },
  };
}

/** The walk npm test takes; any seed would serve, as long as it stays the same. */
const FIXED_SEED = 20261207;

function readingFrom(value: string | undefined, pick: () => WalkReading): WalkReading {
  if (value === undefined || value === '') return pick();
  if (!(value in READINGS))
    throw new Error(
      `SOAK_READING must be one of ${Object.keys(READINGS).join(', ')}, not ${value}`,
    );
  return value as WalkReading;
}

function seedFrom(value: string | undefined): number {
  if (value === undefined || value === '') return FIXED_SEED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)
    throw new Error(`SOAK_SEED must be 'random' or an integer from 0 to 2^32 - 1, not ${value}`);
  return seed;
}

/** What the page must show before a step counts as settled. */
interface Wanted {
  href?: string;
  lang?: string;
}

/** The page once settled: what the checks and the next step need. */
interface Snapshot {
  /** Why the page did not settle in time, if it didn't. */
  unsettled: string | null;
  /** Changes only with a page load. */
  timeOrigin: number;
  href: string;
  lang: string;
  /** The label of the reading switch's current option: 繁體, 简体 or English. */
  reading: string | null;
  mains: number;
  h1: string | null;
  notFound: boolean;
  /** Where Back and Forward lead, when they stay in this document. */
  back: string | null;
  forward: string | null;
  /** The href of each link in the matrix grid, by its place among them. */
  cells: string[];
  /** Links a reader could follow within the site: their place among all links, and href. */
  links: [number, string][];
}

/**
 * Runs in the page: waits until React Router is idle at the address shown, React has no
 * render left to do, what `wanted` asks for holds and the debate is shown in the interface's
 * script and language, twice in a row a task apart; then describes the page.
 */
async function settleInPage({
  wanted,
  notFoundTitles,
  timeoutMs,
}: {
  wanted: Wanted;
  notFoundTitles: string[];
  timeoutMs: number;
}): Promise<Snapshot> {
  interface Internals {
    // The Navigation API, which TypeScript's DOM library leaves out; Chromium has it.
    navigation: {
      entries(): NavigationHistoryEntry[];
      currentEntry: NavigationHistoryEntry | null;
    };
  }
  // React keeps its root on the container it hydrated, #root; an update (a navigation, or a
  // page whose code is still loading) sets the root's pending lanes until React has rendered
  // and committed it.
  const rootElement = document.getElementById('root') ?? {};
  const container = Object.entries(rootElement).find(([key]) =>
    key.startsWith('__reactContainer$'),
  );
  const root = (container?.[1] as { stateNode?: { pendingLanes?: number } } | undefined)?.stateNode;
  const task = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
  const pending = (): string | null => {
    if (!root || document.documentElement.dataset.hydrated !== 'true')
      return 'the app has not hydrated';
    if (root.pendingLanes !== 0) return 'React has a render pending';
    if (wanted.href !== undefined && location.href !== wanted.href)
      return `the address is ${location.href}, not ${wanted.href}`;
    const lang = document.documentElement.lang;
    if (wanted.lang !== undefined && lang !== wanted.lang)
      return `<html lang> is ${lang}, not ${wanted.lang}`;
    // The debate's title in the header carries its own lang while the debate is still in
    // another script or language than the interface: a conversion is loading.
    const title = document.querySelector('header .site-debate');
    if (title?.hasAttribute('lang'))
      return `the debate is still in ${title.getAttribute('lang')}, the interface in ${lang}`;
    return null;
  };

  const deadline = performance.now() + timeoutMs;
  let unsettled = pending();
  for (let quiet = 0; quiet < 2 && performance.now() < deadline; ) {
    await task();
    unsettled = pending();
    quiet = unsettled === null ? quiet + 1 : 0;
  }

  const followable = (a: HTMLAnchorElement) => {
    if (a.hasAttribute('download') || (a.target !== '' && a.target !== '_self')) return false;
    // A link to another reading (hreflang) loads that reading's page, and a link to a file
    // (the method's codings, the codebook) loads the file: each a new document.
    if (a.hreflang !== '' || /\.[a-z0-9]+$/i.test(new URL(a.href).pathname)) return false;
    if (new URL(a.href).origin !== location.origin) return false;
    const box = a.getBoundingClientRect();
    // Shown and within reach: not hidden, not parked above the page like the skip link.
    return (
      a.checkVisibility({ visibilityProperty: true }) &&
      box.width > 0 &&
      box.height > 0 &&
      box.bottom + scrollY > 0 &&
      box.right + scrollX > 0
    );
  };
  const { navigation } = window as unknown as Internals;
  const entries = navigation.entries();
  const index = navigation.currentEntry?.index ?? -1;
  const inThisDocument = (at: number) => {
    const entry = entries[at];
    return entry?.sameDocument && entry.url ? entry.url : null;
  };
  const main = document.querySelector('main');
  return {
    unsettled,
    timeOrigin: performance.timeOrigin,
    href: location.href,
    lang: document.documentElement.lang,
    reading: document.querySelector('header [aria-current="true"][hreflang]')?.textContent ?? null,
    mains: document.querySelectorAll('main, [role="main"]').length,
    h1: main?.querySelector('h1')?.textContent?.trim() || null,
    notFound: [...(main?.querySelectorAll('h1, h2') ?? [])].some((h) =>
      notFoundTitles.includes(h.textContent?.trim() ?? ''),
    ),
    back: inThisDocument(index - 1),
    forward: inThisDocument(index + 1),
    cells: [...document.querySelectorAll<HTMLAnchorElement>('[role="grid"] a[href]')].map(
      (a) => a.href,
    ),
    links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].flatMap(
      (a, i): [number, string][] => (followable(a) ? [[i, a.href]] : []),
    ),
  };
}

/** The page's global object, per CDP session: what `run` calls functions on. */
const globals = new WeakMap<CDPSession, string>();

/**
 * Runs `fn(arg)` in the page, through the CDP session. The walk makes some ten thousand calls
 * into the page, and each of Playwright's own costs about 20 ms on a small machine (it
 * records a step, with its stack, for the report); a CDP call costs a few. The function's
 * source is the same each time, so the page compiles it once.
 */
async function run<A, R>(cdp: CDPSession, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    let objectId = globals.get(cdp);
    if (!objectId) {
      ({ objectId } = (await cdp.send('Runtime.evaluate', { expression: 'globalThis' })).result);
      globals.set(cdp, objectId!);
    }
    try {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: fn.toString(),
        objectId,
        arguments: [{ value: arg }],
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(
          `in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
        );
      return result.value as R;
    } catch (error) {
      // A page load leaves the old global object behind: find the new one, once.
      if (attempt > 1 || !/Could not find object|Cannot find context/.test(String(error)))
        throw error;
      globals.delete(cdp);
    }
  }
}

async function settle(cdp: CDPSession, wanted: Wanted = {}): Promise<Snapshot> {
  const snapshot = await run(cdp, settleInPage, {
    wanted,
    notFoundTitles: NOT_FOUND_TITLES,
    timeoutMs: 10_000,
  });
  // Checked without expect() unless they fail: its bookkeeping, thousands of times, is slow.
  if (snapshot.unsettled) throw new Error(`the page did not settle: ${snapshot.unsettled}`);
  if (snapshot.mains !== 1) expect(snapshot.mains, `main landmarks on ${snapshot.href}`).toBe(1);
  if (!snapshot.h1)
    expect(snapshot.h1, `an h1 in the main landmark of ${snapshot.href}`).toBeTruthy();
  return snapshot;
}

/** Waits for React to hydrate a page just loaded: until then a click on a link reloads. */
async function hydrated(page: Page, cdp: CDPSession, wanted: Wanted = {}): Promise<Snapshot> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber$'));
  });
  return settle(cdp, wanted);
}

/**
 * Opens `path` without a page load, the way React Router hears of Back and Forward: the
 * address changes (a new history entry, stamped as the router stamps its own) and a popstate
 * follows. Returns the address as the browser wrote it.
 */
function openInPlace(cdp: CDPSession, path: string, key: string): Promise<string> {
  return run(
    cdp,
    ({ path, key }) => {
      const idx = (history.state as { idx?: unknown } | null)?.idx;
      history.pushState({ usr: null, key, idx: typeof idx === 'number' ? idx + 1 : 0 }, '', path);
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
      return location.href;
    },
    { path, key },
  );
}

/**
 * Clicks an element with the mouse, as a reader would: the `index`th that `selector` finds,
 * or the one with the text `text`; scrolled to first if need be, then pressed where it
 * shows. When no scrolling uncovers it, Playwright's click, which waits and retries, does it.
 */
async function click(
  page: Page,
  cdp: CDPSession,
  selector: string,
  which: { index: number } | { text: string },
) {
  const point = await run(
    cdp,
    async ({ selector, which }) => {
      const all = [...document.querySelectorAll(selector)];
      const element =
        'text' in which ? all.find((e) => e.textContent === which.text) : all[which.index];
      const reachable = () => {
        // The middle of the first line, for a link that wraps.
        const line = element?.getClientRects()[0];
        if (!element || !line) return null;
        const x = line.left + line.width / 2;
        const y = line.top + line.height / 2;
        const hit = document.elementFromPoint(x, y);
        return hit && element.contains(hit) ? { x, y } : null;
      };
      // Content laid out only as it nears the viewport (content-visibility: auto) takes its
      // real size a few frames after a scroll (the browser learns what is near the viewport
      // between frames), and scroll anchoring follows: the element is pressed once it has
      // stayed put for four frames.
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const settled = async () => {
        let last = '';
        let still = 0;
        for (let frames = 0; frames < 60 && still < 4; frames++) {
          await frame();
          const box = element?.getBoundingClientRect();
          const now = `${box?.left},${box?.top},${scrollX},${scrollY}`;
          still = now === last ? still + 1 : 0;
          last = now;
        }
      };
      // scrollIntoView() alone can leave an element out of view: the matrix is sticky,
      // and taller than a small window, so its last rows show only at the end of the page.
      const scrolls = [
        () => element?.scrollIntoView({ block: 'nearest', behavior: 'instant' }),
        () => element?.scrollIntoView({ block: 'center', behavior: 'instant' }),
        // The end of the page moves as the cards near it take their real height.
        async () => {
          for (let tries = 0; tries < 10; tries++) {
            const height = document.documentElement.scrollHeight;
            window.scrollTo({ top: height, behavior: 'instant' });
            await settled();
            if (document.documentElement.scrollHeight === height) break;
          }
        },
      ];
      let point = reachable();
      for (const scroll of scrolls) {
        if (point) break;
        await scroll();
        await settled();
        point = reachable();
      }
      return point;
    },
    { selector, which },
  );
  if (point) {
    // What page.mouse.click() sends.
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...point });
    for (const type of ['mousePressed', 'mouseReleased'] as const)
      await cdp.send('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: 1 });
  } else if ('text' in which)
    await page.locator(selector).getByText(which.text, { exact: true }).click();
  else await page.locator(selector).nth(which.index).click();
}

/** Back (-1) or Forward (1), as the browser's buttons do it; expects to arrive at `href`. */
async function traverse(cdp: CDPSession, delta: -1 | 1, href: string) {
  const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
  const entry = entries[currentIndex + delta];
  if (entry?.url !== href)
    throw new Error(`the history entry ${delta} away is ${entry?.url}, not ${href}`);
  await cdp.send('Page.navigateToHistoryEntry', { entryId: entry.id });
}

/** What a leak would grow: the JS heap and the DOM, both after a forced, full collection. */
interface Memory {
  heap: number;
  /** Documents, DOM nodes and JS event listeners alive in the renderer (CDP Memory domain). */
  documents: number;
  nodes: number;
  listeners: number;
}

async function memoryAfterGc(cdp: CDPSession): Promise<Memory> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    heap: usedSize,
    documents: counters.documents,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
  };
}

const describeMemory = (m: Memory) =>
  `heap ${megabytes(m.heap)}, ${m.documents} documents, ${m.nodes} nodes, ${m.listeners} listeners`;

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

// A trace of thousands of actions would be enormous, and its DOM snapshots would run in the
// page's own heap; the seed and the step log replay a failure instead. Reduced motion makes
// the scroll to a quote in the source instant: a smooth one moves the links under the
// pointer for a moment after the page has otherwise settled.
test.use({ trace: 'off', reducedMotion: 'reduce' });

test('a long session of random steps breaks nothing and leaks nothing', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(12 * 60_000);
  const seed = seedFrom(process.env.SOAK_SEED);
  const random = prng(seed);
  const reading = readingFrom(process.env.SOAK_READING, () =>
    random.pick(Object.keys(READINGS) as WalkReading[]),
  );
  /** `path` (an app path) in the walk's reading. */
  const inReading = (path: string) => `${READINGS[reading]}${path}`;
  console.log(`soak: seed ${seed}, reading ${reading} (SOAK_SEED=${seed} replays this walk)`);
  test.info().annotations.push({ type: 'seed', description: `${seed}, reading ${reading}` });

  const problems: string[] = [];
  let coldLoad = false;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Only a cold-loaded unknown URL is served with status 404 (Chromium logs it).
    if (message.type() !== 'error') return;
    if (coldLoad && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('crash', () => problems.push('the page crashed'));
  const expectNoProblems = () => {
    if (problems.length > 0) expect(problems, problems.join('\n')).toEqual([]);
  };

  const history: string[] = [];
  const record = (line: string) => {
    history.push(line);
    if (history.length > 2 * HISTORY_SHOWN) history.splice(0, HISTORY_SHOWN);
  };
  async function reportFailure(error: unknown): Promise<never> {
    const last = history.slice(-HISTORY_SHOWN).join('\n');
    await test.info().attach('last steps', { body: last, contentType: 'text/plain' });
    console.log(`soak: failed with seed ${seed}; the last steps:\n${last}`);
    throw error;
  }

  /** Checks that a bad link led where it should; `before` is a page in the same reading. */
  function expectOutcome(path: string, outcome: Outcome, before: Snapshot, after: Snapshot) {
    if (outcome === 'not found') {
      if (!after.notFound) expect(after.notFound, `${path} shows the not-found page`).toBe(true);
      return;
    }
    if (after.notFound) expect(after.notFound, `${path} shows a page`).toBe(false);
    // The canonical address was the one to settle at; an ignored value changes nothing.
    if (outcome === 'ignored' && after.reading !== before.reading)
      expect(after.reading, `${path} leaves the reading alone`).toBe(before.reading);
  }

  /** What a bad link must settle at; `prefix` is its reading's. */
  const wantedAfter = (outcome: Outcome, href: string, before: Snapshot, prefix: string): Wanted =>
    typeof outcome === 'object'
      ? { href: new URL(`${prefix}${outcome.canonical}`, baseURL).href }
      : { href, ...(outcome === 'ignored' && { lang: before.lang }) };

  let now: Snapshot;

  /** One random step from the page shown, recorded as `label`. */
  async function randomStep(label: string) {
    const before = now;
    const kinds = (Object.entries(WEIGHTS) as [StepKind, number][]).filter(([kind]) => {
      if (kind === 'cell') return before.cells.length > 0;
      if (kind === 'link') return before.links.length > 0;
      if (kind === 'back') return before.back !== null;
      if (kind === 'forward') return before.forward !== null;
      return true;
    });
    const kind = random.weighted(kinds);
    if (kind === 'cell') {
      const index = random.below(before.cells.length);
      const href = before.cells[index]!;
      record(`${label} cell ${href}`);
      await click(page, cdp, '[role="grid"] a[href]', { index });
      now = await settle(cdp, { href });
    } else if (kind === 'link') {
      const [index, href] = random.pick(before.links);
      record(`${label} link ${href}`);
      await click(page, cdp, 'a[href]', { index });
      now = await settle(cdp, { href });
    } else if (kind === 'back') {
      record(`${label} back to ${before.back}`);
      await traverse(cdp, -1, before.back!);
      now = await settle(cdp, { href: before.back! });
    } else if (kind === 'forward') {
      record(`${label} forward to ${before.forward}`);
      await traverse(cdp, 1, before.forward!);
      now = await settle(cdp, { href: before.forward! });
    } else {
      const [path, outcome] = random.pick(BAD_LINKS);
      record(`${label} bad link ${inReading(path)} from ${before.href}`);
      const href = await openInPlace(cdp, inReading(path), `soak-${label}`);
      now = await settle(cdp, wantedAfter(outcome, href, before, READINGS[reading]));
      expectOutcome(path, outcome, before, now);
    }
    expectNoProblems();
  }

  const cdp = await page.context().newCDPSession(page);

  await test.step('every bad link, opened cold in each reading', async () => {
    coldLoad = true;
    // Every bad link, each a page load: a prerendered page never sees a link's query or
    // #fragment, so what they change must not break hydration.
    for (const [each, prefix] of Object.entries(READINGS)) {
      await page.goto(`${prefix}/`);
      const before = await hydrated(page, cdp, { lang: READING_LANG[each as WalkReading] });
      for (const [path, outcome] of BAD_LINKS) {
        record(`cold load ${prefix}${path}`);
        await page.goto(`${prefix}${path}`);
        const href = await page.evaluate(() => location.href);
        expectOutcome(
          path,
          outcome,
          before,
          await hydrated(page, cdp, wantedAfter(outcome, href, before, prefix)),
        );
        expectNoProblems();
      }
    }
    coldLoad = false;
  });

  // From here on everything happens in this one document, so its heap can be compared.
  await page.goto(inReading(random.pick(['/', '/topics/agi-timing', '/source', '/about'])));
  now = await hydrated(page, cdp, { lang: READING_LANG[reading] });
  const walkDocument = now.timeOrigin;

  await test.step('warm-up', async () => {
    // Some memory is taken once and kept: what loads on first use (the page modules, the
    // Simplified debate and source, the search's character table) and the code V8 compiles
    // as the app's functions run hot. A leak grows with every step; these stop growing. A
    // tour of every kind of page loads what loads once; random
    // steps then warm up the compiled code, which would otherwise outgrow the 10% margin on
    // its own (a megabyte of optimised code over the walk, by heap snapshots).
    const pages = [
      '/',
      '/topics/agi-timing',
      '/topics/agi-timing/yang-shu',
      '/speakers/cai-hengjin',
      '/source',
      '/about',
      '/search?q=開源',
      '/no/such/page',
    ];
    try {
      for (const path of pages)
        now = await settle(cdp, {
          href: await openInPlace(cdp, inReading(path), `tour-${now.href}`),
        });
      record(`tour of every kind of page`);
      // Playwright's own click, which click() falls back on, installs its script and its
      // listeners in the page the first time it runs (a megabyte and 13 listeners, kept):
      // memory taken once, so it is taken here.
      await page.locator('header .site-name').click();
      now = await settle(cdp, { href: new URL(inReading('/'), page.url()).href });
      record(`Playwright's click on the site's name`);
      for (let step = 1; step <= WARM_UP_STEPS; step++) await randomStep(`warm-up ${step}`);
    } catch (error) {
      await reportFailure(error);
    }
  });

  /** Memory, measured on the same page each time. */
  async function measure(step: number): Promise<[number, Memory]> {
    // What the page holds depends on what it shows (the source is a far larger page than
    // the overview), and React keeps hold of the page before for a while: open the overview
    // twice.
    for (const hop of [1, 2])
      now = await settle(cdp, {
        href: await openInPlace(cdp, inReading('/'), `memory-${step}-${hop}`),
      });
    record(`${step} memory measured on ${now.href}`);
    return [step, await memoryAfterGc(cdp)];
  }

  const started = performance.now();
  const measured = await test.step(`${STEPS} random steps`, async () => {
    const samples: [number, Memory][] = [];
    try {
      for (let step = 1; step <= STEPS; step++) {
        await randomStep(String(step));
        if (now.timeOrigin !== walkDocument)
          expect(now.timeOrigin, 'the walk stays in one document').toBe(walkDocument);
        if (step === BASELINE_STEP || step % SAMPLE_EVERY === 0 || step === STEPS)
          samples.push(await measure(step));
      }
    } catch (error) {
      await reportFailure(error);
    }
    return samples;
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);

  const report = measured.map(([step, m]) => `${step}: ${describeMemory(m)}`).join('\n');
  console.log(`soak: ${STEPS} steps in ${seconds} s; after a forced GC, by step:\n${report}`);
  test.info().annotations.push({ type: 'memory after a forced GC, by step', description: report });
  const baseline = measured.find(([step]) => step === BASELINE_STEP)![1];
  const last = measured.at(-1)![1];
  const since = `after ${STEPS} steps than after ${BASELINE_STEP}`;
  expect
    .soft(last.heap, `heap ${since}: ${megabytes(last.heap)} vs ${megabytes(baseline.heap)}`)
    .toBeLessThanOrEqual(baseline.heap * TOLERANCE);
  // Every page of the walk is drawn in the one document: a second would be a detached one.
  expect.soft(last.documents, `documents ${since}`).toBeLessThanOrEqual(baseline.documents);
  expect.soft(last.nodes, `DOM nodes ${since}`).toBeLessThanOrEqual(baseline.nodes * TOLERANCE);
  expect
    .soft(last.listeners, `JS event listeners ${since}`)
    .toBeLessThanOrEqual(baseline.listeners * TOLERANCE);
});
