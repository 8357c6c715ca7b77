/**
 * The product's read phase alone, compiled like the CLI (bench.ts bundles it with esbuild): every
 * .xlsx of a folder through the reader the consolidation uses (readReceivedPath: hash, zip,
 * XML, template cells), one after another in one process, each result dropped once read.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readReceivedPath } from '../../src/cli/xlsx/template-reader';

async function main(dir: string): Promise<void> {
  let ok = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.xlsx'))
    .sort()) {
    const r = await readReceivedPath(join(dir, name), name);
    if (r.outcome.ok) ok++;
  }
  process.stdout.write(JSON.stringify({ ok }));
}

void main(process.argv[2] ?? '.');
