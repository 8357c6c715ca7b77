/**
 * The unit registry the coordinating office edits (khcn registry → don-vi.xlsx → --registry): one
 * row per reporting unit, the office's own contact, and the categories. Parsing checks every row
 * and names it in Vietnamese; a registry with errors is refused as a whole (the built-in one is
 * never silently mixed with half a file). The placeholders stay as categories' stand-ins.
 */
import { catalogProblems } from '../catalog/integrity';
import { COMMUNES } from '../catalog/communes';
import { CATEGORY_EN, CATEGORY_VI } from '../catalog/roles';
import { UNIT_CATEGORIES } from '../catalog/constants';
import type { OfficeContact, ReportingUnit, UnitCategory } from '../catalog/schema';
import { nfc } from '../catalog/units';
import type { Catalog } from '../catalog';
import { validateCatalog } from '../catalog/validate';
import { columnLetters } from '../a1';
import { makeIssue, type Issue, type IssueCode, type IssueParams } from '../issues';
import { headerKey, slugify } from '../text';
import { cellText, findHeader, type UserRow, type UserTable } from '../user-table';
import { normalizeTaxCode } from './tax-code';

/** The columns of the units sheet, in order, with the header names a reader accepts. */
export const REGISTRY_COLUMNS = [
  { key: 'id', headerVi: 'Mã đơn vị', aliases: ['id', 'ma dv', 'ma'] },
  { key: 'nameVi', headerVi: 'Tên đơn vị', aliases: ['ten', 'name', 'ten tieng viet'] },
  { key: 'nameEn', headerVi: 'Tên tiếng Anh', aliases: ['name en', 'english name'] },
  { key: 'categories', headerVi: 'Nhóm', aliases: ['nhom don vi', 'category', 'categories'] },
  { key: 'taxCode', headerVi: 'Mã số thuế', aliases: ['mst', 'tax code'] },
  { key: 'statCode', headerVi: 'Mã thống kê', aliases: ['ma dvhc', 'ma don vi hanh chinh', 'stat code'] },
  { key: 'person', headerVi: 'Người liên hệ', aliases: ['nguoi lien he', 'contact', 'contact person'] },
  { key: 'email', headerVi: 'Email', aliases: ['e mail', 'thu dien tu'] },
  { key: 'phone', headerVi: 'Điện thoại', aliases: ['so dien thoai', 'phone'] },
  { key: 'mustReport', headerVi: 'Phải báo cáo', aliases: ['must report', 'bat buoc bao cao'] },
] as const;
export type RegistryColumn = (typeof REGISTRY_COLUMNS)[number]['key'];

/** The key/value rows of the office's contact sheet. */
export const OFFICE_FIELDS = [
  { key: 'nameVi', labelVi: 'Cơ quan đầu mối' },
  { key: 'person', labelVi: 'Người liên hệ' },
  { key: 'phone', labelVi: 'Điện thoại' },
  { key: 'email', labelVi: 'Email' },
  { key: 'address', labelVi: 'Địa chỉ nhận báo cáo' },
] as const satisfies readonly { key: keyof OfficeContact; labelVi: string }[];

export const REGISTRY_SHEETS = {
  units: 'Đơn vị',
  categories: 'Nhóm đơn vị',
  office: 'Đầu mối Sở KH&CN',
} as const;

const YES = new Set(['co', 'x', 'yes', 'y', '1', 'true', 'phai']);
const NO = new Set(['khong', 'no', 'n', '0', 'false']);

export interface RegistryParse {
  /** The catalogue with the file's units; undefined when the file has errors. */
  catalog?: Catalog;
  /** Every finding, row order (errors, warnings and the info on generated ids). */
  issues: Issue[];
}

/** A category from its Vietnamese label, its English label or its code (accents and case ignored). */
function categoryOf(text: string): UnitCategory | undefined {
  const key = headerKey(text);
  return UNIT_CATEGORIES.find(
    (c) => headerKey(c) === key || headerKey(CATEGORY_VI[c]) === key || headerKey(CATEGORY_EN[c]) === key,
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

interface Ctx {
  table: UserTable;
  issues: Issue[];
}

function report<C extends IssueCode>(
  ctx: Ctx,
  code: C,
  params: IssueParams<C>,
  col?: number,
  row?: number,
): void {
  const cell =
    col !== undefined && row !== undefined && ctx.table.sheet !== undefined
      ? `${columnLetters(col + 1)}${row}`
      : undefined;
  ctx.issues.push(
    makeIssue(code, params, {
      file: ctx.table.file,
      ...(ctx.table.sheet !== undefined ? { sheet: ctx.table.sheet } : {}),
      ...(cell !== undefined ? { cell } : {}),
    }),
  );
}

interface RowUnit {
  unit: ReportingUnit;
  row: number;
}

const COMMUNE_BY_CODE = new Map(COMMUNES.map((c) => [c.statCode, c]));

function rowUnit(
  ctx: Ctx,
  r: UserRow,
  col: Partial<Record<RegistryColumn, number>>,
  taken: ReadonlySet<string>,
): RowUnit | undefined {
  const get = (k: RegistryColumn): string => {
    const i = col[k];
    return i === undefined ? '' : nfc(cellText(r.cells[i]));
  };
  const row = String(r.row);
  let ok = true;
  const nameVi = get('nameVi');
  if (nameVi === '') {
    report(ctx, 'REGISTRY_EMPTY_NAME', { row }, col.nameVi, r.row);
    ok = false;
  }
  const categories: UnitCategory[] = [];
  for (const part of get('categories')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const cat = categoryOf(part);
    if (cat === undefined) {
      report(
        ctx,
        'REGISTRY_UNKNOWN_CATEGORY',
        { row, category: part, known: UNIT_CATEGORIES.map((c) => CATEGORY_VI[c]).join('; ') },
        col.categories,
        r.row,
      );
      ok = false;
    } else if (!categories.includes(cat)) categories.push(cat);
  }
  if (categories.length === 0 && get('categories') === '') {
    report(
      ctx,
      'REGISTRY_UNKNOWN_CATEGORY',
      { row, category: '', known: UNIT_CATEGORIES.map((c) => CATEGORY_VI[c]).join('; ') },
      col.categories,
      r.row,
    );
    ok = false;
  }
  const rawTax = get('taxCode');
  const taxCode = rawTax === '' ? undefined : normalizeTaxCode(rawTax);
  if (rawTax !== '' && taxCode === undefined) {
    report(ctx, 'REGISTRY_TAX_CODE_INVALID', { row, taxCode: rawTax }, col.taxCode, r.row);
    ok = false;
  }
  // Excel drops the leading 0 of 07210: pad short numeric codes back.
  const rawStat = get('statCode');
  const statCode = /^\d{1,5}$/.test(rawStat) ? rawStat.padStart(5, '0') : rawStat;
  const commune = statCode === '' ? undefined : COMMUNE_BY_CODE.get(statCode);
  if ((statCode !== '' && commune === undefined) || (categories.includes('commune') && statCode === '')) {
    report(ctx, 'REGISTRY_STAT_CODE_INVALID', { row, statCode: rawStat }, col.statCode, r.row);
    ok = false;
  }
  const flag = headerKey(get('mustReport'));
  let mustReport = true;
  if (flag !== '') {
    if (YES.has(flag)) mustReport = true;
    else if (NO.has(flag)) mustReport = false;
    else {
      report(ctx, 'REGISTRY_BAD_FLAG', { row, value: get('mustReport') }, col.mustReport, r.row);
      ok = false;
    }
  }
  const email = get('email');
  if (email !== '' && !EMAIL.test(email))
    report(ctx, 'REGISTRY_EMAIL_INVALID', { row, email }, col.email, r.row);

  let id = get('id').toLowerCase();
  if (id === '') {
    const base =
      taxCode !== undefined
        ? `dn-${taxCode}`
        : commune !== undefined
          ? `xp-${commune.statCode}`
          : slugify(nameVi);
    if (base === '') return undefined;
    id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    report(ctx, 'REGISTRY_ID_GENERATED', { row, id }, col.id, r.row);
  } else if (!ID.test(id)) {
    report(ctx, 'REGISTRY_BAD_ID', { row, id: get('id') }, col.id, r.row);
    ok = false;
  }
  if (!ok) return undefined;
  const person = get('person');
  const phone = get('phone');
  const contact = {
    ...(person !== '' ? { person } : {}),
    ...(email !== '' ? { email } : {}),
    ...(phone !== '' ? { phone } : {}),
  };
  const nameEn = get('nameEn');
  const unit: ReportingUnit = {
    id,
    nameVi,
    nameEn: nameEn === '' ? nameVi : nameEn,
    kind: commune !== undefined ? 'commune' : 'agency',
    categories,
    ...(commune !== undefined ? { statCode: commune.statCode, communeType: commune.type } : {}),
    ...(taxCode !== undefined ? { taxCode } : {}),
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
    mustReport,
  };
  return { unit, row: r.row };
}

/** The office's contact from its key/value sheet (labels in column A, values in column B). */
export function parseOffice(table: UserTable | undefined, fallback: OfficeContact): OfficeContact {
  if (table === undefined) return fallback;
  const byLabel = new Map(OFFICE_FIELDS.map((f) => [headerKey(f.labelVi), f.key]));
  const out: Record<string, string> = {};
  for (const r of table.rows) {
    const key = byLabel.get(headerKey(cellText(r.cells[0])));
    const value = nfc(cellText(r.cells[1]));
    if (key !== undefined && value !== '') out[key] = value;
  }
  return { ...out, nameVi: out.nameVi ?? fallback.nameVi };
}

/** Units the catalogue itself names (leads, named cooperating units, official sources): they must stay. */
function requiredUnits(base: Catalog): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, code: string): void => {
    const list = out.get(id) ?? [];
    if (!list.includes(code)) list.push(code);
    out.set(id, list);
  };
  for (const ind of base.indicators) {
    add(ind.leadUnitId, ind.code);
    for (const id of ind.cooperatingUnitIds) add(id, ind.code);
    for (const c of ind.components) if (c.officialUnit !== undefined) add(c.officialUnit, ind.code);
  }
  return out;
}

/**
 * The registry file → the catalogue with its units (the base catalogue's indicators, targets and
 * placeholders are kept). `units` is the units table, `office` the contact sheet when there is one.
 */
export function parseRegistry(base: Catalog, units: UserTable, office?: UserTable): RegistryParse {
  const ctx: Ctx = { table: units, issues: [] };
  const names = Object.fromEntries(
    REGISTRY_COLUMNS.map((c) => [c.key, [c.headerVi, ...c.aliases]]),
  ) as Record<RegistryColumn, string[]>;
  const header = findHeader<RegistryColumn>(units, names, ['nameVi', 'categories']);
  if (header === undefined) {
    const missing = ['Tên đơn vị', 'Nhóm'].join('”, “');
    report(ctx, 'REGISTRY_MISSING_COLUMN', { column: missing });
    return { issues: ctx.issues };
  }
  const placeholders = base.units.filter((u) => u.kind === 'placeholder');
  const reserved = new Set(placeholders.map((u) => u.id));
  const seenIds = new Map<string, number>();
  const seenTax = new Map<string, number>();
  const found: RowUnit[] = [];
  for (const r of units.rows.slice(header.index + 1)) {
    if (r.cells.every((c) => cellText(c) === '')) continue;
    const ru = rowUnit(ctx, r, header.columns, new Set([...seenIds.keys(), ...reserved]));
    if (ru === undefined) continue;
    const { unit } = ru;
    const firstId = seenIds.get(unit.id);
    if (firstId !== undefined || reserved.has(unit.id)) {
      const firstRow = firstId === undefined ? `“${REGISTRY_SHEETS.categories}”` : String(firstId);
      report(
        ctx,
        'REGISTRY_DUPLICATE_ID',
        { row: String(r.row), id: unit.id, firstRow },
        header.columns.id,
        r.row,
      );
      continue;
    }
    seenIds.set(unit.id, r.row);
    if (unit.taxCode !== undefined) {
      const key = unit.taxCode;
      const first = seenTax.get(key);
      if (first !== undefined) {
        report(
          ctx,
          'REGISTRY_TAX_CODE_DUPLICATE',
          { row: String(r.row), taxCode: key, firstRow: String(first) },
          header.columns.taxCode,
          r.row,
        );
        continue;
      }
      seenTax.set(key, r.row);
    }
    found.push(ru);
  }
  if (found.length === 0 && !ctx.issues.some((i) => i.severity === 'error'))
    report(ctx, 'REGISTRY_EMPTY', {});
  const ids = new Set(found.map((f) => f.unit.id));
  for (const [id, codes] of requiredUnits(base)) {
    if (ids.has(id)) continue;
    const unit = base.units.find((u) => u.id === id);
    report(ctx, 'REGISTRY_MISSING_UNIT', { unit: unit?.nameVi ?? id, id, indicators: codes.join(', ') });
  }
  if (ctx.issues.some((i) => i.severity === 'error')) return { issues: ctx.issues };
  const catalog = withUnits(
    base,
    [...found.map((f) => f.unit), ...placeholders],
    parseOffice(office, base.office),
  );
  return { catalog, issues: ctx.issues };
}

/** The base catalogue with another unit list and office contact, validated like the built-in one. */
export function withUnits(base: Catalog, units: readonly ReportingUnit[], office: OfficeContact): Catalog {
  const data = { ...base, units: [...units], office };
  const problems = catalogProblems(data);
  if (problems.length > 0) throw new Error(`Registry breaks the catalogue: ${problems.join('; ')}`);
  return validateCatalog(data);
}

/** The registry as the office edits it: the units sheet, the categories, the office's contact. */
export interface RegistryWorkbook {
  units: { headers: string[]; rows: string[][] };
  categories: { headers: string[]; rows: string[][] };
  office: [string, string][];
}

/** The catalogue's registry as the editable workbook `khcn registry` writes (placeholders as categories). */
export function registryWorkbook(catalog: Catalog): RegistryWorkbook {
  const real = catalog.units.filter((u) => u.kind !== 'placeholder');
  const rows = real.map((u) => [
    u.id,
    u.nameVi,
    u.nameEn === u.nameVi ? '' : u.nameEn,
    u.categories.map((c) => CATEGORY_VI[c]).join('; '),
    u.taxCode ?? '',
    u.statCode ?? '',
    u.contact?.person ?? '',
    u.contact?.email ?? '',
    u.contact?.phone ?? '',
    u.mustReport ? 'có' : 'không',
  ]);
  const placeholderOf = (cat: UnitCategory): string =>
    catalog.units
      .filter((u) => u.kind === 'placeholder' && u.categories.includes(cat))
      .map((u) => u.id)
      .join('; ');
  const cooperates = (cat: UnitCategory): string =>
    catalog.indicators
      .filter((i) => i.cooperatingCategories.includes(cat))
      .map((i) => i.code)
      .join(', ');
  return {
    units: { headers: REGISTRY_COLUMNS.map((c) => c.headerVi), rows },
    categories: {
      headers: ['Nhóm', 'Mã nhóm', 'Biểu mẫu chung của nhóm', 'Chỉ tiêu phối hợp theo nhóm'],
      rows: UNIT_CATEGORIES.map((c) => [CATEGORY_VI[c], c, placeholderOf(c), cooperates(c)]),
    },
    office: OFFICE_FIELDS.map((f) => [f.labelVi, catalog.office[f.key] ?? '']),
  };
}
