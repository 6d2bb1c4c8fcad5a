import { withoutBase } from './base-path';
import { trimTrailingSlashes } from './trim-trailing-slashes';

const withoutTrailingSlash = (path: string) => trimTrailingSlashes(path) || '/';

/**
 * The path a page must hydrate at, when the host served it at another address; null when it
 * is where it was prerendered. A host answers an unknown address with some prerendered page:
 * the static host's 404.html, or, set up the common single-page-app way, the overview's
 * index.html. Hydrating that HTML at the address asked for would not match it (React error
 * #418), so the app hydrates it as prerendered and then shows the address's page.
 */
export function prerenderedElsewhere(
  basename: string,
  pathname: string,
  prerenderedAt: string | undefined,
): string | null {
  if (prerenderedAt === undefined) return null;
  const here = withoutBase(basename, pathname);
  // `/topics/x/` is the folder of `/topics/x`'s index.html: the same page.
  if (here !== null && withoutTrailingSlash(here) === withoutTrailingSlash(prerenderedAt))
    return null;
  return prerenderedAt;
}
