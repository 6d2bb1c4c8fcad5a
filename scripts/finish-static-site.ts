// After React Router has prerendered the pages: make build/client one folder that deploys as
// is, at the host's root or under BASE_PATH, and write what crawlers read.
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { absoluteUrl } from '../src/lib/paths.ts';
import type { SiteConfig } from './site-config.ts';

interface FinishOptions extends Pick<SiteConfig, 'basePath' | 'siteUrl'> {
  clientDir: string;
  /** Every prerendered page, as the app's paths (without the base path). */
  routePaths: readonly string[];
  log?: (line: string) => void;
}

/**
 * With a basename, React Router writes the pages to build/client/<base>/ but the assets, the
 * public files and the SPA fallback to build/client/ (remix-run/react-router#14587), so neither
 * folder works on its own. Move the pages up: build/client is then the content of the base path.
 */
function liftPagesOutOfBasePath(clientDir: string, basePath: string) {
  const [first, ...rest] = basePath.split('/').filter(Boolean);
  if (!first) return;
  // The first segment is renamed aside first, so that a page folder of the same name (a base
  // path of /topics/, say) can move up without colliding with its own parent.
  const aside = path.join(clientDir, `.base-path-${process.pid}`);
  renameSync(path.join(clientDir, first), aside);
  const pagesDir = path.join(aside, ...rest);
  for (const entry of readdirSync(pagesDir)) {
    const target = path.join(clientDir, entry);
    if (existsSync(target))
      throw new Error(
        `BASE_PATH ${basePath}: its page ${entry} would replace build/client/${entry}`,
      );
    renameSync(path.join(pagesDir, entry), target);
  }
  rmSync(aside, { recursive: true });
}

const xmlEscaped = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );

/** A sitemaps.org 0.9 sitemap of the pages: absolute URLs, entity-escaped, UTF-8. */
export function sitemapXml(siteUrl: string, routePaths: readonly string[]): string {
  const urls = routePaths.map(
    (p) => `  <url><loc>${xmlEscaped(absoluteUrl(siteUrl, p))}</loc></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function finishStaticSite({
  clientDir,
  basePath,
  siteUrl,
  routePaths,
  log = console.log,
}: FinishOptions) {
  if (basePath !== '/') liftPagesOutOfBasePath(clientDir, basePath);

  // GitHub Pages, Netlify, Cloudflare Pages, GitLab Pages and most others serve a 404.html for
  // any unknown path; the SPA fallback hydrates there and shows the app's not-found page.
  copyFileSync(path.join(clientDir, '__spa-fallback.html'), path.join(clientDir, '404.html'));

  if (!siteUrl) {
    log('static site: SITE_URL unset, so no canonical links, og:url or sitemap.xml (see README)');
    return;
  }
  const sitemapUrl = absoluteUrl(siteUrl, '/sitemap.xml');
  writeFileSync(path.join(clientDir, 'sitemap.xml'), sitemapXml(siteUrl, routePaths));
  // The Sitemap line must be an absolute URL, which public/robots.txt cannot know.
  appendFileSync(path.join(clientDir, 'robots.txt'), `Sitemap: ${sitemapUrl}\n`);
  log(`static site: sitemap.xml of ${routePaths.length} pages at ${sitemapUrl}`);
}
