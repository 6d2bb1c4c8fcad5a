import { fileURLToPath } from 'node:url';
import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';
import { bundledDebatePlugin } from './scripts/vite-plugin-debate.ts';

export default defineConfig({
  plugins: [bundledDebatePlugin(), reactRouter()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
});
