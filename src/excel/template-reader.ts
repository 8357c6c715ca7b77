// Office.js ValidationHost.read: builds the validation read model (src/domain/validation/reading.ts)
// from the open workbook in ONE sync, whatever the number of indicators: the sheets (name,
// visibility, protection), every defined name with its reference text (NamedItem.formula,
// ExcelApi 1.7), the identity rows and the used range of the sheet(s) the inputs live on (the data
// sheet, or those the names pointed to last time) are queued together; each name's A1 reference
// is then resolved in memory against the loaded used ranges (a cell outside them is empty).
// A second sync happens only when a name points to another existing sheet, or when a guessed
// sheet is missing (the batch fails and is redone as: sync 1 sheets + names, sync 2 ranges).
// Register tables (KHCN_DS_<KEY>): their names, sheets and sizes come with the first batch; the
// ranges of those within MAX_TABLE_CELLS are loaded in the second sync (so a workbook with
// registers always takes two), a larger one is reported, not read.
// Not read: merged areas (Range.getMergedAreasOrNullObject needs ExcelApi 1.13; the Kiểm tra tab
// declares 1.7), so MERGED_INPUT_CELL is only reported by `khcn validate` on files.
import type { HostReading } from '../app/ports';
import { DATA_SHEET } from '../domain/template/data-sheet';
import { IDENTITY_SHEET } from '../domain/template/identity';
import { NAME_PREFIX } from '../domain/template/names';
import type {
  CellReading,
  CellValue,
  NameReading,
  Scalar,
  SheetReading,
  TableReading,
  WorkbookReading,
} from '../domain/validation/reading';
import { cellsInRange, MAX_TABLE_CELLS, parseReference, TABLE_PREFIX } from '../domain/validation/reading';
import { cellIndex, rangeIndex } from './cell-format';
import type { ExcelRun } from './services';

/** Identity rows read (header + 9 keys, with room to spare). */
export const IDENTITY_RANGE = 'A1:B20';
const RANGE_PROPS = 'address,values,formulas,valueTypes,numberFormat';

/** The sheets whose used range the first batch loads: those the input names pointed to last time. */
export interface ReaderMemory {
  sheets?: readonly string[];
}

const isOurs = (name: string) => name.toUpperCase().startsWith(NAME_PREFIX.toUpperCase());

/** A number format showing a date (d, m with d/y, or y outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) && !/^(general|@)$/i.test(bare.trim());
}

function cellValue(value: unknown, type: string, format: string): CellValue {
  switch (type) {
    case 'Empty':
      return { kind: 'empty' };
    case 'Double':
      return typeof value === 'number'
        ? isDateFormat(format)
          ? { kind: 'date', value }
          : { kind: 'number', value }
        : { kind: 'text', value: String(value) };
    case 'Boolean':
      return { kind: 'boolean', value: Boolean(value) };
    case 'Error':
      return { kind: 'error', value: String(value) };
    default:
      return value === '' || value === null || value === undefined
        ? { kind: 'empty' }
        : { kind: 'text', value: String(value) };
  }
}

/** A loaded used range: its top-left corner and size, with the loaded grids. */
interface Used {
  row: number;
  col: number;
  rows: number;
  cols: number;
  range: Excel.Range;
}

/** 'Nhập liệu'!$A$1:$I$80 → A1:I80 (the sheet part may itself contain '!' inside quotes). */
const localAddress = (range: Excel.Range): string =>
  range.address.slice(range.address.lastIndexOf('!') + 1).replace(/\$/g, '');

function usedOf(range: Excel.Range): Used {
  return { ...rangeIndex(localAddress(range)), range };
}

/** The cells of a name's range (row by row), read from its sheet's loaded used range. */
function cellsOf(used: Used, range: string): CellReading[] {
  return (cellsInRange(range) ?? []).map((address) => {
    const { row, col } = cellIndex(address);
    const r = row - used.row;
    const c = col - used.col;
    if (r < 0 || c < 0 || r >= used.rows || c >= used.cols) return { address, value: { kind: 'empty' } };
    const g = used.range;
    const f: unknown = g.formulas[r]?.[c];
    return {
      address,
      value: cellValue(
        g.values[r]?.[c],
        String(g.valueTypes[r]?.[c] ?? ''),
        String(g.numberFormat[r]?.[c] ?? ''),
      ),
      // Excel always holds a computed result for a formula.
      ...(typeof f === 'string' && f.startsWith('=') ? { formula: { text: f.slice(1), cached: true } } : {}),
    };
  });
}

/** A loaded register table: every row of its range, header first, with its sheet row numbers. */
function tableOf(sheet: string, range: Excel.Range): TableReading {
  const used = usedOf(range);
  return {
    status: 'ok',
    sheet,
    range: localAddress(range),
    rows: range.values.map((row, r) => ({
      row: used.row + r + 1,
      cells: row.map((v, c) =>
        cellValue(v, String(range.valueTypes[r]?.[c] ?? ''), String(range.numberFormat[r]?.[c] ?? '')),
      ),
    })),
  };
}

const VISIBILITY: Record<string, SheetReading['visibility']> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

const scalar = (v: unknown): Scalar =>
  v === '' || v === undefined || v === null
    ? null
    : typeof v === 'number' || typeof v === 'boolean'
      ? v
      : String(v);

/**
 * Reads the workbook. `memory` (updated in place) names the sheets to load up front; without it
 * the data sheet. When a guessed sheet is gone the batch fails and the read is redone without guess.
 */
export async function readWorkbook(run: ExcelRun, memory: ReaderMemory = {}): Promise<HostReading> {
  try {
    return await read(run, memory, memory.sheets ?? [DATA_SHEET]);
  } catch {
    memory.sheets = undefined;
    return read(run, memory, undefined);
  }
}

async function read(
  run: ExcelRun,
  memory: ReaderMemory,
  guess: readonly string[] | undefined,
): Promise<HostReading> {
  return run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load('items/name,items/visibility,items/protection/protected');
    const names = wb.names.load('items/name,items/formula');
    const tables = wb.tables.load('items/name,items/worksheet/name,items/rows/count,items/columns/count');
    const used = new Map<string, Excel.Range>();
    // valuesOnly: formatting the user added far away does not grow the payload.
    const loadUsed = (sheet: string) =>
      used.set(sheet, wb.worksheets.getItem(sheet).getUsedRange(true).load(RANGE_PROPS));
    let identity: Excel.Range | undefined;
    const loadIdentity = () => {
      identity = wb.worksheets.getItem(IDENTITY_SHEET).getRange(IDENTITY_RANGE).load('values');
    };
    if (guess) {
      guess.forEach(loadUsed);
      loadIdentity();
    }
    await context.sync();

    const sheetNames = new Set(sheets.items.map((s) => s.name));
    const refs = new Map<string, { ref: ReturnType<typeof parseReference>; formula: string }>();
    let missing = false;
    for (const item of names.items) {
      if (!isOurs(item.name)) continue;
      const formula = String(item.formula);
      const ref = parseReference(formula);
      refs.set(item.name, { ref, formula });
      // A name on another existing sheet (the data sheet renamed, say): one more sync.
      if (ref && sheetNames.has(ref.sheet) && !used.has(ref.sheet)) {
        loadUsed(ref.sheet);
        missing = true;
      }
    }
    if (!identity && sheetNames.has(IDENTITY_SHEET)) {
      loadIdentity();
      missing = true;
    }
    const registers = new Map<string, { sheet: string; range: Excel.Range; tooLarge: boolean }>();
    for (const t of tables.items) {
      const key = t.name.toUpperCase();
      if (!key.startsWith(TABLE_PREFIX)) continue;
      const tooLarge = (t.rows.count + 1) * t.columns.count > MAX_TABLE_CELLS;
      const range = wb.tables
        .getItem(t.name)
        .getRange()
        .load(tooLarge ? 'address' : RANGE_PROPS);
      registers.set(key, { sheet: t.worksheet.name, range, tooLarge });
      missing = true;
    }
    if (missing) await context.sync();

    const grids = new Map([...used].map(([sheet, range]) => [sheet, usedOf(range)]));
    const readings: Record<string, NameReading> = {};
    for (const [name, { ref, formula }] of refs) {
      const grid = ref && sheetNames.has(ref.sheet) ? grids.get(ref.sheet) : undefined;
      readings[name] =
        ref && grid
          ? { status: 'ok', sheet: ref.sheet, range: ref.range, cells: cellsOf(grid, ref.range) }
          : { status: 'broken', refersTo: formula };
    }
    const tableReadings: Record<string, TableReading> = {};
    for (const [key, t] of registers)
      tableReadings[key] = t.tooLarge
        ? { status: 'too-large', sheet: t.sheet, range: localAddress(t.range) }
        : tableOf(t.sheet, t.range);
    const reading: WorkbookReading = {
      ...(identity
        ? { identityRows: identity.values.map((r) => [scalar(r[0]), scalar(r[1])] as const) }
        : {}),
      sheets: sheets.items.map((s) => ({
        name: s.name,
        visibility: VISIBILITY[String(s.visibility)] ?? 'visible',
      })),
      names: readings,
      ...(registers.size > 0 ? { tables: tableReadings } : {}),
    };
    const onSheets = [
      ...new Set(Object.values(readings).flatMap((r) => (r.status === 'ok' ? [r.sheet] : []))),
    ];
    memory.sheets = onSheets.length > 0 ? onSheets : undefined;
    return {
      reading,
      protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
    };
  });
}
