import { trimTrailingSlashes } from './trim-trailing-slashes';

// The site may be hosted under a sub-path (README: "Hosting under a sub-path"). The router's
// basename is then '/folder/'; at the root it is '/'.

/** `path` (an app path) under `basename`. */
export function withBase(basename: string, path: string): string {
  return `${trimTrailingSlashes(basename)}${path}`;
}

/**
 * `pathname` (the browser's) as an app path, or null if it lies outside `basename`. Like the
 * router, it ignores the case of the base.
 */
export function withoutBase(basename: string, pathname: string): string | null {
  const base = trimTrailingSlashes(basename).toLowerCase();
  const lower = pathname.toLowerCase();
  if (lower !== base && !lower.startsWith(`${base}/`)) return null;
  return pathname.slice(base.length) || '/';
}
