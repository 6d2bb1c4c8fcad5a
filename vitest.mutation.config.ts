import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The tests a mutant is judged by (npm run mutation): the unit tests of the model and of the
// features' pure modules, in Node (a test that needs a DOM says so in its first line). Stryker
// reruns the covering tests for every mutant, so component, CLI and build tests, which take
// seconds each, are left to npm test: a mutant that only they would kill counts as surviving.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    environment: 'node',
    // Stryker's instrumented code runs slower than the original: a test may take longer here.
    testTimeout: 60_000,
    include: [
      'src/model/**/*.test.ts',
      'src/features/**/*.test.ts',
      'tests/data/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    exclude: [
      // Property tests draw hundreds of random debates: too slow to rerun for each mutant, and a
      // mutant only a random draw kills would be killed one run and not the next.
      '**/*.property.test.ts',
      // Bounds in milliseconds measure the code as written; instrumented, it runs slower.
      '**/*.timing.test.ts',
      'tests/unit/read-zip.test.ts',
      // They check the bundled debate's data, not the code: each run parses the whole debate.
      'tests/data/bundled-debate.test.ts',
      'tests/data/points.test.ts',
      'tests/data/open-debate-points.test.ts',
      'tests/data/check-data-cli.test.ts',
      'tests/data/debate-site-build.test.ts',
      'tests/unit/lint-rules.test.ts',
      'tests/unit/page-html.test.ts',
      'tests/unit/serve.test.ts',
      'tests/unit/static-site.test.ts',
    ],
  },
});
