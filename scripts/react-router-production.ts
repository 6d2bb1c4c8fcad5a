import { fileURLToPath } from 'node:url';

/**
 * React Router's production build. Its package exports only the development build, with its
 * warnings and checks; the production one sits beside it (its framework plugin aliased it
 * the same way). The site's build and the benchmark's harness both use it.
 */
export const reactRouterProduction = {
  'react-router': fileURLToPath(
    new URL('../node_modules/react-router/dist/production/index.mjs', import.meta.url),
  ),
};
