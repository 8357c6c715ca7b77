/**
 * Use cases reading the lists the office hands over for a consolidation — the units expected to
 * report and the register of received files — from their bytes (.xlsx, .csv or .json), for the
 * CLI (--units, --received) and the task pane alike. Never throws: an unusable list is issues.
 */
import type { Catalog } from '../domain/catalog';
import { parseExpectedUnits, type ExpectedUnitsParse } from '../domain/expected-units';
import type { Issue } from '../domain/issues';
import { parseReceivedLog, type LogParse } from '../domain/received-log';
import type { UserTable } from '../domain/user-table';
import { readUserTables, UserTableError } from '../xlsx/user-table';

async function tablesOf(bytes: Uint8Array, file: string): Promise<UserTable[] | Issue> {
  try {
    return await readUserTables(bytes, file);
  } catch (e) {
    if (e instanceof UserTableError) return e.issue;
    throw e;
  }
}

export async function loadExpectedUnits(
  catalog: Catalog,
  bytes: Uint8Array,
  file: string,
): Promise<ExpectedUnitsParse> {
  const tables = await tablesOf(bytes, file);
  return Array.isArray(tables) ? parseExpectedUnits(catalog, tables) : { issues: [tables] };
}

export async function loadReceivedLog(bytes: Uint8Array, file: string): Promise<LogParse> {
  const tables = await tablesOf(bytes, file);
  return Array.isArray(tables) ? parseReceivedLog(tables) : { issues: [tables] };
}
