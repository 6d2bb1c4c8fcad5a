// What each prerendered page makes the browser download before its first paint: the JS
// its HTML loads (module scripts, modulepreloads, the inline bootstrap's imports) and what
// those statically import, and its CSS, each gzipped. Fonts are checked in a real load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';

export interface RouteSize {
  route: string;
  /** Each file of the initial JavaScript, with its gzip size. */
  jsFiles: { file: string; gzipBytes: number }[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** The page itself, with the inlined CSS. */
  htmlGzipBytes: number;
  /** The route data (the debate) the page fetches after its first paint. */
  dataGzipBytes: number;
  fonts: string[];
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
const htmlFile = (root: string, route: string) => path.join(root, route, 'index.html');

/** URLs an HTML page's markup loads as JavaScript before anything else runs. */
export function initialScripts(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  // The inline bootstrap imports the route modules and, at once, the client entry.
  for (const [, body] of html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g))
    urls.push(
      ...staticImports(body ?? ''),
      ...[...(body ?? '').matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]),
    );
  return [...new Set(urls.filter((u): u is string => u !== undefined))];
}

/**
 * The relative and absolute specifiers of a module's static `import … from "x"`,
 * `import "x"` and `export … from "x"`. A built chunk imports nothing by bare name, so a
 * bare one is text inside a string, not an import.
 */
export function staticImports(code: string): string[] {
  return [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?"(\.{0,2}\/[^"]+)"/g),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
}

/** Every JS file reachable from `entries` by static imports (dynamic ones load lazily). */
function closure(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(path.join(root, url), 'utf8');
    for (const spec of staticImports(code))
      visit(spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(url), spec));
  };
  entries.forEach(visit);
  return [...seen];
}

export function measureRouteSize(root: string, route: string): Omit<RouteSize, 'fonts'> {
  const html = readFileSync(htmlFile(root, route), 'utf8');
  const js = closure(root, initialScripts(html));
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
  // The stylesheet is inlined into the page (scripts/page-html.ts): it counts as CSS too.
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (total, [, body]) => total + gzipSync(body ?? '').length,
    0,
  );
  const sum = (files: string[]) =>
    files.reduce((total, f) => total + gzipBytes(path.join(root, f)), 0);
  const jsFiles = js.map((file) => ({ file, gzipBytes: gzipBytes(path.join(root, file)) }));
  return {
    route,
    jsFiles,
    jsGzipBytes: jsFiles.reduce((total, f) => total + f.gzipBytes, 0),
    cssGzipBytes: sum(css) + inlineCss,
    htmlGzipBytes: gzipBytes(htmlFile(root, route)),
    dataGzipBytes: [...html.matchAll(/\bfetch\("([^"]+)"\)/g)].reduce(
      (total, [, url]) => total + gzipBytes(path.join(root, url ?? '')),
      0,
    ),
  };
}

const FONT = /\.(?:woff2?|ttf|otf)(?:[?#]|$)/i;

/** Font files each page requests when Chromium loads it (and runs its scripts). */
export async function fontRequests(
  baseUrl: string,
  routes: string[],
): Promise<Map<string, string[]>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const found = new Map<string, string[]>();
    for (const route of routes) {
      const page = await browser.newPage();
      const fonts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'font' || FONT.test(r.url())) fonts.push(r.url());
      });
      await page.goto(baseUrl + route, { waitUntil: 'networkidle' });
      await page.close();
      found.set(route, fonts);
    }
    return found;
  } finally {
    await browser.close();
  }
}

export async function measureSizes(
  root: string,
  baseUrl: string,
  routes: string[],
): Promise<RouteSize[]> {
  const fonts = await fontRequests(baseUrl, routes);
  return routes.map((route) => ({
    ...measureRouteSize(root, route),
    fonts: fonts.get(route) ?? [],
  }));
}
