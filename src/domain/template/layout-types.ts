/**
 * The template layout as plain data: one pure function of (catalogue, unit, year)
 * builds it (`buildTemplate`), and two adapters write it — exceljs for the files the
 * CLI writes, Office.js for the add-in. Addresses are A1 strings on the named sheet.
 */

/** Bumped whenever the layout changes in a way a reader must know about. */
export const TEMPLATE_VERSION = '1.0';

export interface TemplateIdentity {
  templateVersion: string;
  catalogVersion: string;
  unitId: string;
  year: number;
  /** ISO timestamp. */
  generatedAt: string;
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
  | 'legendWarning';

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
}

export type DataValidationSpec =
  | { kind: 'whole' | 'decimal'; min: number; max: number; promptVi: string; errorVi: string; titleVi: string }
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
  role: 'instructions' | 'data' | 'dictionary' | 'identity';
  visibility: 'visible' | 'veryHidden';
  /** Protected without a password (a unit may need to unprotect). */
  protect: boolean;
  /** Column widths in characters, A first. */
  columnWidths: readonly number[];
  cells: readonly CellSpec[];
  merges: readonly string[];
  freeze?: { rows: number; columns: number };
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

export interface TemplateLayout {
  identity: TemplateIdentity;
  sheets: readonly SheetSpec[];
  inputs: readonly InputName[];
}
