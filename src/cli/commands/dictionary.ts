/** `khcn dictionary --out <file.xlsx|file.md>`: the indicator dictionary as a file. */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Catalog } from '../../domain/catalog';
import { dictionaryFormatOf, exportDictionary } from '../../app/export-dictionary';
import { writeTablesXlsx } from '../xlsx/table-workbook';
import { writeFileEnsuringDir, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';

export async function dictionaryCommand(
  catalog: Catalog,
  out: string | undefined,
  output: Output,
): Promise<ExitCode> {
  if (!out) {
    output.err('Thiếu --out <tệp.xlsx|tệp.md>. / Missing --out <file.xlsx|file.md>.');
    return EXIT.failed;
  }
  const format = dictionaryFormatOf(out);
  if (!format) {
    output.err(`Tệp "${out}" phải có đuôi .xlsx hoặc .md. / The output file must end in .xlsx or .md.`);
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
    output.err(`Không ghi được tệp "${out}": ${(e as Error).message}. / Could not write the file.`);
    return EXIT.failed;
  }
  output.out(`Đã ghi từ điển chỉ số (${catalog.indicators.length} chỉ tiêu) vào ${out}`);
  return EXIT.ok;
}
