/** @type {import('jest').Config} */
const tsJest = [
  'ts-jest',
  {
    // Types are checked by `npm run typecheck`; tests only transpile (much faster on 2 cores).
    tsconfig: {
      isolatedModules: true,
      module: 'commonjs',
      jsx: 'react-jsx',
      esModuleInterop: true,
      target: 'ES2020',
    },
  },
];
module.exports = {
  globalSetup: '<rootDir>/test/global-setup.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/test/browser/'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
