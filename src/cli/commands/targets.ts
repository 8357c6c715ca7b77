/** `khcn targets [--json]`: the 78 targets of Plan 17/KH-UBND with their reading confidence. */
import type { Catalog } from '../../domain/catalog';
import { TARGET_YEARS } from '../../domain/catalog/schema';
import { formatTable, printJson, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';

const CONFIDENCE_VI = { high: 'cao', medium: 'trung bình', low: 'THẤP' } as const;

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
    CONFIDENCE_VI[t.confidence],
  ]);
  output.out(formatTable(['Mã', 'Chỉ tiêu', ...TARGET_YEARS.map(String), 'Độ tin cậy'], rows));
  const low = catalog.targets.filter((t) => t.confidence === 'low').length;
  output.out(
    `\n${catalog.targets.length} chỉ tiêu; ${low} chỉ tiêu có độ tin cậy THẤP (bản quét khó đọc) — không dùng như số liệu chắc chắn.`,
  );
  return EXIT.ok;
}
