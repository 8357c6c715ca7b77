/**
 * The template layout as plain data: one pure function of (catalogue, unit, year)
 * builds it (`buildTemplate`), and two adapters write it — exceljs for the files the
 * CLI writes, Office.js for the add-in. Addresses are A1 strings on the named sheet.
 */

import type { SignOffName } from './sign-off';

/** Bumped whenever the layout changes in a way a reader must know about. */
export const TEMPLATE_VERSION = '1.2';

/** 'native': Excel formulas (Excel 2016+, LibreOffice); 'custom': `KHCN.*` custom functions (add-in). */
export type FormulaMode = 'native' | 'custom';

export interface TemplateIdentity {
  templateVersion: string;
  catalogVersion: string;
  unitId: string;
  year: number;
  /** ISO timestamp. */
  generatedAt: string;
  /** The fields below are always written by `buildTemplate`; optional so older readers keep compiling. */
  unitName?: string;
  formulaMode?: FormulaMode;
  /** Number of input names (see `inputsChecksum` in identity.ts). */
  inputCount?: number;
  /** FNV-1a 32-bit (8 hex digits) of the sorted input names joined by '\n'. */
  inputsChecksum?: string;
}

/** Named cell styles; adapters map them to fills, fonts, borders (see STYLES). */
export type StyleId =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'groupHeader'
  | 'indicatorHeader'
  | 'label'
  | 'text'
  | 'input'
  | 'inputOptional'
  | 'derived'
  | 'status'
  | 'legendInput'
  | 'legendDerived'
  | 'legendError'
  | 'legendWarning'
  | 'legendOk'
  | 'hint';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** RGB hex without '#', e.g. 'FFF2CC'. */
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  border?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
}

export type DataValidationSpec =
  | {
      kind: 'whole' | 'decimal';
      min: number;
      max: number;
      promptVi: string;
      errorVi: string;
      titleVi: string;
    }
  | { kind: 'list'; items: readonly (string | number)[]; promptVi: string; errorVi: string; titleVi: string }
  | { kind: 'date'; min: string; max: string; promptVi: string; errorVi: string; titleVi: string }
  | { kind: 'textLength'; max: number; promptVi: string; errorVi: string; titleVi: string };

export interface CellSpec {
  address: string;
  /** A literal value. Text is always written as text, never as a formula. */
  value?: string | number | null;
  /** A formula WITHOUT the leading '=' (adapters add it). */
  formula?: string;
  style?: StyleId;
  numberFormat?: string;
  /** Input cells are unlocked; everything else stays locked on a protected sheet. */
  locked: boolean;
  validation?: DataValidationSpec;
}

export interface SheetSpec {
  name: string;
  role: 'instructions' | 'data' | 'dictionary' | 'identity' | 'register';
  visibility: 'visible' | 'veryHidden';
  /** Protected without a password (a unit may need to unprotect). */
  protect: boolean;
  /** Column widths in characters, A first. */
  columnWidths: readonly number[];
  cells: readonly CellSpec[];
  merges: readonly string[];
  freeze?: { rows: number; columns: number };
  /** Explicit heights (points) of rows with wrapped text: Excel does not auto-fit rows of a generated file. */
  rowHeights?: readonly { row: number; height: number }[];
  conditionalFormats?: readonly ConditionalFormatSpec[];
  /**
   * Printing on A4, scaled to the page width (units print and sign the data sheet): rows 1..titleRows
   * repeat on every page; the page header shows `header` (plain text), the footer the page number.
   */
  print?: { orientation: 'portrait' | 'landscape'; titleRows?: number; header: string };
  /** A register sheet's Excel table (ListObject); its header cells are in `cells`. */
  table?: TableSpec;
}

/**
 * An Excel table `name` over `range` (the header row, then empty data rows: the table grows as the
 * unit types below it). Each column's validation and number format cover the rows below the header
 * down to `lastRow`, so thousands of rows are checked as they are typed.
 */
export interface TableSpec {
  name: string;
  range: string;
  style: string;
  columns: readonly { header: string; validation?: DataValidationSpec; numberFormat?: string }[];
  lastRow: number;
}

/**
 * A style applied when a cell of `range` meets the rule: 'beginsWith' compares the cell's text with
 * `text` (status cells begin with "Lỗi", "Cảnh báo"…); 'isError' matches Excel error values.
 * Office.js: a textComparison (beginsWith) or custom (ISERROR) format; exceljs: an expression rule.
 */
export interface ConditionalFormatSpec {
  range: string;
  rule: { kind: 'beginsWith'; text: string } | { kind: 'isError' };
  style: StyleId;
}

/** A workbook-scoped defined name `KHCN_<code with _>_<component>` for one input cell or range. */
export interface InputName {
  name: string;
  sheet: string;
  /** 'E12' or a range 'E20:E69' for numeric lists. */
  range: string;
  indicator: string;
  component: string;
}

/** Where an indicator's header row, result and status are on the data sheet (A1, no sheet name). */
export interface TemplateIndicator {
  code: string;
  role: 'lead' | 'cooperating';
  sheet: string;
  headerRow: number;
  /** 'G12' when the template computes the result; absent when an argument is not in this template. */
  resultCell?: string;
  statusCell: string;
}

export interface TemplateLayout {
  identity: TemplateIdentity;
  sheets: readonly SheetSpec[];
  inputs: readonly InputName[];
  /** Always set by `buildTemplate`; optional so hand-made layouts in tests stay short. */
  indicators?: readonly TemplateIndicator[];
  /** The sign-off block's named cells (see sign-off.ts); optional like `indicators`. */
  signOff?: readonly SignOffName[];
}

/** Every defined name a template writer creates: the inputs, then the sign-off cells. */
export function namedCells(layout: TemplateLayout): { name: string; sheet: string; range: string }[] {
  return [...layout.inputs, ...(layout.signOff ?? [])];
}
