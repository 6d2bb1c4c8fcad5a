import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishStaticSite, sitemapXml } from '../../scripts/finish-static-site';
import { BUNDLED_DEBATE_FOLDER, siteConfig } from '../../scripts/site-config';

describe('siteConfig', () => {
  it('serves from the root, with no public URL, by default', () => {
    expect(siteConfig({})).toEqual({
      basePath: '/',
      siteUrl: null,
      buildDirectory: 'build',
      debateFolder: BUNDLED_DEBATE_FOLDER,
    });
  });

  it('builds the site for the debate folder DEBATE names, and refuses one without its files', () => {
    expect(siteConfig({ DEBATE: 'tests/fixtures/three-voices' }).debateFolder).toBe(
      path.resolve('tests/fixtures/three-voices') + path.sep,
    );
    expect(() => siteConfig({ DEBATE: 'tests/fixtures' })).toThrow(
      /DEBATE "tests\/fixtures": .*debate\.json does not exist/,
    );
  });

  it('takes the base path from SITE_URL, or checks that BASE_PATH agrees with it', () => {
    expect(siteConfig({ SITE_URL: 'https://example.org/debate' })).toMatchObject({
      basePath: '/debate/',
      siteUrl: 'https://example.org/debate/',
    });
    expect(siteConfig({ BASE_PATH: 'a/b', SITE_URL: 'https://example.org/a/b/' }).basePath).toBe(
      '/a/b/',
    );
    expect(() => siteConfig({ BASE_PATH: '/debate/', SITE_URL: 'https://example.org/' })).toThrow(
      /must name the same path/,
    );
  });

  it('refuses what cannot be a site root', () => {
    for (const env of [
      { SITE_URL: 'example.org' },
      { SITE_URL: 'ftp://example.org/' },
      { SITE_URL: 'https://example.org/?a=1' },
      { BASE_PATH: '/a b/' },
      { BASE_PATH: '/../x/' },
    ])
      expect(() => siteConfig(env), JSON.stringify(env)).toThrow();
  });
});

it('a sitemap lists every page in every reading and at its default address, by its absolute, escaped URL', () => {
  const xml = sitemapXml('https://example.org/debate/', ['/', '/topics/a&b']);
  expect(xml).toContain(
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  );
  const root = 'https://example.org/debate/';
  const set = (p: string) => [
    `${root}zh-hant/${p}`,
    `${root}zh-hans/${p}`,
    `${root}en/${p}`,
    `${root}${p}`,
  ];
  expect([...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1])).toEqual([
    ...set(''),
    ...set('topics/a&amp;b'),
  ]);
  // Every entry names all four as its alternates, the default one as x-default.
  const entries = xml.split('<url>').slice(1);
  expect(entries).toHaveLength(8);
  for (const entry of entries.slice(4)) {
    const links = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(links).toEqual([
      ['zh-Hant', set('topics/a&amp;b')[0]],
      ['zh-Hans', set('topics/a&amp;b')[1]],
      ['en', set('topics/a&amp;b')[2]],
      ['x-default', set('topics/a&amp;b')[3]],
    ]);
  }
});

describe('finishStaticSite', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A client build with its pages prerendered. */
  function prerenderedSite() {
    dir = mkdtempSync(path.join(tmpdir(), 'static-site-'));
    mkdirSync(path.join(dir, 'topics', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), 'overview');
    writeFileSync(path.join(dir, 'topics', 'x', 'index.html'), 'topic');
    writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  }
  const files = () => readdirSync(dir, { recursive: true }).map(String).sort();
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

  it('writes the sitemap and points robots.txt to it only when the public URL is known', () => {
    prerenderedSite();
    const siteUrl = 'https://example.org/a/b/';
    finishStaticSite({
      clientDir: dir,
      siteUrl,
      routePaths: ['/', '/topics/x'],
      log: () => {},
    });
    expect(read('sitemap.xml')).toContain('<loc>https://example.org/a/b/topics/x</loc>');
    expect(read('robots.txt')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://example.org/a/b/sitemap.xml\n',
    );
    expect(files()).toEqual([
      'index.html',
      'robots.txt',
      'sitemap.xml',
      'topics',
      path.join('topics', 'x'),
      path.join('topics', 'x', 'index.html'),
    ]);
  });
});
