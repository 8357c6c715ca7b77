// Office.js ValidationHost.read: builds the validation read model (src/domain/validation/reading.ts)
// from the open workbook. Round trips:
//   warm (the names are known from an earlier read or insert): ONE sync — sheets with their
//        protection, all names, the known names' ranges and the identity rows, queued together;
//   cold (first read, or a known name vanished): sync 1 sheets + names, sync 2 the ranges.
// Not read: merged areas (Range.getMergedAreasOrNullObject needs ExcelApi 1.13; the Kiểm tra tab
// declares 1.7), so MERGED_INPUT_CELL is only reported by `khcn validate` on files.
import type { HostReading } from '../app/ports';
import { IDENTITY_SHEET } from '../domain/template/identity';
import { NAME_PREFIX } from '../domain/template/names';
import type {
  CellReading,
  CellValue,
  NameReading,
  Scalar,
  SheetReading,
  WorkbookReading,
} from '../domain/validation/reading';
import { parseReference } from '../domain/validation/reading';
import { a1, rangeIndex } from './cell-format';
import type { ExcelRun } from './services';

/** Identity rows read (header + 9 keys, with room to spare). */
export const IDENTITY_RANGE = 'A1:B20';
const RANGE_PROPS = 'values,formulas,valueTypes,numberFormat';

/** What a warm read may ask for directly: names that were plain ranges last time. */
export interface ReaderMemory {
  names: string[];
  identity: boolean;
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

/** The cells of a loaded range, row by row, with A1 addresses from the name's own range. */
function cellsOf(range: Excel.Range, ref: { range: string }): CellReading[] {
  const at = rangeIndex(ref.range);
  const out: CellReading[] = [];
  range.values.forEach((row, r) =>
    row.forEach((v: unknown, c) => {
      const f: unknown = range.formulas[r]?.[c];
      const cell: CellReading = {
        address: a1(at.row + r, at.col + c),
        value: cellValue(v, String(range.valueTypes[r]?.[c] ?? ''), String(range.numberFormat[r]?.[c] ?? '')),
        // Excel always holds a computed result for a formula.
        ...(typeof f === 'string' && f.startsWith('=')
          ? { formula: { text: f.slice(1), cached: true } }
          : {}),
      };
      out.push(cell);
    }),
  );
  return out;
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
 * Reads the workbook; `memory` (updated in place) lets the next read go warm. Any failure of a
 * warm batch (a name or sheet deleted meanwhile) falls back to a cold read.
 */
export async function readWorkbook(run: ExcelRun, memory: { current?: ReaderMemory }): Promise<HostReading> {
  const warm = memory.current;
  if (warm) {
    try {
      return await read(run, memory, warm);
    } catch {
      memory.current = undefined;
    }
  }
  return read(run, memory, undefined);
}

async function read(
  run: ExcelRun,
  memory: { current?: ReaderMemory },
  warm: ReaderMemory | undefined,
): Promise<HostReading> {
  return run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load('items/name,items/visibility,items/protection/protected');
    const names = wb.names.load('items/name,items/formula');
    const ranges = new Map<string, Excel.Range>();
    let identity: Excel.Range | undefined;
    if (warm) {
      for (const n of warm.names) ranges.set(n, wb.names.getItem(n).getRange().load(RANGE_PROPS));
      if (warm.identity)
        identity = wb.worksheets.getItem(IDENTITY_SHEET).getRange(IDENTITY_RANGE).load('values');
    }
    await context.sync();

    const sheetNames = new Set(sheets.items.map((s) => s.name));
    const refs = new Map<string, ReturnType<typeof parseReference>>();
    let missing = false;
    for (const item of names.items) {
      if (!isOurs(item.name)) continue;
      const ref = parseReference(String(item.formula));
      refs.set(item.name, ref);
      // Only plain ranges on existing sheets are read: getRange on '#REF!' fails.
      if (ref && sheetNames.has(ref.sheet) && !ranges.has(item.name)) {
        ranges.set(item.name, item.getRange().load(RANGE_PROPS));
        missing = true;
      }
    }
    if (!identity && sheetNames.has(IDENTITY_SHEET)) {
      identity = wb.worksheets.getItem(IDENTITY_SHEET).getRange(IDENTITY_RANGE).load('values');
      missing = true;
    }
    if (missing) await context.sync();

    const readings: Record<string, NameReading> = {};
    for (const [name, ref] of refs) {
      const range = ranges.get(name);
      readings[name] =
        ref && range
          ? { status: 'ok', sheet: ref.sheet, range: ref.range, cells: cellsOf(range, ref) }
          : { status: 'broken', refersTo: String(names.items.find((i) => i.name === name)?.formula ?? '') };
    }
    const reading: WorkbookReading = {
      ...(identity
        ? { identityRows: identity.values.map((r) => [scalar(r[0]), scalar(r[1])] as const) }
        : {}),
      sheets: sheets.items.map((s) => ({
        name: s.name,
        visibility: VISIBILITY[String(s.visibility)] ?? 'visible',
      })),
      names: readings,
    };
    memory.current = {
      names: Object.entries(readings)
        .filter(([, r]) => r.status === 'ok')
        .map(([n]) => n),
      identity: identity !== undefined,
    };
    return {
      reading,
      protectedSheets: sheets.items.filter((s) => s.protection.protected).map((s) => s.name),
    };
  });
}
