// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser globals that the pure core must never touch: it runs in Node tests and has no DOM. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'fetch',
  'HTMLElement',
  'Element',
  'Node',
  'requestAnimationFrame',
  'AudioContext',
].map((name) => ({ name, message: 'src/core is pure: reach the outside world through src/services.' }));

/** Builds a no-restricted-imports rule that forbids the given packages and layer folders. */
const forbid = (packages, layers, why) => [
  'error',
  {
    paths: packages.map((name) => ({ name, message: why })),
    patterns: layers.map((layer) => ({ group: [`**/${layer}/**`, `**/${layer}`], message: why })),
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-e2e/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': forbid(
        ['phaser', 'howler', 'localforage'],
        ['services', 'ui', 'game'],
        'src/core is pure TypeScript: no Phaser, howler, localforage or outer layers.',
      ),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021, queueMicrotask: 'readonly' } },
    rules: {
      'no-restricted-imports': forbid(
        ['phaser', 'howler', 'localforage'],
        ['services', 'ui', 'game'],
        'src/app holds the use cases over the core: it reaches storage, sound and the page through ports passed in.',
      ),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['phaser'],
        ['ui', 'game'],
        'services adapt the outside world; they do not draw.',
      ),
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['phaser', 'howler', 'localforage'],
        ['game', 'services'],
        'src/ui is DOM only: it reaches audio, storage and the map through interfaces passed in.',
      ),
    },
  },
  {
    files: ['src/game/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['howler', 'localforage'],
        ['ui', 'services'],
        'src/game is Phaser only: it talks to the rest through the store and events.',
      ),
    },
  },
);
