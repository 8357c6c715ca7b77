/**
 * One unit's register table → typed rows and the issues of its cells, each naming file, sheet,
 * row and column: DOI and ISSN syntax, tax-code check digit, dates, years, drop-down values,
 * required cells, and an item listed twice in the unit's own list (the second row is not counted).
 * Normalised keys (normalize*) are what the consolidation de-duplicates on across units.
 */
import { columnLetters } from '../a1';
import { excelSerialToIso } from '../catalog';
import { normalizeDoi } from '../doi';
import { makeIssue, type Issue } from '../issues';
import { normalizeTaxCode } from '../registry/tax-code';
import { stripDiacritics } from '../text';
import { cellText, isDateCell, type UserCell, type UserRow } from '../user-table';
import { parseDateText } from '../validation/cell-value';
import { NO, YES, type RegisterColumn, type RegisterDef } from './definitions';

/** A value as the consolidation uses it: text, a number (dates as 'YYYY-MM-DD'), or Có/Không. */
export type RegisterValue = string | number | boolean;

export interface RegisterSource {
  file: string;
  sheet: string;
  /** The sheet row of the item. */
  row: number;
}

export interface RegisterRow {
  values: Readonly<Record<string, RegisterValue>>;
  /** The normalised identity ('10.1234/abc'; 'so 12/2026/qd-ubnd|ubnd tinh'); absent without one. */
  key?: string;
  /** Normalised title + year, for rows without an identity (titleKeyOf gives it for the others). */
  titleKey?: string;
  source: RegisterSource;
}

/** A register table as read: its header row first; `firstColumn` is the 1-based sheet column of its first column. */
export interface RegisterTable {
  file: string;
  sheet: string;
  firstColumn: number;
  rows: readonly UserRow[];
}

const DOI = /^10\.\d{4,9}\/\S+$/;

/** Lower case, no accents, punctuation to spaces, single spaces. */
export const normalizeTitle = (text: string): string =>
  stripDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** An identifier typed in different ways: upper case, no spaces, no leading "Số". */
export const normalizeCode = (text: string): string =>
  stripDiacritics(text.normalize('NFC'))
    .toUpperCase()
    .replace(/^SO[\s.:]+/, '')
    .replace(/\s+/g, '');

/** ISSN 1234-567X: eight characters whose last is a check digit (mod 11, X = 10). */
export function issnOk(text: string): boolean {
  const m = /^(\d{4})-?(\d{3}[\dXx])$/.exec(text.trim());
  if (!m) return false;
  const digits = `${m[1]}${m[2]}`.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'X' : String(check)) === digits[7];
}

type Parsed = { ok: true; value: RegisterValue } | { ok: false; expectedVi: string; expectedEn: string };

const bad = (expectedVi: string, expectedEn: string): Parsed => ({ ok: false, expectedVi, expectedEn });

function numberOf(c: UserCell): number | undefined {
  if (typeof c === 'number') return c;
  const t = cellText(c).replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

/** A drop-down's items by their normalised text (typed without accents, other case…), built once. */
const normalisedItems = new WeakMap<RegisterColumn, Map<string, string>>();
function itemsOf(column: RegisterColumn): Map<string, string> {
  let items = normalisedItems.get(column);
  if (items === undefined) {
    items = new Map((column.items ?? []).map((i) => [normalizeTitle(i), i]));
    normalisedItems.set(column, items);
  }
  return items;
}

function parseCell(column: RegisterColumn, c: UserCell): Parsed {
  const text = cellText(c);
  switch (column.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'doi': {
      const doi = normalizeDoi(text);
      return DOI.test(doi) ? { ok: true, value: doi } : bad('DOI dạng 10.xxxx/…', 'a DOI 10.xxxx/…');
    }
    case 'issn':
      return issnOk(text)
        ? { ok: true, value: text.toUpperCase() }
        : bad('ISSN dạng 1234-567X', 'an ISSN 1234-567X');
    case 'year': {
      const y = numberOf(c);
      return y !== undefined && Number.isInteger(y) && y >= 1900 && y <= 2100
        ? { ok: true, value: y }
        : bad('năm bốn chữ số', 'a four-digit year');
    }
    case 'count':
    case 'money': {
      const n = numberOf(c);
      const whole = column.kind === 'count';
      return n !== undefined && n >= 0 && (!whole || Number.isInteger(n))
        ? { ok: true, value: n }
        : whole
          ? bad('số nguyên không âm', 'a whole number ≥ 0')
          : bad('số không âm (triệu đồng)', 'a number ≥ 0 (million VND)');
    }
    case 'trl': {
      const n = numberOf(c);
      return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 9
        ? { ok: true, value: n }
        : bad('số nguyên từ 1 đến 9', 'a whole number 1–9');
    }
    case 'date': {
      const serial = isDateCell(c) ? c.date : typeof c === 'number' ? c : parseDateText(text);
      return serial !== undefined && serial >= 1
        ? { ok: true, value: excelSerialToIso(Math.floor(serial)) }
        : bad('ngày dd/mm/yyyy', 'a date dd/mm/yyyy');
    }
    case 'taxCode': {
      const code = normalizeTaxCode(text);
      return code !== undefined
        ? { ok: true, value: code }
        : bad('mã số thuế hợp lệ (10 số)', 'a valid tax code');
    }
    case 'yesNo': {
      // The drop-down's own values first: most cells hold exactly them.
      if (text === YES) return { ok: true, value: true };
      if (text === NO) return { ok: true, value: false };
      const k = normalizeTitle(text);
      if (['co', 'x', 'yes', 'true', '1'].includes(k) || c === true) return { ok: true, value: true };
      if (['khong', 'no', 'false', '0'].includes(k) || c === false) return { ok: true, value: false };
      return bad(`“${YES}” hoặc “${NO}”`, `“${YES}” or “${NO}”`);
    }
    case 'enum': {
      if (column.items?.includes(text)) return { ok: true, value: text };
      const item = itemsOf(column).get(normalizeTitle(text));
      return item !== undefined
        ? { ok: true, value: item }
        : bad(`một mục của danh sách chọn`, 'an item of the drop-down list');
    }
  }
}

const isBlank = (c: UserCell | undefined): boolean =>
  c === null || c === undefined || (cellText(c) === '' && !isDateCell(c));

/** The identity of a row from its parsed values (every identity column needed). */
function identityOf(def: RegisterDef, values: Readonly<Record<string, RegisterValue>>): string | undefined {
  const parts = def.identity.map((k) => {
    const v = values[k];
    if (v === undefined || v === '') return undefined;
    const kind = def.columns.find((c) => c.key === k)?.kind;
    return kind === 'doi' || kind === 'taxCode'
      ? String(v)
      : kind === 'text' && k === 'issuer'
        ? normalizeTitle(String(v))
        : normalizeCode(String(v));
  });
  return parts.every((p) => p !== undefined && p !== '') ? parts.join('|') : undefined;
}

/** Normalised title + year (of a year or date column): how rows without an identity are matched. */
export function titleKeyOf(
  def: RegisterDef,
  values: Readonly<Record<string, RegisterValue>>,
): string | undefined {
  const title = values[def.title];
  const normal = typeof title === 'string' ? normalizeTitle(title) : '';
  if (normal === '') return undefined;
  return `${normal}|${yearOfValue(values[def.year]) ?? ''}`;
}

/** The year of a year column (a number) or of a date column ('YYYY-MM-DD'). */
export function yearOfValue(v: RegisterValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  const m = typeof v === 'string' ? /^(\d{4})-\d{2}-\d{2}$/.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * The table's rows as typed items. A row with an invalid cell keeps its other values (the cell is
 * left out); a row without its title (or other required cell) is not an item. Blank rows are skipped.
 */
export function readRegisterRows(
  def: RegisterDef,
  table: RegisterTable,
): { rows: RegisterRow[]; issues: Issue[] } {
  const [header, ...body] = table.rows;
  const issues: Issue[] = [];
  const positions = def.columns.map((c) => {
    const i =
      header?.cells.findIndex((h) => normalizeTitle(cellText(h)) === normalizeTitle(c.headerVi)) ?? -1;
    return { column: c, index: i };
  });
  const at = (index: number, row: number) => ({
    file: table.file,
    sheet: table.sheet,
    cell: `${columnLetters(table.firstColumn + index)}${row}`,
  });
  for (const p of positions)
    if (p.index < 0 && (p.column.required || def.identity.includes(p.column.key)))
      issues.push(
        makeIssue(
          'REGISTER_COLUMN_MISSING',
          { column: p.column.headerVi, table: def.table },
          { file: table.file, sheet: table.sheet },
        ),
      );
  const rows: RegisterRow[] = [];
  const seen = new Map<string, number>();
  for (const r of body) {
    if (r.cells.every((c) => isBlank(c))) continue;
    const values: Record<string, RegisterValue> = {};
    let complete = true;
    for (const { column, index } of positions) {
      if (index < 0) continue;
      const c = r.cells[index] ?? null;
      if (isBlank(c)) {
        if (column.required) {
          complete = false;
          issues.push(makeIssue('REGISTER_REQUIRED', { column: column.headerVi }, at(index, r.row)));
        }
        continue;
      }
      const parsed = parseCell(column, c);
      if (parsed.ok) values[column.key] = parsed.value;
      else {
        if (column.required) complete = false;
        const params = {
          column: column.headerVi,
          text: cellText(c),
          expectedVi: parsed.expectedVi,
          expectedEn: parsed.expectedEn,
        };
        issues.push(makeIssue('REGISTER_VALUE_INVALID', params, at(index, r.row)));
      }
    }
    if (!complete) continue;
    const key = identityOf(def, values);
    // Only rows without an identity need it here; the union works it out for the others when needed.
    const titleKey = key === undefined ? titleKeyOf(def, values) : undefined;
    if (key !== undefined) {
      const first = seen.get(key);
      if (first !== undefined) {
        const index = positions.find((p) => p.column.key === def.identity[0])?.index ?? 0;
        issues.push(makeIssue('REGISTER_DUPLICATE_IN_UNIT', { firstRow: String(first) }, at(index, r.row)));
        continue;
      }
      seen.set(key, r.row);
    }
    rows.push({
      values,
      ...(key !== undefined ? { key } : {}),
      ...(titleKey !== undefined ? { titleKey } : {}),
      source: { file: table.file, sheet: table.sheet, row: r.row },
    });
  }
  return { rows, issues };
}
