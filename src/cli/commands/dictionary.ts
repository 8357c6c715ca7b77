/** `khcn dictionary --out <file.xlsx|file.md>`: the indicator dictionary as a file. */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Catalog } from '../../domain/catalog';
import { dictionaryFormatOf, exportDictionary } from '../../app/export-dictionary';
import { writeTablesXlsx } from '../xlsx/table-workbook';
import { writeFileEnsuringDir, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';
import { say } from '../say';
import { writeFailure } from '../write-file';

export async function dictionaryCommand(
  catalog: Catalog,
  out: string | undefined,
  output: Output,
): Promise<ExitCode> {
  if (!out) {
    output.err(say(output, 'OUT_MISSING', { what: 'tệp.xlsx|tệp.md' }));
    return EXIT.failed;
  }
  const format = dictionaryFormatOf(out);
  if (!format) {
    output.err(say(output, 'OUT_EXTENSION', { file: out, ext: '.xlsx | .md' }));
    return EXIT.failed;
  }
  try {
    await exportDictionary(catalog, out, format, {
      writeXlsx: async (path, tables) => {
        await mkdir(dirname(path), { recursive: true });
        await writeTablesXlsx(path, tables);
      },
      writeText: writeFileEnsuringDir,
    });
  } catch (e) {
    output.err(writeFailure(output, out, e));
    return EXIT.failed;
  }
  output.out(say(output, 'DICTIONARY_WRITTEN', { count: catalog.indicators.length, file: out }));
  return EXIT.ok;
}
