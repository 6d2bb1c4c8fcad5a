import path from 'node:path';
import type { Config } from '@react-router/dev/config';
import { finishStaticSite } from './scripts/finish-static-site.ts';
import { bundledRoutePaths } from './scripts/route-list.ts';
import { siteConfig } from './scripts/site-config.ts';

const site = siteConfig();

export default {
  appDirectory: 'src',
  buildDirectory: site.buildDirectory,
  // Under a sub-path every link and route carries it (vite.config.ts sets the assets' base).
  basename: site.basePath,
  // A static site: every route of the bundled debate is prerendered to HTML, then hydrated.
  ssr: false,
  prerender: () => bundledRoutePaths(),
  buildEnd: ({ reactRouterConfig }) =>
    finishStaticSite({
      clientDir: path.join(reactRouterConfig.buildDirectory, 'client'),
      basePath: site.basePath,
      siteUrl: site.siteUrl,
      routePaths: bundledRoutePaths(),
    }),
} satisfies Config;
