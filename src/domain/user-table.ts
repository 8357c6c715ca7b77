/**
 * A table a user hands the product (the unit registry, the list of expected units, the register
 * of received files), as read from a CSV file or a sheet of a workbook: plain rows of cells with
 * their row numbers, so every message can name the row. Readers (src/xlsx/user-table.ts) build it;
 * the domain parses it.
 */
import { headerKey } from './text';

/** A date cell of a sheet: its Excel serial (a wall-clock date and time). */
export interface DateCell {
  date: number;
}

export type UserCell = string | number | boolean | DateCell | null;

export interface UserRow {
  /** 1-based row of the sheet or line of the CSV file. */
  row: number;
  cells: readonly UserCell[];
}

export interface UserTable {
  /** The file as the user named it. */
  file: string;
  /** The sheet name (workbooks only). */
  sheet?: string;
  rows: readonly UserRow[];
}

export const isDateCell = (c: UserCell): c is DateCell => c !== null && typeof c === 'object';

/** A cell as text: numbers without grouping ('1200', '0.5'), trimmed; '' for blank and dates. */
export function cellText(c: UserCell | undefined): string {
  if (c === null || c === undefined || isDateCell(c)) return '';
  return String(c).trim();
}

/** Rows searched for the header row (a sheet often has a title above its table). */
export const HEADER_SEARCH_ROWS = 10;

export interface HeaderMatch<K extends string> {
  /** The header row's index in `table.rows`. */
  index: number;
  /** 0-based column of each key found. */
  columns: Partial<Record<K, number>>;
}

/**
 * The first row (of the first HEADER_SEARCH_ROWS) naming every `required` key, where each key
 * accepts a set of header names compared by headerKey ('Mã đơn vị' = 'ma don vi').
 */
export function findHeader<K extends string>(
  table: UserTable,
  names: Readonly<Record<K, readonly string[]>>,
  required: readonly K[],
): HeaderMatch<K> | undefined {
  const wanted = Object.entries(names).map(
    ([k, list]) => [k as K, new Set((list as string[]).map(headerKey))] as const,
  );
  for (let i = 0; i < Math.min(table.rows.length, HEADER_SEARCH_ROWS); i++) {
    const cells = table.rows[i]?.cells.map((c) => headerKey(cellText(c))) ?? [];
    const columns: Partial<Record<K, number>> = {};
    for (const [key, set] of wanted) {
      const col = cells.findIndex((c) => set.has(c));
      if (col >= 0) columns[key] = col;
    }
    if (required.every((k) => columns[k] !== undefined)) return { index: i, columns };
  }
  return undefined;
}
