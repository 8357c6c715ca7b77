// `npm run fuzz` — the reader's fuzz test (test/xlsx/fuzz.test.ts) with 5 000 mutated workbooks
// instead of the CI's small count. FUZZ_COUNT and FUZZ_SEED override the count and the seed.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_COUNT: process.env.FUZZ_COUNT ?? '5000' };
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', 'test/xlsx/fuzz', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
  },
);
process.exit(jest.status ?? 1);
