import { trimTrailingSlashes } from './trim-trailing-slashes';

const INDEX_FILE = '/index.html';

/**
 * The page's own address for a path that names it another way, as hosts and hand-made links
 * do (issue 25): `/search/` (a host's redirect to the folder), `/index.html` and
 * `/about/index.html` (the prerendered files), `/topics//x` (a doubled slash). Linear: one
 * pass for the slashes, one for the end.
 */
export function canonicalPath(path: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '/' && out.endsWith('/')) continue;
    out += c;
  }
  if (out.endsWith(INDEX_FILE)) out = out.slice(0, -INDEX_FILE.length + 1);
  return trimTrailingSlashes(out) || '/';
}
