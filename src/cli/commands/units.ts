/** `khcn units [--json]`: the registry of reporting units and what each reports. */
import type { Catalog } from '../../domain/catalog';
import { indicatorsForUnit } from '../../domain/catalog';
import { formatTable, printJson, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';
import { say } from '../say';

function unitRows(catalog: Catalog) {
  return catalog.units.map((unit) => {
    const reported = indicatorsForUnit(catalog, unit.id);
    return {
      ...unit,
      leadIndicators: reported.filter((r) => r.role === 'lead').map((r) => r.indicator.code),
      cooperatingIndicators: reported.filter((r) => r.role === 'cooperating').map((r) => r.indicator.code),
    };
  });
}

export function unitsCommand(catalog: Catalog, json: boolean, output: Output): ExitCode {
  const units = unitRows(catalog);
  if (json) {
    printJson(output, { catalogVersion: catalog.version, count: units.length, units });
    return EXIT.ok;
  }
  const rows = units.map((u) => [
    u.id,
    u.statCode ?? '',
    output.lang === 'vi' ? u.nameVi : u.nameEn,
    String(u.leadIndicators.length),
    String(u.cooperatingIndicators.length),
  ]);
  output.out(formatTable(say(output, 'UNITS_HEADERS').split('|'), rows));
  output.out(`\n${say(output, 'UNITS_FOOTER', { count: units.length })}`);
  return EXIT.ok;
}
