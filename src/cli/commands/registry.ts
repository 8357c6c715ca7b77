/**
 * `khcn registry --out <don-vi.xlsx> [--registry <file>]`: writes the unit registry as the
 * workbook the office edits (units, categories, the office's contact); with --registry, the
 * office's own file is read, checked and written back in the current layout.
 *
 * `--registry <file.xlsx|file.csv>` on the other commands: see loadRegistryOption.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { loadRegistry, registryXlsx } from '../../app/registry';
import type { Catalog } from '../../domain/catalog';
import { EXIT, type ExitCode } from '../exit-codes';
import type { Output } from '../output';
import { printIssues, say } from '../say';
import { readFailure, writeAtomically, writeFailure } from '../write-file';

/**
 * The catalogue to work with: the built-in one, or the one of the --registry file. Prints every
 * finding of the file (errors, then the ids it made up); undefined when the file cannot be used.
 */
export async function loadRegistryOption(
  base: Catalog,
  path: string | undefined,
  output: Output,
): Promise<Catalog | undefined> {
  if (path === undefined) return base;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(path));
  } catch (e) {
    output.err(readFailure(output, path, '--registry', e));
    return undefined;
  }
  const loaded = await loadRegistry(base, bytes, path);
  printIssues(output, loaded.issues);
  if (loaded.catalog === undefined)
    output.err(say(output, 'LIST_HAS_ERRORS', { file: path, option: '--registry' }));
  return loaded.catalog;
}

export async function registryCommand(
  catalog: Catalog,
  out: string | undefined,
  output: Output,
): Promise<ExitCode> {
  if (out === undefined) {
    output.err(say(output, 'OUT_MISSING', { what: 'don-vi.xlsx' }));
    return EXIT.failed;
  }
  if (extname(out).toLowerCase() !== '.xlsx') {
    output.err(say(output, 'OUT_EXTENSION', { file: out, ext: '.xlsx' }));
    return EXIT.failed;
  }
  try {
    await writeAtomically(resolve(out), await registryXlsx(catalog));
  } catch (e) {
    output.err(writeFailure(output, out, e));
    return EXIT.failed;
  }
  const units = catalog.units.filter((u) => u.kind !== 'placeholder').length;
  output.out(say(output, 'REGISTRY_WRITTEN', { count: units, file: out }));
  return EXIT.ok;
}
