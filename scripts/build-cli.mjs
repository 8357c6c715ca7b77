// Compiles the `khcn` command (src/cli) to plain JavaScript in dist-cli/ (git-ignored): run by
// `npm ci` / `npm install` through the "prepare" script, and by `npm run build:cli`.
// ESM with code splitting, so that each command's modules load only when it runs (`khcn --help`
// loads none of them); the read worker is a second entry sharing the same chunks. Packages stay
// in node_modules (they are installed anyway), so the output is only our code.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Start clean: chunk names carry content hashes, so old builds would otherwise pile up.
rmSync('dist-cli', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts', 'read-worker': 'src/cli/read-worker.ts' },
  outdir: 'dist-cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  sourcemap: true,
  logLevel: 'warning',
});
