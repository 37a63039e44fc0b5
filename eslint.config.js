/**
 * ESLint for every hand-written file (`npm run lint`, no warning allowed): the
 * recommended rules of ESLint, typescript-eslint (type-aware, for TypeScript), Lit
 * (eslint-plugin-lit: the templates' syntax) and web components (eslint-plugin-wc).
 * Binding types are checked by lit-analyzer (scripts/lint-templates.mjs), formatting
 * by Prettier.
 */
import js from '@eslint/js';
import {createNodeResolver, importX} from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Written by tools, never edited: lit-localize (src/generated/), the build, the
    // release packaging, the screenshot and bench scripts; .scratch/ is git-ignored.
    ignores: ['node_modules/', 'dist/', 'release/', 'screenshots/', 'src/generated/', 'bench/results/', '.scratch/'],
  },
  {linterOptions: {reportUnusedDisableDirectives: 'error'}},
  js.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    // No import cycles: a cycle makes the order in which modules run depend on which one
    // a page imports first, so a table can be read before it is defined. import-x skips
    // type-only imports (erased before anything runs). `.js` specifiers name `.ts`
    // files, as the compiler reads them.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    plugins: {'import-x': importX},
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': {'@typescript-eslint/parser': ['.ts', '.tsx']},
      'import-x/resolver-next': [createNodeResolver({extensionAlias: {'.js': ['.ts', '.tsx', '.js']}})],
    },
    rules: {'import-x/no-cycle': 'error'},
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
    rules: {
      // @open-wc/semantic-dom-diff types chai's equal() as a promise for `.dom.equal()`; a
      // plain `expect(x).to.equal(y)` is synchronous and needs no await.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {allowForKnownSafeCalls: [{from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal'}]},
      ],
      // `declare module 'react' { namespace JSX }` is the only way to type the element in JSX.
      '@typescript-eslint/no-namespace': ['error', {allowDeclarations: true}],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Chai asserts with property reads (`expect(x).to.exist`), which are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Node: the build, test and bench configuration and scripts.
    files: ['*.js', '*.mjs', 'scripts/**', 'bench/**', 'bin/**', 'test/support/*.mjs', 'test/wordpress/*.mjs'],
    languageOptions: {globals: globals.node},
  },
  {
    // These also hold functions that puppeteer or the test runner run in the page.
    files: ['scripts/screenshots.mjs', 'bench/**', 'web-test-runner.config.mjs'],
    languageOptions: {globals: globals.browser},
  },
  {
    // Pages: the demo and the test fixtures a test page loads.
    files: ['demo/**', 'test/fixtures/**', 'wordpress/*.js'],
    languageOptions: {globals: globals.browser},
  },
);
