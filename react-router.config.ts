import type { Config } from '@react-router/dev/config';
import { bundledRoutePaths } from './scripts/route-list.ts';

export default {
  appDirectory: 'src',
  // A static site: every route of the bundled debate is prerendered to HTML, then hydrated.
  ssr: false,
  prerender: () => bundledRoutePaths(),
} satisfies Config;
