// ESLint flat config. Besides the usual checks it enforces the layering:
// domain imports nothing of the app; app imports only domain; the task pane never
// imports Office.js code (src/excel) but receives services.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}`, `**/${dir}/**`], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'test-artifacts', 'out'] },
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
