/**
 * Use cases of the unit registry: write it as the editable workbook (`khcn registry`), and read the
 * office's edited file (.xlsx or .csv) into the catalogue every other use case then works with
 * (--registry in the CLI, the registry picker of the task pane).
 */
import type { Catalog } from '../domain/catalog';
import { makeIssue, type Issue } from '../domain/issues';
import { parseRegistry, REGISTRY_SHEETS, registryWorkbook } from '../domain/registry';
import type { StoredRegistry } from './ports';
import { headerKey } from '../domain/text';
import type { UserTable } from '../domain/user-table';
import { readUserTables, UserTableError } from '../xlsx/user-table';

export interface LoadedRegistry {
  /** The catalogue with the file's units; undefined when the file has errors (see issues). */
  catalog?: Catalog;
  issues: Issue[];
}

const sheetNamed = (tables: readonly UserTable[], name: string): UserTable | undefined =>
  tables.find((t) => t.sheet !== undefined && headerKey(t.sheet) === headerKey(name));

/** Reads a registry file's bytes; never throws (an unreadable file is one issue). */
export async function loadRegistry(base: Catalog, bytes: Uint8Array, file: string): Promise<LoadedRegistry> {
  let tables: UserTable[];
  try {
    tables = await readUserTables(bytes, file);
  } catch (e) {
    if (!(e instanceof UserTableError)) throw e;
    return { issues: [e.issue] };
  }
  const units = sheetNamed(tables, REGISTRY_SHEETS.units) ?? tables[0];
  if (units === undefined) return { issues: [makeIssue('REGISTRY_EMPTY', {}, { file })] };
  return parseRegistry(base, units, sheetNamed(tables, REGISTRY_SHEETS.office));
}

/** The catalogue's registry as an editable .xlsx. */
export async function registryXlsx(catalog: Catalog): Promise<Uint8Array> {
  // The writer (exceljs) loads only when a registry is written, not when one is read.
  const { writeRegistryXlsx } = await import('../xlsx/registry-writer');
  return writeRegistryXlsx(registryWorkbook(catalog));
}

/** The catalogue's registry as the tables the task pane keeps in the workbook. */
export function storedRegistry(catalog: Catalog): StoredRegistry {
  const wb = registryWorkbook(catalog);
  return { units: [wb.units.headers, ...wb.units.rows], office: wb.office };
}

/** A registry kept in the workbook, read like a file (the same checks, the same messages). */
export function registryFromStore(base: Catalog, stored: StoredRegistry, file: string): LoadedRegistry {
  const table = (rows: StoredRegistry['units'], sheet: string): UserTable => ({
    file,
    sheet,
    rows: rows.map((cells, i) => ({ row: i + 1, cells })),
  });
  return parseRegistry(
    base,
    table(stored.units, REGISTRY_SHEETS.units),
    stored.office.length > 0 ? table(stored.office, REGISTRY_SHEETS.office) : undefined,
  );
}
