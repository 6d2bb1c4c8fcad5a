// After the pages are prerendered: write what crawlers read.
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { absoluteUrl } from '../src/lib/paths.ts';
import { readingPath, readings, readingTag } from '../src/lib/reading.ts';
import type { SiteConfig } from './site-config.ts';

interface FinishOptions extends Pick<SiteConfig, 'siteUrl'> {
  clientDir: string;
  /** Every prerendered page, as the app's paths (without the base path). */
  routePaths: readonly string[];
  log?: (line: string) => void;
}

const xmlEscaped = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );

/** A page in every reading, then at its default address (x-default), as [hreflang, path]. */
const pageSet = (appPath: string): [string, string][] => [
  ...readings.map((reading): [string, string] => [
    readingTag[reading],
    readingPath(reading, appPath),
  ]),
  ['x-default', appPath],
];

/**
 * A sitemaps.org 0.9 sitemap of the pages: absolute URLs, entity-escaped, UTF-8. Each page is
 * listed in every reading and at its default address, each entry naming all of them as its
 * alternates (xhtml:link), as search engines read hreflang from a sitemap.
 */
export function sitemapXml(siteUrl: string, routePaths: readonly string[]): string {
  const url = (p: string) => xmlEscaped(absoluteUrl(siteUrl, p));
  const entries = routePaths.flatMap((appPath) => {
    const set = pageSet(appPath);
    const links = set.map(
      ([hreflang, p]) =>
        `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${url(p)}"/>`,
    );
    return set.map(([, p]) =>
      ['  <url>', `    <loc>${url(p)}</loc>`, ...links, '  </url>'].join('\n'),
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function finishStaticSite({
  clientDir,
  siteUrl,
  routePaths,
  log = console.log,
}: FinishOptions) {
  if (!siteUrl) {
    log(
      'static site: SITE_URL unset, so no canonical links, og:url, og:image or sitemap.xml ' +
        '(crawlers need absolute URLs; the share images are drawn but no page names them; see README)',
    );
    return;
  }
  const sitemapUrl = absoluteUrl(siteUrl, '/sitemap.xml');
  writeFileSync(path.join(clientDir, 'sitemap.xml'), sitemapXml(siteUrl, routePaths));
  // The Sitemap line must be an absolute URL, which public/robots.txt cannot know.
  appendFileSync(path.join(clientDir, 'robots.txt'), `Sitemap: ${sitemapUrl}\n`);
  log(
    `static site: sitemap.xml of ${routePaths.length} pages, each in ${readings.length} readings and at its default address, at ${sitemapUrl}`,
  );
}
