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
// ECharts (and its renderer zrender) ship ES modules only: transpiled for jest like our code.
const esmPackages = ['echarts', 'zrender'];
const esm = {
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  transform: {
    '^.+\\.tsx?$': tsJest,
    [`/node_modules/(${esmPackages.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: { ...tsJest[1].tsconfig, allowJs: true }, isolatedModules: true },
    ],
  },
};
module.exports = {
  globalSetup: '<rootDir>/test/global-setup.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/test/browser/'],
      ...esm,
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
