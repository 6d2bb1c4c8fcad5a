// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------
// Import boundaries (no-restricted-imports).
//
// Layers: src/routes -> src/features/<name> -> src/ui -> src/model, src/lib.
// Within src/ imports use the `@/` alias across folders and relative paths inside a folder.
// ESLint replaces (does not merge) a rule's options when a later config object sets the
// same rule, so every block below passes the complete list built by `restrictedImports`.
// ---------------------------------------------------------------------------

const D3_SELECTION = {
  name: 'd3-selection',
  message: 'Render SVG with React; d3 is only used for scales and maths.',
};

const NO_D3_SELECTION_PATTERN = {
  group: ['d3-selection/*'],
  message: D3_SELECTION.message,
};

/**
 * @param {...{ regex?: string; group?: string[]; message: string }} patterns
 * @returns {['error', { paths: (typeof D3_SELECTION)[]; patterns: object[] }]}
 */
function restrictedImports(...patterns) {
  return ['error', { paths: [D3_SELECTION], patterns: [NO_D3_SELECTION_PATTERN, ...patterns] }];
}

const NO_ALIAS_FEATURES = {
  regex: '^@/features(/|$)',
  message: 'Only routes compose features: this layer must not depend on src/features.',
};
const NO_ALIAS_ROUTES = {
  regex: '^@/routes(/|$)',
  message: 'Nothing imports from src/routes: route modules are the top of the app.',
};
const NO_RELATIVE_FEATURES_OR_ROUTES = {
  regex: '^(\\.\\./)+(features|routes)(/|$)',
  message: 'This layer must not depend on src/features or src/routes.',
};
const NO_UI = {
  regex: '^(@/|(\\.\\./)+)ui(/|$)',
  message: 'src/model and src/lib stay free of UI: they must not import from src/ui.',
};
const NO_REACT = {
  regex: '^(react|react-dom|react-router|zustand)(/|$)',
  message:
    'src/model holds data and pure functions only: React and its hooks belong in src/lib (e.g. src/lib/debate-view) or above.',
};
const MODEL_ONLY_ALIAS = {
  regex: '^@/(?!model(/|$))',
  message:
    'src/model imports nothing outside itself: no src/lib, src/ui, src/features or src/routes.',
};
const MODEL_NO_ESCAPE = {
  // src/model is one flat folder: any relative path that climbs out of it leaves the model.
  regex: '^\\.\\./',
  message: 'src/model imports nothing outside itself: relative paths stay inside src/model.',
};
const FEATURE_NO_ALIAS_FEATURES = {
  regex: '^@/features(/|$)',
  message:
    'Features are independent: import within this feature with a relative path, never another feature.',
};

/**
 * A relative import that climbs more levels than a file sits below its feature folder
 * (src/features/<name>/) leaves the feature: that would reach another feature or bypass `@/`.
 * @param {number} depth directories between the feature folder and the file
 */
function featureEscape(depth) {
  return {
    regex: `^(\\.\\./){${depth + 1},}`,
    message:
      'Relative imports stay inside this feature; use `@/model`, `@/lib` or `@/ui` for shared code.',
  };
}

const FEATURE_DEPTHS = 4;
const featureBoundaryConfigs = Array.from({ length: FEATURE_DEPTHS }, (_, depth) => ({
  name: `boundaries/features-depth-${depth}`,
  files: [`src/features/*/${'*/'.repeat(depth)}*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': restrictedImports(
      FEATURE_NO_ALIAS_FEATURES,
      NO_ALIAS_ROUTES,
      featureEscape(depth),
    ),
  },
}));

// ---------------------------------------------------------------------------
// Forbidden syntax (no-restricted-syntax), applied everywhere.
// ---------------------------------------------------------------------------

const TEST_FUNCTIONS = '/^(describe|it|test|suite|bench)$/';
const NOT_RUN_MODIFIERS = '/^(only|skip|todo|fixme|skipIf|runIf|fails)$/';

const restrictedSyntax = [
  'error',
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is forbidden: render text and elements with React.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is forbidden: render text and elements with React.',
  },
  {
    // it.todo, test.fixme, describe.skipIf(…), it.runIf(…) and it.fails commit a test that
    // does not run, or passes by failing, as surely as .skip does.
    selector: `MemberExpression[property.name=${NOT_RUN_MODIFIERS}]:matches([object.name=${TEST_FUNCTIONS}], [object.object.name=${TEST_FUNCTIONS}])`,
    message:
      'Focused, skipped, conditional, expected-to-fail or to-do tests must not be committed (.only, .skip, .todo, .fixme, .skipIf, .runIf, .fails).',
  },
  {
    selector: 'CallExpression[callee.name=/^(fit|fdescribe|xit|xdescribe|xtest)$/]',
    message: 'Focused or skipped tests must not be committed.',
  },
];

export default defineConfig(
  globalIgnores(
    [
      'build/',
      'build-sub-path/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'bench/',
      'reports/',
      '.stryker-tmp/',
    ],
    'ignores',
  ),

  js.configs.recommended,
  tseslint.configs.recommended,
  tseslint.configs.strict,

  {
    name: 'project/all',
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-imports': restrictedImports(),
      'no-restricted-syntax': restrictedSyntax,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // --- Environments ------------------------------------------------------------------------
  {
    name: 'env/browser',
    files: ['src/**/*.{js,ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'env/node',
    files: ['scripts/**/*.{js,mjs,cjs,ts}', '*.config.{js,mjs,cjs,ts}', 'tests/e2e/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Inlined into the pages' heads (scripts/page-html.ts): it runs in the browser.
    name: 'env/inline-page-script',
    files: ['scripts/negotiate-reading.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'env/vitest',
    files: ['src/**/*.test.{ts,tsx}', 'tests/setup.ts', 'tests/data/**', 'tests/unit/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.vitest } },
  },

  // --- React -------------------------------------------------------------------------------
  {
    name: 'react-hooks',
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    ...jsxA11y.flatConfigs.recommended,
    name: 'jsx-a11y',
    files: ['src/**/*.tsx'],
  },
  {
    ...testingLibrary.configs['flat/react'],
    name: 'testing-library',
    files: ['src/**/*.test.tsx', 'tests/unit/**/*.{ts,tsx}'],
  },

  // --- Import boundaries -------------------------------------------------------------------
  ...featureBoundaryConfigs,
  {
    name: 'boundaries/ui',
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports(
        NO_ALIAS_FEATURES,
        NO_ALIAS_ROUTES,
        NO_RELATIVE_FEATURES_OR_ROUTES,
      ),
    },
  },
  {
    name: 'boundaries/model-lib',
    files: ['src/model/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports(
        NO_ALIAS_FEATURES,
        NO_ALIAS_ROUTES,
        NO_RELATIVE_FEATURES_OR_ROUTES,
        NO_UI,
      ),
    },
  },
  {
    name: 'boundaries/model',
    files: ['src/model/**/*.{ts,tsx}'],
    ignores: ['src/model/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports(
        NO_ALIAS_FEATURES,
        NO_ALIAS_ROUTES,
        NO_RELATIVE_FEATURES_OR_ROUTES,
        NO_UI,
        NO_REACT,
        MODEL_ONLY_ALIAS,
        MODEL_NO_ESCAPE,
      ),
    },
  },

  // --- Tests -------------------------------------------------------------------------------
  {
    name: 'tests/relaxed',
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: {
      // Indexing fixtures under noUncheckedIndexedAccess: a wrong index fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Playwright fixtures that provide nothing are typed `void`, as its docs show.
      '@typescript-eslint/no-invalid-void-type': 'off',
    },
  },
);
