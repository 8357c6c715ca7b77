// The office's unit registry kept in the workbook (RegistryStore port): two very hidden sheets
// holding the registry's tables as text, so a workbook that loaded a registry file uses it again
// when reopened, on any computer. At most 2 syncs to read, 2 to write, whatever the size.
import type { RegistryStore, StoredRegistry } from '../app/ports';
import type { ExcelRun } from './services';

export const REGISTRY_SHEET = '_khcn_donvi';
export const OFFICE_SHEET = '_khcn_daumoi';

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

type Cell = string | number | boolean;
const asText = (rows: readonly (readonly Cell[])[]): string[][] => rows.map((r) => r.map((c) => String(c)));

/** Pads rows to one width (a range takes a rectangle). */
function rectangle(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

export function createRegistryStore(run: ExcelRun = defaultRun): RegistryStore {
  return {
    read: () =>
      run(async (context) => {
        const units = context.workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET);
        const office = context.workbook.worksheets.getItemOrNullObject(OFFICE_SHEET);
        await context.sync();
        if (units.isNullObject) return undefined;
        const unitRange = units.getUsedRange().load('values');
        const officeRange = office.isNullObject ? undefined : office.getUsedRange().load('values');
        await context.sync();
        const rows = (v: unknown[][]): string[][] =>
          v.map((r) => r.map((c) => (c === null ? '' : String(c))));
        return { units: rows(unitRange.values), office: officeRange ? rows(officeRange.values) : [] };
      }),

    write: (stored: StoredRegistry) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        const old = [REGISTRY_SHEET, OFFICE_SHEET].map((n) => sheets.getItemOrNullObject(n));
        await context.sync();
        // A very hidden sheet must be made visible before it can be deleted.
        for (const s of old)
          if (!s.isNullObject) {
            s.visibility = Excel.SheetVisibility.visible;
            s.delete();
          }
        for (const [name, table] of [
          [REGISTRY_SHEET, stored.units],
          [OFFICE_SHEET, stored.office],
        ] as const) {
          const ws = sheets.add(name);
          const values = rectangle(asText(table));
          if (values.length > 0) {
            const range = ws.getRangeByIndexes(0, 0, values.length, values[0]?.length ?? 1);
            // Text format first: an id or a tax code stays text (0123… keeps its zero).
            range.numberFormat = values.map((r) => r.map(() => '@'));
            range.values = values;
          }
          ws.visibility = Excel.SheetVisibility.veryHidden;
        }
        await context.sync();
      }),

    clear: () =>
      run(async (context) => {
        const old = [REGISTRY_SHEET, OFFICE_SHEET].map((n) =>
          context.workbook.worksheets.getItemOrNullObject(n),
        );
        await context.sync();
        for (const s of old)
          if (!s.isNullObject) {
            s.visibility = Excel.SheetVisibility.visible;
            s.delete();
          }
        await context.sync();
      }),
  };
}
