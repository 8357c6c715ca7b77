// Office.js mapping of the shared template styles (src/domain/template/styles.ts) and of the
// layout's data validation, plus the A1 helpers and the rectangle grouping the adapters use
// to keep the number of queued operations low (one format call per block, not per cell).
import type { CellStyle, DataValidationSpec } from '../domain/template/layout-types';
import { columnLetters, parseCell } from '../domain/a1';

/** 0-based row/column of an A1 cell ('E12' → { row: 11, col: 4 }). */
export function cellIndex(address: string): { row: number; col: number } {
  const p = parseCell(address);
  if (!p) throw new RangeError(`Not a cell address: ${address}`);
  return { row: p.row - 1, col: p.col - 1 };
}

/** 'E12:F13' (or 'E12') → 0-based bounds. */
export function rangeIndex(range: string): { row: number; col: number; rows: number; cols: number } {
  const [a = '', b = a] = range.split(':');
  const from = cellIndex(a);
  const to = cellIndex(b);
  const row = Math.min(from.row, to.row);
  const col = Math.min(from.col, to.col);
  return { row, col, rows: Math.abs(to.row - from.row) + 1, cols: Math.abs(to.col - from.col) + 1 };
}

/** 0-based bounds → 'A1' / 'A1:C3'. */
export function a1(row: number, col: number, rows = 1, cols = 1): string {
  const tl = `${columnLetters(col + 1)}${row + 1}`;
  return rows === 1 && cols === 1 ? tl : `${tl}:${columnLetters(col + cols)}${row + rows}`;
}

export interface Rect<K> {
  row: number;
  col: number;
  rows: number;
  cols: number;
  key: K;
}

/**
 * Covers cells with rectangles of equal keys (greedy: extend right, then down). The template's
 * rows repeat the same pattern, so a sheet of ~2,000 cells gives a few hundred rectangles.
 */
export function rectangles<K>(cells: ReadonlyMap<string, K>, same: (a: K, b: K) => boolean): Rect<K>[] {
  const at = (r: number, c: number) => cells.get(`${r},${c}`);
  const keys = [...cells.keys()]
    .map((k) => k.split(',').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const done = new Set<string>();
  const out: Rect<K>[] = [];
  for (const [row, col] of keys) {
    if (done.has(`${row},${col}`)) continue;
    const key = at(row, col) as K;
    const fits = (r: number, c: number) => {
      const k = at(r, c);
      return k !== undefined && !done.has(`${r},${c}`) && same(k, key);
    };
    let cols = 1;
    while (fits(row, col + cols)) cols += 1;
    let rows = 1;
    while (Array.from({ length: cols }, (_, i) => fits(row + rows, col + i)).every(Boolean)) rows += 1;
    for (let r = row; r < row + rows; r++) for (let c = col; c < col + cols; c++) done.add(`${r},${c}`);
    out.push({ row, col, rows, cols, key });
  }
  return out;
}

/** Queues the style's properties on a range (only those the style sets: fewer operations). */
export function applyStyle(range: Excel.Range, style: CellStyle, multiRow: boolean, multiCol: boolean): void {
  const f = range.format;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.bold) f.font.bold = true;
  if (style.italic) f.font.italic = true;
  if (style.size) f.font.size = style.size;
  if (style.fontColor) f.font.color = `#${style.fontColor}`;
  if (style.wrap) f.wrapText = true;
  if (style.horizontal) {
    f.horizontalAlignment =
      style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  }
  if (style.vertical) f.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
  if (style.border) {
    type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';
    const edges: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (multiCol) edges.push('InsideVertical');
    if (multiRow) edges.push('InsideHorizontal');
    for (const e of edges) f.borders.getItem(e).style = 'Continuous';
  }
}

/** Excel.DataValidationRule of a layout spec (ExcelApi 1.8). */
export function validationRule(v: DataValidationSpec): Excel.DataValidationRule {
  switch (v.kind) {
    case 'whole':
      return { wholeNumber: { formula1: v.min, formula2: v.max, operator: 'Between' } };
    case 'decimal':
      return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
    case 'list':
      return { list: { inCellDropDown: true, source: v.items.join(',') } };
    case 'date':
      // ISO dates are accepted as the rule's bounds whatever the user's locale.
      return { date: { formula1: v.min, formula2: v.max, operator: 'Between' } };
    case 'textLength':
      return { textLength: { formula1: v.max, operator: 'LessThanOrEqualTo' } };
  }
}

/** Queues the validation (rule, Vietnamese prompt and stop alert) on a range. */
export function applyValidation(range: Excel.Range, v: DataValidationSpec): void {
  const dv = range.dataValidation;
  dv.rule = validationRule(v);
  dv.prompt = { showPrompt: true, title: v.titleVi, message: v.promptVi };
  dv.errorAlert = { showAlert: true, style: 'Stop', title: v.titleVi, message: v.errorVi };
  dv.ignoreBlanks = true;
}

/** Excel's column width is in points; the layout gives characters of the default font. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
