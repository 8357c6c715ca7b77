/** A1 cell references: one implementation for the template builder, the readers and the adapters. */

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

/** 'AB' → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 28 → 'AB'. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 'E12' / '$E$12' → { col: 5, row: 12 }; undefined when it is not a cell inside the grid. */
export function parseCell(ref: string): { col: number; row: number } | undefined {
  const m = CELL.exec(ref.trim());
  if (!m) return undefined;
  const col = columnNumber(m[1] ?? '');
  const row = Number(m[2]);
  if (col < 1 || col > MAX_COLUMN || row < 1 || row > MAX_ROW) return undefined;
  return { col, row };
}
