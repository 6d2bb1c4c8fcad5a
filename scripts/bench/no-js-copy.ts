// Each page's own no-JavaScript copy: its prerendered HTML with every script and module
// preload taken out, its CSS kept. The copy shows the same text laid out the same way, so
// the difference between a page and its copy is what the JavaScript costs the reader.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the copies are written in the build, and so served: /bench-no-js/<route>. */
export const NO_JS_ROOT = '/bench-no-js';

export function noJsHtml(html: string): string {
  return (
    html
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<link[^>]*rel="modulepreload"[^>]*\/?>/g, '')
      // Its hashes name the scripts taken out; without them it would only block nothing.
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*\/?>/g, '')
  );
}

/** The route of `route`'s no-JavaScript copy. */
export const noJsRoute = (route: string) =>
  `${NO_JS_ROOT}${route.endsWith('/') ? route : `${route}/`}`;

/** Writes the no-JavaScript copy of each of `routes` inside the build root. */
export function writeNoJsCopies(root: string, routes: string[]): void {
  for (const route of routes) {
    const html = readFileSync(path.join(root, route, 'index.html'), 'utf8');
    const dir = path.join(root, noJsRoute(route));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), noJsHtml(html));
  }
}
