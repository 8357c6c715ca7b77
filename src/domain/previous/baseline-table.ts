/**
 * The baseline workbook ("Số liệu kỳ trước"): the office types last year's figures from last
 * year's report into one long table — a row per (unit or province, indicator, component) — and
 * hands it over with --previous (or in the task pane). `khcn baseline` writes it pre-filled with
 * every row to type; this module makes those rows and reads them back, naming every bad row.
 */
import { findIndicator, findUnit, indicatorsForUnit, type Catalog, type Component } from '../catalog';
import { makeIssue, type Issue } from '../issues';
import { parseNumberText } from '../numbers';
import { headerKey } from '../text';
import { cellText, findHeader, isDateCell, type UserCell, type UserTable } from '../user-table';
import { HEADLINE, PROVINCE_ID, unitValueKey, type PreviousPeriod } from './model';

export const BASELINE_SHEET = 'Kỳ trước';
/** The label of the row holding the period's year, above the table. */
export const YEAR_LABEL = 'Năm kỳ trước';
export const PROVINCE_NAME = 'Toàn tỉnh';
export const HEADLINE_LABEL = 'Giá trị chỉ tiêu';

export const BASELINE_HEADERS = {
  unitId: 'Mã đơn vị',
  unitName: 'Đơn vị',
  indicator: 'Mã chỉ tiêu',
  component: 'Mã thành phần',
  componentVi: 'Thành phần',
  unitOfMeasure: 'Đơn vị tính',
  value: 'Giá trị kỳ trước',
} as const;
type Column = keyof typeof BASELINE_HEADERS;

export interface BaselineRow {
  unitId: string;
  unitName: string;
  indicator: string;
  component: string;
  componentVi: string;
  unitOfMeasure: string;
}

/** Components with one number per unit: the ones a previous value can be compared with. */
export const isScalarNumber = (c: Component): boolean => !['text', 'list', 'date'].includes(c.type);

/** Every row to fill: the province's values first (headline, then components), then each unit's. */
export function baselineRows(catalog: Catalog): BaselineRow[] {
  const rows: BaselineRow[] = [];
  for (const ind of catalog.indicators) {
    const province = { unitId: PROVINCE_ID, unitName: PROVINCE_NAME, indicator: ind.code };
    rows.push({
      ...province,
      component: HEADLINE,
      componentVi: `${HEADLINE_LABEL}: ${ind.nameVi}`,
      unitOfMeasure: ind.formula?.unitVi ?? ind.unitOfMeasureVi,
    });
    for (const c of ind.components.filter(isScalarNumber))
      rows.push({ ...province, component: c.key, componentVi: c.labelVi, unitOfMeasure: c.unitVi });
  }
  for (const unit of catalog.units) {
    if (unit.kind === 'placeholder') continue;
    for (const a of indicatorsForUnit(catalog, unit.id))
      for (const c of a.components.filter(isScalarNumber))
        rows.push({
          unitId: unit.id,
          unitName: unit.nameVi,
          indicator: a.indicator.code,
          component: c.key,
          componentVi: c.labelVi,
          unitOfMeasure: c.unitVi,
        });
  }
  return rows;
}

const NAMES: Record<Column, readonly string[]> = {
  unitId: [BASELINE_HEADERS.unitId, 'Mã'],
  unitName: [BASELINE_HEADERS.unitName],
  indicator: [BASELINE_HEADERS.indicator, 'Chỉ tiêu'],
  component: [BASELINE_HEADERS.component],
  componentVi: [BASELINE_HEADERS.componentVi],
  unitOfMeasure: [BASELINE_HEADERS.unitOfMeasure],
  value: [BASELINE_HEADERS.value, 'Giá trị năm trước', 'Giá trị'],
};

function numberOf(c: UserCell | undefined): number | undefined | 'bad' {
  if (c === null || c === undefined || isDateCell(c))
    return c === null || c === undefined ? undefined : 'bad';
  if (typeof c === 'number') return Number.isFinite(c) ? c : 'bad';
  const parsed = parseNumberText(String(c));
  if (parsed.kind === 'empty') return undefined;
  return parsed.kind === 'number' ? parsed.value : 'bad';
}

function yearOf(table: UserTable, before: number): number | undefined {
  for (const r of table.rows.slice(0, before)) {
    const i = r.cells.findIndex((c) => headerKey(cellText(c)) === headerKey(YEAR_LABEL));
    const v = i < 0 ? undefined : numberOf(r.cells[i + 1]);
    if (typeof v === 'number' && Number.isInteger(v)) return v;
  }
  return undefined;
}

export type PreviousParse = { previous?: PreviousPeriod; issues: Issue[] };

/** Reads a filled baseline table (the first table with the headers); blank values are skipped. */
export function parseBaseline(catalog: Catalog, tables: readonly UserTable[]): PreviousParse {
  const required: Column[] = ['unitId', 'indicator', 'component', 'value'];
  const found = tables
    .map((table) => ({ table, header: findHeader(table, NAMES, required) }))
    .find((t) => t.header !== undefined);
  const file = tables[0]?.file ?? '';
  if (found?.header === undefined) return { issues: [makeIssue('PREVIOUS_NO_TABLE', {}, { file })] };
  const { table, header } = found;
  const at = { file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) };
  const year = yearOf(table, header.index);
  if (year === undefined) return { issues: [makeIssue('PREVIOUS_NO_YEAR', { label: YEAR_LABEL }, at)] };
  const col = (c: Column, cells: readonly UserCell[]): UserCell | undefined => {
    const i = header.columns[c];
    return i === undefined ? undefined : cells[i];
  };
  const previous: PreviousPeriod = { year, source: file, province: {}, units: {} };
  const issues: Issue[] = [];
  for (const r of table.rows.slice(header.index + 1)) {
    const value = numberOf(col('value', r.cells));
    if (value === undefined) continue;
    const bad = (column: Column, text: string): void => {
      const params = { row: String(r.row), column: BASELINE_HEADERS[column], text };
      issues.push(makeIssue('PREVIOUS_BAD_ROW', params, at));
    };
    if (value === 'bad') {
      bad('value', cellText(col('value', r.cells)) || '?');
      continue;
    }
    const unitId = cellText(col('unitId', r.cells));
    const code = cellText(col('indicator', r.cells));
    const component = cellText(col('component', r.cells));
    const ind = findIndicator(catalog, code);
    const isProvince = headerKey(unitId) === headerKey(PROVINCE_ID);
    const unit = isProvince ? undefined : findUnit(catalog, unitId);
    if (!isProvince && unit === undefined) bad('unitId', unitId);
    else if (ind === undefined) bad('indicator', code);
    else if (
      !(isProvince && component === HEADLINE) &&
      !ind.components.some((c) => c.key === component && isScalarNumber(c))
    )
      bad('component', component);
    else if (isProvince) (previous.province[ind.code] ??= {})[component] = value;
    else if (unit) (previous.units[unit.id] ??= {})[unitValueKey(ind.code, component)] = value;
  }
  return { previous, issues };
}
