// Where a build will be served, read from the environment at build time:
//
//   BASE_PATH  the URL path the site lives under: `/` (the default) or e.g. `/debate/`.
//   SITE_URL   the public URL of the site's root, e.g. `https://example.org/debate/`.
//   BUILD_DIR  where the build goes (default `build`), so a second build can sit beside the first.
//
// A static build cannot know its own origin, and canonical links, og:url and sitemap.xml need
// absolute URLs; a wrong origin would tell search engines the real pages are duplicates of it.
// So those are written only when SITE_URL is set, and a build without it leaves them out.

export interface SiteConfig {
  /** Starts and ends with `/`. */
  basePath: string;
  /** Absolute, ends with `/`, its path equal to basePath; null when SITE_URL is unset. */
  siteUrl: string | null;
  buildDirectory: string;
}

type Env = Record<string, string | undefined>;

// Unreserved URL characters only: a base path goes into HTML, CSS URLs and the router unescaped.
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function normalizeBasePath(raw: string): string {
  const segments = raw.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..')
      throw new Error(
        `BASE_PATH ${JSON.stringify(raw)}: each segment may use only letters, digits and . _ ~ -`,
      );
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

function normalizeSiteUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL ${JSON.stringify(raw)} is not an absolute URL (https://example.org/)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL ${JSON.stringify(raw)} must be an http or https URL`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`SITE_URL ${JSON.stringify(raw)} must not carry a query, fragment or login`);
  url.pathname = normalizeBasePath(url.pathname);
  return url;
}

export function siteConfig(env: Env = process.env): SiteConfig {
  const buildDirectory = env.BUILD_DIR || 'build';
  const site = env.SITE_URL ? normalizeSiteUrl(env.SITE_URL) : null;
  const basePath = env.BASE_PATH ? normalizeBasePath(env.BASE_PATH) : (site?.pathname ?? '/');
  // Pages link to their assets by absolute paths under the base, so the public path and the
  // base path cannot differ.
  if (site && site.pathname !== basePath)
    throw new Error(
      `SITE_URL ${site.href} is served under ${site.pathname}, but BASE_PATH is ${basePath}: ` +
        'they must name the same path (or leave BASE_PATH unset to take it from SITE_URL)',
    );
  return { basePath, siteUrl: site?.href ?? null, buildDirectory };
}
