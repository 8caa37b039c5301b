// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import regexp from 'eslint-plugin-regexp';

/** Said when a file outside graders/ imports an engine file other than its two surfaces. */
export const ENGINE_SURFACES_MESSAGE =
  'Import the engine through its surfaces only: graders/index.ts (grading) or graders/tooling/index.ts (Node tooling).';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-course/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        document: 'readonly',
        window: 'readonly',
        navigator: 'readonly',
        localStorage: 'readonly',
        self: 'readonly',
      },
    },
  },
  {
    // The engine is pure: no DOM, no Astro, no Node built-ins, nothing from the site, and nothing from the Node tooling
    // (which may use all of those but the site).
    files: ['graders/**/*.ts'],
    ignores: ['graders/tooling/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'graders/ is pure: no Node built-ins outside graders/tooling/.',
            },
            { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'graders/ must not depend on Astro.' },
            {
              group: ['**/src/**', '../src/*', '../../src/*'],
              message: 'The site depends on the engine, never the reverse.',
            },
            {
              regex: '(?:^|/)tooling(?:/|$)',
              message: 'The pure engine must not import the Node tooling (graders/tooling/): it runs in the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Node tooling may use Node, but it is still the engine's side of the line: nothing from Astro or the site.
    files: ['graders/tooling/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'graders/ must not depend on Astro.' },
            {
              group: ['**/src/**', '../src/*', '../../src/*'],
              message: 'The site depends on the engine, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine has two declared surfaces: graders/index.ts (grading, pure: browser and Node) and
    // graders/tooling/index.ts (Node tooling: reading exercises from disk, content problems, the commands). Outside
    // graders/, nothing reaches past them. Tests may: each mirrors the internals of the module it tests.
    files: ['**/*.{ts,mjs,js,astro}'],
    ignores: ['graders/**', 'test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(?:^|/)graders/(?!(?:tooling/)?index(?:\\.ts)?$)',
              message: ENGINE_SURFACES_MESSAGE,
            },
          ],
        },
      ],
    },
  },
  {
    // The engine runs every regular expression on candidates' text: none may backtrack super-linearly (a numeric
    // literal regex once took 14 s on 100k digits and a letter). test/graders/regex-audit.test.ts feeds each one
    // its worst input.
    files: ['graders/**/*.ts'],
    // Reads only the title of the course's own index.mdx to write a calibration packet, never a candidate's text (it
    // lived in src/calibration/, outside this rule, until the tooling moved beside the engine).
    ignores: ['graders/tooling/calibration/write-packet.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false }],
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    // Browser tests wait for what the page says (an attribute, a text), never for a fixed time: a sleep is too short
    // on the busy 2-core CI machine and too long everywhere else.
    files: ['test/e2e/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          property: 'waitForTimeout',
          message: 'Wait for a state of the page (expect(...).toHaveAttribute), not a time.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Wait for a state of the page (expect(...).toHaveAttribute), not a time.' },
      ],
    },
  },
);
