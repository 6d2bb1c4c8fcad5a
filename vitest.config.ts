import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { bundledDebatePlugin, readBundledDebate } from './scripts/vite-plugin-debate.ts';
import { bundledCitationsPlugin } from './scripts/vite-plugin-bundled-citations.ts';
import { positionPalettePlugin } from './scripts/vite-plugin-position-palette.ts';
import { cslStylesPlugin } from './scripts/vite-plugin-csl-styles.ts';
import { BUNDLED_DEBATE_FOLDER } from './scripts/site-config.ts';

// The same plugins as vite.config.ts, less its build settings; tests render the routes in memory.
export default defineConfig({
  plugins: [
    bundledDebatePlugin(BUNDLED_DEBATE_FOLDER),
    positionPalettePlugin(),
    cslStylesPlugin(),
    bundledCitationsPlugin(() => readBundledDebate(BUNDLED_DEBATE_FOLDER)),
    react(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/data/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    restoreMocks: true,
    // Some tests start the CLI or wait for lazily imported chunks; on a busy two-core machine
    // those take longer than Vitest's default 5 s.
    testTimeout: 20_000,
  },
});
