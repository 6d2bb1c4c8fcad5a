// The physical floor: the stance page's own prerendered HTML with every script, preload and
// stylesheet taken out, so the same text arrives as plain static HTML with no JS or CSS.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function floorHtml(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*\/?>/g, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*\/?>/g, '');
}

/** Writes the floor page of `route` to `floorRoute` inside the build root. */
export function writeFloorPage(root: string, route: string, floorRoute: string): void {
  const html = readFileSync(path.join(root, route, 'index.html'), 'utf8');
  const dir = path.join(root, floorRoute);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), floorHtml(html));
}
