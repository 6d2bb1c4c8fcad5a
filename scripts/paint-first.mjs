// After the build: make every prerendered page paint before any of its JavaScript runs.
//
// - The stylesheet is inlined as a <style> (allowed by its hash in the page's CSP), so the
//   first paint waits for no request but the page itself. The <link> stays, for print only,
//   because React expects it in <head> when it hydrates (it compares rel and href, not media).
// - React Router's inline bootstrap imports the route modules statically, so they run as soon
//   as they arrive, which can be before the browser has painted the prerendered HTML. It is
//   rewritten to wait until the browser reports the first contentful paint (a frame's raster
//   can be presented well after the main thread has moved on, so waiting one frame is not
//   enough). Only then does it ask for the modules: the page's modulepreload links move from
//   <head> into the bootstrap, which adds them all at once (no waterfall) before importing
//   the same modules in the same order. Nothing competes with the page for the first paint,
//   and React re-adds the links it rendered when it hydrates. A page in a background tab,
//   which paints nothing, does not wait; nor does any page for more than 3 s.
// - The root loader's data (the debate, the same on every page) leaves the HTML for one
//   content-hashed file in assets/, which the bootstrap fetches after the first paint and
//   hands to React Router's stream. The page is half the size, and a reader's browser keeps
//   the data once for every page. Should the data fail to load, the page stays as served.
//
//   node scripts/paint-first.mjs [client build dir]   (env: BUILD_DIR)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const STYLESHEET = /<link rel="stylesheet" href="([^"]+\.css)"\/>/g;

function inlineStylesheets(root, html, file) {
  return html.replace(STYLESHEET, (link, href) => {
    const assets = href.indexOf('assets/');
    if (assets < 0) throw new Error(`${file}: stylesheet ${href} is not in assets/`);
    const css = readFileSync(join(root, href.slice(assets)), 'utf8');
    if (/<\/style/i.test(css)) throw new Error(`${href}: cannot be inlined (contains </style)`);
    return `<style>${css}</style>${link.replace('/>', ' media="print"/>')}`;
  });
}

/** The longest the scripts wait for the first paint. */
const PAINT_WAIT_LIMIT_MS = 3000;

const BOOTSTRAP = /<script type="module" async="">([\s\S]*?)<\/script>/;
const STATIC_IMPORT = /^import (?:\* as (\w+) from )?("[^"]+");$/;

const MODULEPRELOAD = /<link rel="modulepreload" href="([^"]+)"\/>/g;

/**
 * React Router's bootstrap, with its static imports turned into imports after first paint,
 * preceded by modulepreloads of `preloads`.
 */
export function deferBootstrap(body, file, { preloads = [], dataUrl = null } = {}) {
  const imports = [];
  const rest = [];
  for (const line of body.split('\n')) {
    const match = STATIC_IMPORT.exec(line.trim());
    if (match) imports.push({ name: match[1] ?? null, specifier: match[2] });
    else rest.push(line);
  }
  if (imports.length === 0 || !rest.some((line) => line.includes('__reactRouterRouteModules')))
    throw new Error(`${file}: React Router's bootstrap script has an unexpected shape`);
  const names = imports.map((i) => i.name ?? '').join(', ');
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
    ...(dataUrl ? fetchRouteData(dataUrl) : []),
    `const [${names}] = [`,
    ...imports.map((i) => `  await import(${i.specifier}),`),
    '];',
    ...rest,
  ].join('\n');
}

/** Lines that fetch the route data and hand it to React Router's stream. */
function fetchRouteData(dataUrl) {
  return [
    `fetch(${JSON.stringify(dataUrl)})`,
    '  .then((response) => {',
    '    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);',
    '    return response.text();',
    '  })',
    '  .then(',
    '    (data) => {',
    '      const stream = window.__reactRouterContext.streamController;',
    '      stream.enqueue(data);',
    '      stream.close();',
    '    },',
    '    (error) => console.error("The debate could not be loaded; the page stays as it was served.", error),',
    '  );',
  ];
}

const ENQUEUE =
  /<script>window\.__reactRouterContext\.streamController\.enqueue\(("(?:[^"\\]|\\.)*")\);<\/script>/g;
const CLOSE = '<script>window.__reactRouterContext.streamController.close();</script>';

/**
 * Takes the route data out of `html` into a content-hashed file beside `assetsUrl`'s files;
 * returns the page without it and the file's URL.
 */
function moveRouteData(root, html, file, assetsUrl) {
  const enqueued = [...html.matchAll(ENQUEUE)];
  if (enqueued.length !== 1 || html.split(CLOSE).length !== 2)
    throw new Error(`${file}: expected React Router's route data in one script, then a close`);
  const data = JSON.parse(enqueued[0][1]);
  const name = `route-data-${createHash('sha256').update(data).digest('hex').slice(0, 12)}.txt`;
  writeFileSync(join(root, 'assets', name), data);
  return { html: html.replace(ENQUEUE, '').replace(CLOSE, ''), dataUrl: `${assetsUrl}${name}` };
}

/** A prerendered page as it should ship: stylesheet inlined, data moved out, bootstrap deferred. */
export function paintFirst(root, html, file) {
  if (!BOOTSTRAP.test(html)) throw new Error(`${file}: no React Router bootstrap script found`);
  const preloads = [...html.matchAll(MODULEPRELOAD)].map((m) => m[1]);
  const entry = preloads.find((href) => /\/entry\.client-[^/]+\.js$/.test(href));
  if (!entry) throw new Error(`${file}: no modulepreload of React Router's client entry`);
  const moved = moveRouteData(root, html, file, entry.slice(0, entry.lastIndexOf('/') + 1));
  return inlineStylesheets(root, moved.html, file)
    .replace(MODULEPRELOAD, '')
    .replace(BOOTSTRAP, (script, body) =>
      script.replace(body, () => deferBootstrap(body, file, { preloads, dataUrl: moved.dataUrl })),
    );
}

function main() {
  const root = process.argv[2] ?? join(process.env.BUILD_DIR || 'build', 'client');
  const files = htmlFiles(root);
  for (const file of files) writeFileSync(file, paintFirst(root, readFileSync(file, 'utf8'), file));
  console.log(
    `paint-first: ${files.length} pages inline their CSS and run scripts after first paint`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
