/** `khcn catalog [--json]`: the 50 indicators with all their fields. */
import type { Catalog } from '../../domain/catalog';
import { findUnit } from '../../domain/catalog';
import { formatTable, printJson, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';
import { say } from '../say';

export function catalogCommand(catalog: Catalog, json: boolean, output: Output): ExitCode {
  if (json) {
    printJson(output, {
      catalogVersion: catalog.version,
      count: catalog.indicators.length,
      indicators: catalog.indicators,
    });
    return EXIT.ok;
  }
  const rows = catalog.indicators.map((ind) => [
    ind.code,
    ind.nameVi,
    findUnit(catalog, ind.leadUnitId)?.nameVi ?? ind.leadUnitVi,
    ind.unitOfMeasureVi,
    ind.formula ? ind.formula.fn : '',
  ]);
  output.out(formatTable(say(output, 'CATALOG_HEADERS').split('|'), rows));
  output.out(
    `\n${say(output, 'CATALOG_FOOTER', { count: catalog.indicators.length, version: catalog.version })}`,
  );
  return EXIT.ok;
}
