import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundledDebatePlugin, readBundledDebate } from './scripts/vite-plugin-debate.ts';
import { bundledCitationsPlugin } from './scripts/vite-plugin-bundled-citations.ts';
import { methodFilesPlugin } from './scripts/vite-plugin-method-files.ts';
import { positionPalettePlugin } from './scripts/vite-plugin-position-palette.ts';
import { cslStylesPlugin } from './scripts/vite-plugin-csl-styles.ts';
import { reactRouterProduction } from './scripts/react-router-production.ts';
import { siteConfig } from './scripts/site-config.ts';

const site = siteConfig();
/** The entry chunk and the bundler's runtime, as Vite names them. */
const ALWAYS_LOADED = /(^|\/)(index|rolldown-runtime)-[\w-]+\.js$/;

// `vite build` builds the client; scripts/prerender.ts then renders every page into it.
export default defineConfig(({ command }) => ({
  // Assets, lazily loaded chunks and public files are fetched from under the base path.
  base: site.basePath,
  // The pages' canonical links and og:url need the public origin, known only at build time.
  define: { 'import.meta.env.SITE_URL': JSON.stringify(site.siteUrl ?? '') },
  plugins: [
    bundledDebatePlugin(site.debateFolder),
    methodFilesPlugin(site.debateFolder, 'docs/codebook.md'),
    positionPalettePlugin(),
    cslStylesPlugin(),
    bundledCitationsPlugin(() => readBundledDebate(site.debateFolder)),
    react(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      ...(command === 'build' && reactRouterProduction),
      'node-fetch': fileURLToPath(new URL('./scripts/node-fetch-in-browser.ts', import.meta.url)),
    },
  },
  // The open-debate worker loads OpenCC's dictionaries on demand: an ES module worker.
  worker: { format: 'es' },
  build: {
    outDir: path.join(site.buildDirectory, 'client'),
    emptyOutDir: true,
    // Tells the prerender which files each lazily loaded page needs (it deletes the manifest).
    manifest: true,
    modulePreload: {
      // A lazy chunk is only ever imported by running code, so the entry chunk is already in:
      // a preload link for it would be one more element to insert for nothing.
      resolveDependencies: (_chunk, deps, { hostType }) =>
        hostType === 'js' ? deps.filter((dep) => !ALWAYS_LOADED.test(dep)) : deps,
    },
    // SOURCEMAP=1 npm run build: source maps, to read a profile of the built site.
    sourcemap: Boolean(process.env.SOURCEMAP),
    // One chunk passes Vite's 500 kB: citation-js with its CSL styles, about 950 kB (190 kB
    // gzip), loaded only when a reader opens the cite dialog. npm run bench holds the
    // budgets that matter, the JavaScript each page loads at first; this limit only keeps the
    // build quiet about the one lazy chunk it knows of, and speaks again if another grows.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // The debate's checks, the palette and the CSL styles are real work done at build time,
      // so the plugins' time is expected; the bench measures what a reader waits for instead.
      checks: { bundlerTimings: false },
    },
  },
}));
