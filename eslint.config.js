// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Date methods that read or write the *local* time zone (the getUTC/setUTC ones are fine). */
const LOCAL_TIME_DATE_METHODS = [
  'getFullYear',
  'getYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getTimezoneOffset',
  'setFullYear',
  'setYear',
  'setMonth',
  'setDate',
  'setHours',
  'setMinutes',
  'setSeconds',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'toDateString',
  'toTimeString',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'custom-elements.json',
      'coverage/**',
      'test-results/**',
      'tests/screenshots/**',
      // A developer's own throwaway scripts (kept out of git by .git/info/exclude).
      'scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Node scripts and tool configs.
  {
    files: [
      'scripts/**/*.{js,mjs}',
      'bench/**/*.{js,mjs}',
      '*.{js,mjs,cjs}',
      '.storybook/**/*.ts',
      'tests/**/*.config.mjs',
      'tests/node/**/*.mjs',
      'tests/server/**/*.mjs',
      'tests/csp/policy.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  // chai assertions such as `expect(x).to.be.true` are expressions.
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // Lit components.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  // The core is pure TS: no DOM, no Lit, no local-time Date API.
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'HTMLElement',
          'customElements',
          'localStorage',
          'sessionStorage',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'getComputedStyle',
          'matchMedia',
          'ResizeObserver',
          'Element',
          'Node',
        ].map((name) => ({ name, message: 'src/core must not touch the DOM.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit', message: 'src/core must not depend on Lit.' },
            { name: 'd3-scale', importNames: ['scaleTime'], message: 'Local time: use scaleUtc.' },
          ],
          patterns: [
            {
              group: ['lit/*', '@lit/*', 'lit-html', 'lit-element'],
              message: 'src/core must not depend on Lit.',
            },
            {
              group: ['**/components/**', '**/controllers/**'],
              message: 'src/core must not import UI code.',
            },
            {
              group: ['d3-time', 'd3-time-format'],
              importNamePattern: '^time(?!Interval$|Milliseconds?$|Seconds?$)',
              message: 'Local-time d3 API in src/core: use the utc* variants.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[property.name=/^(${LOCAL_TIME_DATE_METHODS.join('|')})$/]`,
          message: 'Local-time Date API in src/core: use getUTC*/setUTC* or d3 utc* helpers.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length>1]",
          message: 'new Date(y, m, ...) is local time: use new Date(Date.UTC(y, m, ...)).',
        },
      ],
    },
  },
);
