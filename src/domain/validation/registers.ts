/**
 * The register tables of a filled template (KHCN_DS_<KEY>, read by the host adapter) checked row
 * by row through domain/registers: the issues join the file's, the rows feed the consolidation.
 */
import { columnNumber } from '../a1';
import type { RegisterKey } from '../catalog/schema';
import { makeIssue, type Issue } from '../issues';
import { REGISTERS } from '../registers/definitions';
import { readRegisterRows, type RegisterRow } from '../registers/rows';
import type { UserCell } from '../user-table';
import type { CellValue, WorkbookReading } from './reading';

function userCell(v: CellValue): UserCell {
  switch (v.kind) {
    case 'empty':
      return null;
    case 'number':
    case 'text':
    case 'boolean':
      return v.value;
    case 'date':
      return { date: v.value };
    case 'error':
      return v.value;
    case 'invalid':
      return v.text;
  }
}

export function readRegisters(
  reading: WorkbookReading,
  file: string,
): { rows: Partial<Record<RegisterKey, RegisterRow[]>>; issues: Issue[] } {
  const rows: Partial<Record<RegisterKey, RegisterRow[]>> = {};
  const issues: Issue[] = [];
  for (const def of REGISTERS) {
    const t = reading.tables?.[def.table];
    if (t === undefined) continue;
    if (t.status === 'too-large') {
      issues.push(
        makeIssue('REGISTER_TABLE_TOO_LARGE', { table: def.table, range: t.range }, { file, sheet: t.sheet }),
      );
      continue;
    }
    const first = /^([A-Z]+)/.exec(t.range.toUpperCase())?.[1] ?? 'A';
    const read = readRegisterRows(def, {
      file,
      sheet: t.sheet,
      firstColumn: columnNumber(first),
      rows: t.rows.map((r) => ({ row: r.row, cells: r.cells.map(userCell) })),
    });
    rows[def.key] = read.rows;
    issues.push(...read.issues);
  }
  return { rows, issues };
}
