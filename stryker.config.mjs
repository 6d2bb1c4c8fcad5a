// npm run mutation: Stryker changes the pure modules one small edit at a time and reruns the
// unit tests that cover each edit; an edit no test notices is a contract no test guards. It is
// slow (minutes per folder on two cores), so it is not part of npm test.
//   npm run mutation -- --mutate 'src/model/**/*.ts,!src/model/**/*.test.ts'   (one folder)
// Stryker checks this file's options against its own schema as it starts.
const config = {
  testRunner: 'vitest',
  // Which tests cover a mutant is known from the first run (coverageAnalysis perTest); left
  // related, Vitest would walk every test's imports again before each mutant's run.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'src/model/**/*.ts',
    'src/features/matrix/grid-keyboard.ts',
    'src/features/matrix/grid-window.ts',
    'src/features/matrix/matrix-layout.ts',
    'src/features/matrix/matrix-order.ts',
    'src/features/matrix/matrix-slots.ts',
    'src/features/cite/citation-item.ts',
    'src/features/studio/draft-history.ts',
    'src/features/search/search-index.ts',
    'src/features/search/normalize-text.ts',
    '!**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  // The clear-text table gives the score per folder and per file; the HTML report shows each
  // surviving mutant in its source.
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;
