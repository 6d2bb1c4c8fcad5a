// The scale benchmark's harness page: its own Vite entry, built only by `npm run bench`
// (into bench/.tmp/harness), never part of the app's build.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundledDebatePlugin } from '../../vite-plugin-debate.ts';
import { positionPalettePlugin } from '../../vite-plugin-position-palette.ts';
import { BUNDLED_DEBATE_FOLDER } from '../../site-config.ts';
import { reactRouterProduction } from '../../react-router-production.ts';

export const HARNESS_OUT_DIR = fileURLToPath(
  new URL('../../../bench/.tmp/harness', import.meta.url),
);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // Production React: the figures must be what readers get, not the development build's.
  mode: 'production',
  plugins: [bundledDebatePlugin(BUNDLED_DEBATE_FOLDER), positionPalettePlugin(), react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('../../../src', import.meta.url)),
      ...reactRouterProduction,
    },
  },
  build: { outDir: HARNESS_OUT_DIR, emptyOutDir: true, reportCompressedSize: false },
  logLevel: 'warn',
});
