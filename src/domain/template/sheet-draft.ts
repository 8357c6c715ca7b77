/**
 * A small accumulator for one SheetSpec: cells by column letter and row, merges, and row heights
 * estimated from wrapped text (Excel does not auto-fit the rows of a generated file on open).
 */
import type { CellSpec, SheetSpec } from './layout-types';
import { columnLetters } from '../a1';

/** Excel's default row height (points) and its maximum. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

export type CellInput = Omit<CellSpec, 'address' | 'locked'> & { locked?: boolean };

/** Column letter of a 0-based index (0 → A, 25 → Z, 26 → AA). */
export function columnLetter(index: number): string {
  return columnLetters(index + 1);
}

/** Lines a wrapped text takes in a column `width` characters wide (a rough, slightly generous guess). */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.05) - 1);
  return text.split('\n').reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

export class SheetDraft {
  /** By address: setting a cell again replaces it (a framed row, then its values). */
  private readonly cells = new Map<string, CellSpec>();
  private readonly merges: string[] = [];
  private readonly heights = new Map<number, number>();

  constructor(private readonly columnWidths: readonly number[]) {}

  /** Width in characters of the column with this letter (single letters only: templates stay narrow). */
  width(column: string): number {
    return this.columnWidths[column.charCodeAt(0) - 65] ?? 10;
  }

  set(column: string, row: number, cell: CellInput): void {
    const address = `${column}${row}`;
    this.cells.set(address, { ...cell, address, locked: cell.locked ?? true });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  /** Makes the row tall enough for `text` wrapped in `width` characters (keeps the tallest request). */
  fitText(row: number, text: string, width: number): void {
    const height = Math.min(MAX_ROW_HEIGHT, wrappedLines(text, width) * LINE_HEIGHT);
    if (height > LINE_HEIGHT && height > (this.heights.get(row) ?? 0)) this.heights.set(row, height);
  }

  build(spec: Omit<SheetSpec, 'cells' | 'merges' | 'rowHeights' | 'columnWidths'>): SheetSpec {
    const rowHeights = [...this.heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
    return {
      ...spec,
      columnWidths: this.columnWidths,
      cells: [...this.cells.values()],
      merges: this.merges,
      ...(rowHeights.length > 0 ? { rowHeights } : {}),
    };
  }
}
