// Builds out/test-host (webpack --env testHost) when it is missing or older than its inputs,
// so `npm test` passes on a clean clone. Runs webpack in a child process: loading webpack
// inside jest's module registry is slow and fragile.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(__dirname, '../../..');
export const HOST_DIR = path.join(ROOT, 'out/test-host');
const PAGE = path.join(HOST_DIR, 'test-host.html');
const INPUTS = [
  'src',
  'test/fakes',
  'test/browser/host',
  'assets',
  'webpack.config.js',
  'manifest.xml',
  'package.json',
];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), st.mtimeMs);
}

export function testHostIsStale(): boolean {
  if (!existsSync(PAGE)) return true;
  const built = statSync(PAGE).mtimeMs;
  return INPUTS.some((p) => newestMtime(path.join(ROOT, p)) > built);
}

export async function ensureTestHost(): Promise<{ rebuilt: boolean }> {
  if (!testHostIsStale()) return { rebuilt: false };
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  await promisify(execFile)(process.execPath, [cli, '--mode', 'production', '--env', 'testHost'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { rebuilt: true };
}
