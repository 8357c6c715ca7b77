/**
 * The list of units expected to report this round (`khcn consolidate --units`, the pane's
 * "Danh sách phải báo cáo"), from a table the office hands over: the column headed "Mã đơn vị" /
 * "id" (a title row above it is fine), else every value of the first column. Registry ids and
 * communes' statistics codes are both accepted. An unknown id refuses the whole list, naming
 * every unknown id: a typo must not silently drop a unit from the completeness count.
 */
import { resolveUnit, type Catalog } from './catalog';
import { makeIssue, type Issue } from './issues';
import { cellText, findHeader, type UserTable } from './user-table';

const ID_COLUMN = { id: ['id', 'Mã đơn vị', 'Mã ĐV', 'Mã', 'unit id', 'unitId', 'key'] } as const;

export interface ExpectedUnitsParse {
  /** Registry ids, in the list's order, each once; undefined when the list has errors. */
  ids?: string[];
  issues: Issue[];
}

/** The ids as written: the id column below its header, else column A of the first table. */
function rawIds(tables: readonly UserTable[]): string[] {
  for (const table of tables) {
    const header = findHeader(table, ID_COLUMN, ['id']);
    if (header === undefined) continue;
    const col = header.columns.id ?? 0;
    return table.rows.slice(header.index + 1).map((r) => cellText(r.cells[col]));
  }
  return (tables[0]?.rows ?? []).map((r) => cellText(r.cells[0]));
}

export function parseExpectedUnits(catalog: Catalog, tables: readonly UserTable[]): ExpectedUnitsParse {
  const where = { file: tables[0]?.file ?? '' };
  const written = rawIds(tables).filter((s) => s !== '');
  const unknown = [...new Set(written.filter((s) => resolveUnit(catalog, s) === undefined))];
  if (unknown.length > 0)
    return {
      issues: [makeIssue('UNITS_LIST_UNKNOWN', { count: unknown.length, ids: unknown.join(', ') }, where)],
    };
  const ids = [...new Set(written.map((s) => resolveUnit(catalog, s)?.id ?? s))];
  if (ids.length === 0) return { issues: [makeIssue('UNITS_LIST_EMPTY', {}, where)] };
  return { ids, issues: [] };
}
