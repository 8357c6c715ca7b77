// Builds out/test-host (webpack --env testHost) when it is missing or older than its inputs,
// so `npm test` passes on a clean clone. Runs webpack in a child process: loading webpack
// inside jest's module registry is slow and fragile.
// The page's mtime is set to the build's start afterwards: webpack does not rewrite an output
// file whose content is unchanged (the page's never changes), so without it every run rebuilt.
// Several browser test files run in parallel jest workers: a lock file makes one build while
// the others wait, then find the host fresh.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
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

const LOCK = path.join(ROOT, 'out/test-host.lock');

/** The lock's owner (a pid) has ended: the lock was left by a killed run. */
function lockAbandoned(): boolean {
  const pid = Number(readFileSync(LOCK, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - statSync(LOCK).mtimeMs > 5_000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (lockAbandoned()) rmSync(LOCK, { force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

export async function ensureTestHost(): Promise<{ rebuilt: boolean }> {
  return withBuildLock(async () => {
    if (!testHostIsStale()) return { rebuilt: false };
    const started = new Date();
    const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    await promisify(execFile)(process.execPath, [cli, '--mode', 'production', '--env', 'testHost'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    // An input saved during the build is newer than this: the next run builds again.
    utimesSync(PAGE, started, started);
    return { rebuilt: true };
  });
}
