/**
 * `khcn baseline --out <ky-truoc.xlsx> [--year 2025]`: the baseline workbook the office fills
 * with last year's figures, then hands to `khcn consolidate … --previous <file>`.
 */
import { extname, resolve } from 'node:path';
import type { Catalog } from '../../domain/catalog';
import { EXIT, type ExitCode } from '../exit-codes';
import type { Output } from '../output';
import { parseYear } from '../option-values';
import { say } from '../say';
import { writeAtomically, writeFailure } from '../write-file';

export async function baselineCommand(
  catalog: Catalog,
  args: { out?: string; year?: string },
  output: Output,
): Promise<ExitCode> {
  if (args.out === undefined) {
    output.err(say(output, 'OUT_MISSING', { what: 'ky-truoc.xlsx' }));
    return EXIT.failed;
  }
  if (extname(args.out).toLowerCase() !== '.xlsx') {
    output.err(say(output, 'OUT_EXTENSION', { file: args.out, ext: '.xlsx' }));
    return EXIT.failed;
  }
  const year = args.year === undefined ? 2025 : parseYear(args.year);
  if (year === undefined) {
    output.err(say(output, 'YEAR_INVALID', { value: args.year ?? '' }));
    return EXIT.failed;
  }
  try {
    const { baselineWorkbook } = await import('../../xlsx/baseline-writer');
    await writeAtomically(resolve(args.out), await baselineWorkbook(catalog, year));
  } catch (e) {
    output.err(writeFailure(output, args.out, e));
    return EXIT.failed;
  }
  output.out(say(output, 'BASELINE_WRITTEN', { file: args.out, year: String(year) }));
  return EXIT.ok;
}
