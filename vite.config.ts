import { fileURLToPath } from 'node:url';
import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';
import { bundledDebatePlugin } from './scripts/vite-plugin-debate.ts';
import { positionPalettePlugin } from './scripts/vite-plugin-position-palette.ts';
import { siteConfig } from './scripts/site-config.ts';

const site = siteConfig();

export default defineConfig({
  // Assets, lazily loaded route chunks and public files are fetched from under the base path.
  base: site.basePath,
  // The pages' canonical links and og:url need the public origin, known only at build time.
  define: { 'import.meta.env.SITE_URL': JSON.stringify(site.siteUrl ?? '') },
  plugins: [bundledDebatePlugin(), positionPalettePlugin(), reactRouter()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
});
