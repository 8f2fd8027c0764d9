// ESLint for the whole repository, run by `npm test` (`eslint .`).
// TypeScript 6.0.3 is pinned, not 7: typescript-eslint needs the compiler's JavaScript API, which the native TS 7 does not
// have (docs/architecture.md, "Tools").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    // Build output and what tools write, as in .prettierignore.
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'storybook-static/',
      'coverage/',
      'out/',
      '.wtr-cache/',
      'packages/data/src/generated/',
      'packages/data/src/national/',
      'packages/widgets/src/generated/',
      '**/fixtures/',
    ],
  },
  { files: ['**/*.{js,mjs,cjs,ts}'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter a signature needs and the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A widget's options are declared once, in its option table: `declareOptions` makes the properties at run time, and
    // an interface of the class's own name (`interface Q4Scorecard extends OptionProperties<typeof scorecardOptions> {}`)
    // gives them their types. That merging is the point, not an accident, and the interface has no members of its own.
    files: ['packages/*/src/q4-*.ts', 'scripts/templates/widget/packages/__name__/src/q4-__name__.ts'],
    rules: { '@typescript-eslint/no-unsafe-declaration-merging': 'off', '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    files: ['**/test/**', '**/test-suites/**', '**/*.test.*'],
    languageOptions: { globals: { ...globals.mocha } },
    // Chai's assertions are property reads: expect(x).to.be.true.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
