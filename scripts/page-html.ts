// One prerendered page as it ships, made from the client build's index.html:
//
// - the page's head tags and the app's HTML fill the template's two placeholders;
// - the stylesheet is inlined as a <style> (allowed by its hash in the page's CSP, see
//   scripts/add-csp.mjs), so the first paint waits for no request but the page itself;
// - <html lang> is the page's reading's;
// - a page at a default address (/…, no reading in it) carries, first thing in its head, the
//   inline script that sends a reader with another reading to that reading's address before
//   anything is painted (scripts/negotiate-reading.js);
// - the app's entry script becomes an inline bootstrap that waits until the browser reports
//   the first contentful paint (a frame's raster can be presented well after the main thread
//   has moved on, so one frame is not enough), and only then preloads the entry's modules,
//   requests the debate's data in the page's reading and imports the entry and the page's
//   own lazily loaded code, its reading's catalogue among them. Nothing competes with the
//   page for its first paint. A page in a background tab, which paints nothing, does not
//   wait; nor does any page for more than 3 s.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PageParts {
  /** The page's head tags, as HTML. */
  head: string;
  /** The app's HTML, for #root. */
  body: string;
  /** URLs of the JS modules the page's own lazily loaded code needs. */
  pageModules: string[];
  /** The page's reading (zh-hant, zh-hans, en) and its `lang`. */
  reading: string;
  lang: string;
  /** Whether the page's address names its reading; else it is a default address. */
  explicit: boolean;
  /**
   * The URL of the debate's data in each reading: the app hydrates with its page's, which the
   * bootstrap requests at once, and asks for another only when a page is shown at an address
   * in another reading (the static host's not-found page).
   */
  dataUrls: Record<string, string>;
  /** For a default address, the inline script that sends a reader to their reading. */
  negotiation?: string;
  /** The static host's not-found page: the app hydrates it as prerendered, then moves on. */
  fallback?: boolean;
  /**
   * The app path the page was prerendered for. A host may serve it at another address (an
   * `index.html` fallback answers every unknown path with the overview): the app compares
   * and, where they differ, shows the page the address names (src/lib/prerendered-path.ts).
   */
  path?: string;
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The longest the scripts wait for the first paint. */
const PAINT_WAIT_LIMIT_MS = 3000;

const HTML_LANG = /<html lang="[^"]*">/;
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULEPRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;

function bootstrap(
  entry: string,
  preloads: string[],
  { dataUrls, reading, pageModules }: PageParts,
) {
  const own = dataUrls[reading];
  if (!own) throw new Error(`no debate data for the reading ${reading}`);
  return [
    'await new Promise((resolve) => {',
    '  const fcp = "first-contentful-paint";',
    '  if (document.visibilityState === "hidden" || performance.getEntriesByName(fcp).length > 0)',
    '    return resolve();',
    '  if (!PerformanceObserver.supportedEntryTypes?.includes("paint"))',
    '    return requestAnimationFrame(() => setTimeout(resolve, 0));',
    '  new PerformanceObserver((list, observer) => {',
    '    if (list.getEntriesByName(fcp).length === 0) return;',
    '    observer.disconnect();',
    '    resolve();',
    '  }).observe({ type: "paint" });',
    // A page that never paints (hidden before it could) must not wait for ever.
    `  setTimeout(resolve, ${PAINT_WAIT_LIMIT_MS});`,
    '});',
    `for (const href of ${JSON.stringify(preloads)}) {`,
    '  const link = document.createElement("link");',
    '  link.rel = "modulepreload";',
    '  link.href = href;',
    '  document.head.append(link);',
    '}',
    // The app reads the response; should the request fail, it says so (src/model/page-debate.ts).
    `const requests = { ${JSON.stringify(reading)}: fetch(${JSON.stringify(own)}) };`,
    `const dataUrls = ${JSON.stringify(dataUrls)};`,
    'window.__debateData = (reading) => (requests[reading] ??= fetch(dataUrls[reading]));',
    `requests[${JSON.stringify(reading)}].catch(() => {});`,
    ...pageModules.map((url) => `import(${JSON.stringify(url)});`),
    `import(${JSON.stringify(entry)});`,
  ].join('\n');
}

/**
 * The page for `parts`, from the built `template`; `readAsset` reads a file the template
 * links to by its URL (for the stylesheet).
 */
export function pageHtml(
  template: string,
  parts: PageParts,
  readAsset: (url: string) => string,
): string {
  const entry = ENTRY_SCRIPT.exec(template)?.[1];
  if (!entry) throw new Error('index.html: the build wrote no module script for the app');
  if (
    !template.includes('<!--page-head-->') ||
    !template.includes('<!--reading-negotiation-->') ||
    !template.includes('<div id="root"><!--page-body--></div>') ||
    !HTML_LANG.test(template)
  )
    throw new Error(
      'index.html: the page-head, reading-negotiation or page-body placeholder, or <html lang>, is missing',
    );
  const preloads = [...template.matchAll(MODULEPRELOAD)].flatMap((m) => m[1] ?? []);
  const script = bootstrap(entry, preloads, parts);
  const marks = [
    parts.path === undefined ? '' : ` data-path="${attribute(parts.path)}"`,
    ` data-reading="${attribute(parts.reading)}"`,
    parts.explicit ? ' data-explicit' : '',
    parts.fallback ? ' data-fallback' : '',
  ].join('');
  const root = `<div id="root"${marks}>${parts.body}</div>`;
  const negotiation = parts.negotiation ? `<script>${parts.negotiation}</script>` : '';
  return template
    .replace(HTML_LANG, () => `<html lang="${attribute(parts.lang)}">`)
    .replace('<!--reading-negotiation-->', () => negotiation)
    .replace('<!--page-head-->', () => parts.head)
    .replace(STYLESHEET, (_link, href: string) => {
      const css = readAsset(href);
      if (/<\/style/i.test(css)) throw new Error(`${href}: cannot be inlined (contains </style)`);
      // The disabled link is never fetched or applied; it tells Vite's loader of lazy chunks
      // that this stylesheet is in the page, which would otherwise link it again when the
      // first chunk loads: a second copy of every rule, and every element's style recomputed.
      return `<style>${css}</style><link rel="stylesheet" href="${href}" disabled>`;
    })
    .replace(MODULEPRELOAD, '')
    .replace(ENTRY_SCRIPT, () => `<script type="module">${script}</script>`)
    .replace('<div id="root"><!--page-body--></div>', () => root);
}

const NEGOTIATION_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'negotiate-reading.js',
);

/**
 * The default address's inline script (scripts/negotiate-reading.js) for a site under
 * `basePath`, without its comment lines, which every such page would otherwise carry.
 */
export function negotiationScript(basePath: string): string {
  return readFileSync(NEGOTIATION_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*\/\//.test(line))
    .join('\n')
    .replace("'__BASE_PATH__'", () => JSON.stringify(basePath));
}

/** Reads a file of the client build by its URL under `basePath`. */
export const assetReader = (clientDir: string, basePath: string) => (url: string) => {
  if (!url.startsWith(basePath)) throw new Error(`${url} is not under ${basePath}`);
  return readFileSync(path.join(clientDir, url.slice(basePath.length)), 'utf8');
};
