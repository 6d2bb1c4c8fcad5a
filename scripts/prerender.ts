// After `vite build`: renders every page of the bundled debate, and the static host's
// not-found page, to HTML in the client build (scripts/page-html.ts says how a page ships),
// writes the debate's data beside the assets, draws each page's share image, and finishes
// the static site.
//
//   tsx scripts/prerender.ts        (env: BASE_PATH, SITE_URL, BUILD_DIR; see site-config.ts)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import type * as EntryServer from '../src/entry.server.tsx';
import { finishStaticSite } from './finish-static-site.ts';
import { assetReader, pageHtml } from './page-html.ts';
import { bundledRoutePaths } from './route-list.ts';
import { writeShareImages } from './share-image/write-share-images.ts';
import { siteConfig } from './site-config.ts';
import { paths } from '../src/lib/paths.ts';

type Manifest = Record<string, { file: string; imports?: string[] }>;

/** The files a chunk of the manifest needs, itself first. */
function chunkFiles(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build's manifest has no ${key}`);
  if (seen.has(key) || key === 'index.html') return [];
  seen.add(key);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => chunkFiles(manifest, k, seen))];
}

const site = siteConfig();
const clientDir = path.join(site.buildDirectory, 'client');
const manifestFile = path.join(clientDir, '.vite', 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const template = readFileSync(path.join(clientDir, 'index.html'), 'utf8');
const readAsset = assetReader(clientDir, site.basePath);
const basename = site.basePath;

const vite = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { renderPage, pageDebate, pageShareCards } = (await vite.ssrLoadModule(
    '/src/entry.server.tsx',
  )) as typeof EntryServer;

  // The debate, the same on every page, in one content-hashed file a browser keeps.
  const data = JSON.stringify(pageDebate);
  const dataFile = `assets/debate-data-${createHash('sha256').update(data).digest('hex').slice(0, 12)}.json`;
  writeFileSync(path.join(clientDir, dataFile), data);
  const dataUrl = `${site.basePath}${dataFile}`;

  const write = async (file: string, route: string, fallback = false) => {
    const page = await renderPage(route, { basename, fallback });
    const pageModules = page.modules
      .flatMap((module) => chunkFiles(manifest, module))
      .map((f) => `${site.basePath}${f}`);
    const html = pageHtml(template, { ...page, pageModules, dataUrl, fallback }, readAsset);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
  };
  const routes = bundledRoutePaths();
  for (const route of routes) await write(path.join(clientDir, route, 'index.html'), route);
  // The editors' studio is prerendered too (its shell), but it is no page of the debate: it
  // stays out of the sitemap, and its head tells search engines not to index it.
  await write(path.join(clientDir, paths.studio(), 'index.html'), paths.studio());
  // GitHub Pages, Netlify, Cloudflare Pages, GitLab Pages and most others serve a 404.html
  // for any unknown path; it hydrates there and shows the app's not-found page.
  await write(path.join(clientDir, '404.html'), '/', true);
  console.log(`prerender: ${routes.length} pages and 404.html`);
  await writeShareImages(clientDir, pageShareCards());

  rmSync(path.dirname(manifestFile), { recursive: true });
  finishStaticSite({ clientDir, siteUrl: site.siteUrl, routePaths: routes });
} finally {
  await vite.close();
}
