// Use case "Kiểm tra số liệu" (in the add-in; `khcn validate` is validate-workbook.ts): read the open workbook (read model), run the pure rules, and mark
// the result in place: each input cell gets an issue colour or its own input colour back (so a
// fixed value loses its mark), and the add-in's status column says per indicator what is wrong.
// Only input cells (by defined name) and the status column are ever written.
import type { Catalog } from '../domain/catalog';
import { findIndicator } from '../domain/catalog';
import type { Issue } from '../domain/issues';
import { DATA_COLUMNS, DATA_HEADER_ROW } from '../domain/template/data-sheet';
import { inputCellProps } from '../domain/template/inputs';
import { STYLES } from '../domain/template/styles';
import {
  analyzeTemplate,
  columnLetters,
  parseCell,
  statusText,
  summarize,
  type Expectation,
  type ExtractedValues,
  type ValidationSummary,
  type WorkbookReading,
} from '../domain/validation';
import { rangeContains } from '../domain/validation/reading';
import type { CellMark, MarkPlan, StatusMark, ValidationHost } from './ports';

/** Fills of marked inputs: Excel's own "bad" and "neutral" colours, as in the legend. */
export const MARK_FILL = {
  error: STYLES.legendError.fill ?? 'FFC7CE',
  warning: STYLES.legendWarning.fill ?? 'FFEB9C',
} as const;

/** The add-in's status column: right of the data sheet's last column (H holds native status formulas). */
export const STATUS_COLUMN = columnLetters(DATA_COLUMNS.length + 1);
export const STATUS_HEADER_VI = 'Kết quả kiểm tra';

const STATUS_FILL = {
  errors: STYLES.legendError.fill ?? null,
  warnings: STYLES.legendWarning.fill ?? null,
  valid: STYLES.legendOk.fill ?? null,
  empty: null,
} as const;

export interface ValidationRun {
  issues: Issue[];
  summary: ValidationSummary;
  values: ExtractedValues;
  plan: MarkPlan;
}

interface InputRef {
  name: string;
  indicator: string;
  sheet: string;
  range: string;
  baseFill: string;
}

/** The inputs the reading found, with their own (unmarked) fill. */
function inputRefs(catalog: Catalog, reading: WorkbookReading, values: ExtractedValues): InputRef[] {
  const out: InputRef[] = [];
  for (const ind of values.indicators) {
    const indicator = findIndicator(catalog, ind.code);
    for (const comp of ind.components) {
      const n = reading.names[comp.definedName];
      const component = indicator?.components.find((c) => c.key === comp.key);
      if (n?.status !== 'ok' || !indicator || !component) continue;
      if (!reading.sheets.some((s) => s.name === n.sheet)) continue;
      const style = STYLES[inputCellProps(indicator, component).style];
      out.push({
        name: comp.definedName,
        indicator: ind.code,
        sheet: n.sheet,
        range: n.range,
        baseFill: style.fill ?? 'FFFFFF',
      });
    }
  }
  return out;
}

const firstRow = (range: string): number => parseCell(range.split(':')[0] ?? '')?.row ?? 0;

/**
 * What to write: for every input its base fill, then the fill of its cells with issues (errors
 * over warnings); per indicator a status text next to its first input. With no issues this
 * plan clears every mark.
 */
export function planMarks(
  catalog: Catalog,
  reading: WorkbookReading,
  issues: readonly Issue[],
  values: ExtractedValues,
  protectedSheets: readonly string[],
): MarkPlan {
  const summary = summarize(issues, values);
  const refs = inputRefs(catalog, reading, values);
  // A blank indicator reads "Chưa nhập" in the status column; its inputs are not painted red.
  const blank = new Set(summary.byIndicator.filter((s) => s.status === 'empty').map((s) => s.indicator));
  const cells: CellMark[] = [];
  for (const ref of refs) {
    cells.push({ sheet: ref.sheet, address: ref.range, fill: ref.baseFill });
    const worst = new Map<string, 'error' | 'warning'>();
    for (const issue of issues) {
      if (issue.severity === 'info' || blank.has(ref.indicator)) continue;
      const mine = issue.definedName === ref.name;
      const inside =
        issue.cell !== undefined &&
        (issue.sheet === undefined || issue.sheet === ref.sheet) &&
        rangeContains(ref.range, issue.cell);
      if (!mine && !inside) continue;
      // An issue about the whole name (no cell) colours the whole range.
      const at = inside && issue.cell !== undefined ? issue.cell : ref.range;
      if (worst.get(at) !== 'error') worst.set(at, issue.severity);
    }
    // Whole-range marks first, so a cell's own mark wins.
    const ordered = [...worst].sort(([a], [b]) => Number(!a.includes(':')) - Number(!b.includes(':')));
    for (const [address, sev] of ordered) cells.push({ sheet: ref.sheet, address, fill: MARK_FILL[sev] });
  }

  const statuses: StatusMark[] = [];
  for (const s of summary.byIndicator) {
    const own = refs.filter((r) => r.indicator === s.indicator);
    const first = own.sort((a, b) => firstRow(a.range) - firstRow(b.range))[0];
    if (!first) continue;
    statuses.push({
      sheet: first.sheet,
      address: `${STATUS_COLUMN}${firstRow(first.range)}`,
      text: statusText(s, 'vi'),
      fill: STATUS_FILL[s.status],
    });
  }
  const sheet = refs[0]?.sheet;
  const header: StatusMark | undefined = sheet
    ? { sheet, address: `${STATUS_COLUMN}${DATA_HEADER_ROW}`, text: STATUS_HEADER_VI, fill: null }
    : undefined;
  return { cells, statuses, ...(header ? { header } : {}), protectedSheets };
}

/** Read, validate, mark: 2 syncs (1 read + 1 marks), the first check of a session too. */
export async function validateWorkbook(
  host: ValidationHost,
  catalog: Catalog,
  expect: Expectation = {},
): Promise<ValidationRun> {
  const { reading, protectedSheets } = await host.read();
  const { issues, values } = analyzeTemplate(catalog, reading, expect);
  const plan = planMarks(catalog, reading, issues, values, protectedSheets);
  if (plan.cells.length > 0 || plan.statuses.length > 0) await host.mark(plan);
  return { issues, summary: summarize(issues, values), values, plan };
}

/** Removes the marks: input colours back from styles.ts, the status column emptied. */
export async function clearMarks(host: ValidationHost, catalog: Catalog): Promise<void> {
  const { reading, protectedSheets } = await host.read();
  const { values } = analyzeTemplate(catalog, reading);
  const plan = planMarks(catalog, reading, [], values, protectedSheets);
  const blank = (m: StatusMark): StatusMark => ({ ...m, text: '', fill: null });
  await host.mark({
    ...plan,
    statuses: plan.statuses.map(blank),
    ...(plan.header ? { header: blank(plan.header) } : {}),
  });
}

/** True when a change event only concerns the status column (our own writes): no re-validation. */
export function isOwnStatusWrite(address: string): boolean {
  const parts = address.replace(/\$/g, '').split(':');
  return parts.every((p) => new RegExp(`^${STATUS_COLUMN}\\d+$`, 'i').test(p.trim()));
}
