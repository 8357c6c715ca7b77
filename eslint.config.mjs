// ESLint flat config. Besides the usual checks it enforces the layering:
// domain imports nothing of the app; app imports only domain; the task pane never
// imports Office.js code (src/excel) but receives services; src/xlsx (the xlsx reader shared
// by the CLI and the task pane) uses neither Node nor the DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const NO_NODE =
  'src/xlsx also runs in the browser: no Node built-ins (use Uint8Array, fflate, crypto.subtle).';
/** Node built-ins imported without the 'node:' prefix ('node:*' is a pattern below). */
const NODE_BUILTINS = [
  'buffer',
  'child_process',
  'crypto',
  'fs',
  'fs/promises',
  'os',
  'path',
  'stream',
  'util',
  'zlib',
];

const layerPatterns = (forbidden, message) =>
  forbidden.map((dir) => ({ group: [`**/${dir}`, `**/${dir}/**`], message }));

const layer = (files, forbidden, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(forbidden, message) }] },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-cli', 'coverage', 'test-artifacts', 'out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  layer(
    ['src/domain/**'],
    ['app', 'excel', 'functions', 'taskpane', 'cli'],
    'src/domain is pure: it imports nothing of the other layers.',
  ),
  layer(
    ['src/app/**'],
    ['excel', 'functions', 'taskpane', 'cli'],
    'src/app takes its adapters as arguments.',
  ),
  layer(
    ['src/taskpane/**'],
    ['excel', 'cli'],
    'The task pane receives Excel services; it never imports src/excel.',
  ),
  layer(
    ['src/functions/**'],
    ['app', 'excel', 'taskpane', 'cli'],
    'Custom functions are thin wrappers over src/domain.',
  ),
  layer(
    ['src/excel/**'],
    ['taskpane', 'cli', 'functions'],
    'src/excel is an adapter: it imports domain and app only.',
  ),
  layer(['src/cli/**'], ['excel', 'taskpane', 'functions'], 'The CLI uses the same core, never Office.js.'),
  {
    files: ['src/xlsx/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: NO_NODE })),
          patterns: [
            ...layerPatterns(
              ['excel', 'functions', 'taskpane', 'cli'],
              'src/xlsx is shared by the CLI and the task pane: it imports src/domain and src/app types only.',
            ),
            {
              group: ['node:*'],
              message: NO_NODE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'Buffer',
        'process',
        'require',
        'window',
        'document',
        'Office',
        'Excel',
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Office',
        'Excel',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  prettier,
);
