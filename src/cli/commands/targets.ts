/** `khcn targets [--json]`: the 78 targets of Plan 17/KH-UBND with their reading confidence. */
import type { Catalog } from '../../domain/catalog';
import { TARGET_YEARS } from '../../domain/catalog/constants';
import { formatTable, printJson, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';
import { say } from '../say';

const CONFIDENCE = { high: 'CONFIDENCE_HIGH', medium: 'CONFIDENCE_MEDIUM', low: 'CONFIDENCE_LOW' } as const;

export function targetsCommand(catalog: Catalog, json: boolean, output: Output): ExitCode {
  if (json) {
    printJson(output, {
      catalogVersion: catalog.version,
      count: catalog.targets.length,
      targets: catalog.targets,
    });
    return EXIT.ok;
  }
  const rows = catalog.targets.map((t) => [
    t.code,
    t.nameVi,
    ...TARGET_YEARS.map((y) => t.values[String(y)]?.raw ?? ''),
    say(output, CONFIDENCE[t.confidence]),
  ]);
  output.out(formatTable(say(output, 'TARGETS_HEADERS', { years: TARGET_YEARS.join('|') }).split('|'), rows));
  const low = catalog.targets.filter((t) => t.confidence === 'low').length;
  output.out(`\n${say(output, 'TARGETS_FOOTER', { count: catalog.targets.length, low })}`);
  return EXIT.ok;
}
