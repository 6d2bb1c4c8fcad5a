// After `vite build`: renders every page of the bundled debate, and the static host's
// not-found page, to HTML in the client build (scripts/page-html.ts says how a page ships):
// each at its default address (/…) and at each reading's own (/zh-hant/…, /zh-hans/…,
// /en/…). It writes each reading's debate data beside the assets, draws each page's share
// image in each reading, and finishes the static site.
//
//   tsx scripts/prerender.ts        (env: BASE_PATH, SITE_URL, BUILD_DIR; see site-config.ts)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import type * as EntryServer from '../src/entry.server.tsx';
import { finishStaticSite } from './finish-static-site.ts';
import { assetReader, negotiationScript, pageHtml } from './page-html.ts';
import { bundledRoutePaths } from './route-list.ts';
import { writeShareImages } from './share-image/write-share-images.ts';
import { siteConfig } from './site-config.ts';
import { paths } from '../src/lib/paths.ts';
import { readings, readingTag, type PagePlace } from '../src/lib/reading.ts';

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

const vite = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { renderPage, pageDebates, pageShareCards } = (await vite.ssrLoadModule(
    '/src/entry.server.tsx',
  )) as typeof EntryServer;

  // Each reading's debate, the same on each of its pages, in a content-hashed file a browser keeps.
  const dataUrls = Object.fromEntries(
    readings.map((reading) => {
      const data = JSON.stringify(pageDebates[reading]);
      const hash = createHash('sha256').update(data).digest('hex').slice(0, 12);
      const dataFile = `assets/debate-data-${reading}-${hash}.json`;
      writeFileSync(path.join(clientDir, dataFile), data);
      return [reading, `${site.basePath}${dataFile}`];
    }),
  );
  const negotiation = negotiationScript(site.basePath);

  const write = async (place: PagePlace, route: string, file: string, fallback = false) => {
    const page = await renderPage(route, { basePath: site.basePath, place, fallback });
    const pageModules = [
      ...new Set(page.modules.flatMap((module) => chunkFiles(manifest, module))),
    ].map((f) => `${site.basePath}${f}`);
    const html = pageHtml(
      template,
      {
        ...page,
        pageModules,
        reading: place.reading,
        lang: readingTag[place.reading],
        explicit: place.explicit,
        dataUrls,
        negotiation: place.explicit ? undefined : negotiation,
        fallback,
      },
      readAsset,
    );
    const folder = path.join(clientDir, place.explicit ? place.reading : '');
    const target = path.join(folder, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, html);
  };
  const routes = bundledRoutePaths();
  // The default address (Traditional, and the inline script that sends other readers on),
  // then each reading at its own.
  const places: PagePlace[] = [
    { reading: 'zh-hant', explicit: false },
    ...readings.map((reading) => ({ reading, explicit: true })),
  ];
  for (const place of places) {
    for (const route of routes) await write(place, route, path.join(route, 'index.html'));
    // The editors' studio is prerendered too (its shell), but it is no page of the debate: it
    // stays out of the sitemap, and its head tells search engines not to index it.
    await write(place, paths.studio(), path.join(paths.studio(), 'index.html'));
    // GitHub Pages, Netlify, Cloudflare Pages, GitLab Pages and most others serve a 404.html
    // for any unknown path; it hydrates there and shows the app's not-found page. Some serve
    // the nearest one up the path (Cloudflare Pages, scripts/serve.mjs): each reading has its
    // own (docs/deploying.md).
    await write(place, '/', '404.html', true);
  }
  console.log(
    `prerender: ${routes.length} pages, the studio and 404.html at ${places.length} places ` +
      '(the default address and each reading)',
  );
  await writeShareImages(clientDir, readings.flatMap(pageShareCards));

  rmSync(path.dirname(manifestFile), { recursive: true });
  finishStaticSite({ clientDir, siteUrl: site.siteUrl, routePaths: routes });
} finally {
  await vite.close();
}
