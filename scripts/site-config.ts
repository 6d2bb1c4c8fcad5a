// Where a build will be served, read from the environment at build time:
//
//   BASE_PATH  the URL path the site lives under: `/` (the default) or e.g. `/debate/`.
//   SITE_URL   the public URL of the site's root, e.g. `https://example.org/debate/`.
//   BUILD_DIR  where the build goes (default `build`), so a second build can sit beside the first.
//   DEBATE     the debate folder (debate.json + source.txt) the site is built for; by default
//              the bundled one, data/debates/future-talk-deepseek.
//
// A static build cannot know its own origin, and canonical links, og:url and sitemap.xml need
// absolute URLs; a wrong origin would tell search engines the real pages are duplicates of it.
// So those are written only when SITE_URL is set, and a build without it leaves them out.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SiteConfig {
  /** Starts and ends with `/`. */
  basePath: string;
  /** Absolute, ends with `/`, its path equal to basePath; null when SITE_URL is unset. */
  siteUrl: string | null;
  buildDirectory: string;
  /** Absolute, ends with the path separator: the folder holding debate.json and source.txt. */
  debateFolder: string;
}

// From the file's path (not `new URL(…, import.meta.url)`, which jsdom's URL would refuse).
export const BUNDLED_DEBATE_FOLDER =
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../data/debates/future-talk-deepseek',
  ) + path.sep;

function normalizeDebateFolder(raw: string): string {
  const folder = path.resolve(raw);
  for (const file of ['debate.json', 'source.txt'])
    if (!existsSync(path.join(folder, file)))
      throw new Error(`DEBATE ${JSON.stringify(raw)}: ${path.join(folder, file)} does not exist`);
  return folder.endsWith(path.sep) ? folder : folder + path.sep;
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
  const debateFolder = env.DEBATE ? normalizeDebateFolder(env.DEBATE) : BUNDLED_DEBATE_FOLDER;
  return { basePath, siteUrl: site?.href ?? null, buildDirectory, debateFolder };
}
