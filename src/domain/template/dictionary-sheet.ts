/**
 * The "Từ điển chỉ số" sheet of a template: the dictionary rows of THIS unit's indicators only
 * (what the unit needs to read while filling in; the full dictionary is `khcn dictionary`), with
 * the unit's role in each indicator next to the name.
 */
import { printHeader } from './vi-format';
import type { Catalog, UnitAssignment } from '../catalog';
import { buildDictionary, DICTIONARY_COLUMNS } from '../dictionary';
import type { SheetSpec } from './layout-types';
import { columnLetter, SheetDraft } from './sheet-draft';

export const DICTIONARY_SHEET = 'Từ điển chỉ số';

const ROLE_COLUMN = { key: 'role', headerVi: 'Vai trò của đơn vị', headerEn: "The unit's role", width: 14 };

/** The dictionary's columns with the unit's role after the name. */
const COLUMNS = [DICTIONARY_COLUMNS[0], DICTIONARY_COLUMNS[1], ROLE_COLUMN, ...DICTIONARY_COLUMNS.slice(2)];

const HEADER_ROW = 3;

export function buildDictionarySheet(
  catalog: Catalog,
  assignments: readonly UnitAssignment[],
  year: number,
): SheetSpec {
  const d = new SheetDraft(COLUMNS.map((c) => c.width));
  const last = columnLetter(COLUMNS.length - 1);
  d.set('A', 1, { value: `Từ điển các chỉ số đơn vị báo cáo – đánh giá năm ${year}`, style: 'title' });
  d.merge(`A1:${last}1`);
  d.set('A', 2, {
    value: `Indicator dictionary of the unit's indicators (catalogue ${catalog.version}). Toàn bộ 50 chỉ số: lệnh "khcn dictionary".`,
    style: 'subtitle',
  });
  d.merge(`A2:${last}2`);
  COLUMNS.forEach((c, i) =>
    d.set(columnLetter(i), HEADER_ROW, { value: `${c.headerVi}\n(${c.headerEn})`, style: 'header' }),
  );
  d.fitText(HEADER_ROW, 'Chỉ tiêu liên quan\n(Related targets)', 30);

  const roles = new Map(assignments.map((a) => [a.indicator.code, a.role]));
  const rows = buildDictionary(catalog).filter((r) => roles.has(r.code ?? ''));
  rows.forEach((r, i) => {
    const row = HEADER_ROW + 1 + i;
    const values: Record<string, string> = {
      ...r,
      role: roles.get(r.code ?? '') === 'lead' ? 'Chủ trì' : 'Phối hợp',
    };
    COLUMNS.forEach((c, j) => {
      const value = values[c.key] ?? '';
      d.set(columnLetter(j), row, { value, style: 'label' });
      d.fitText(row, value, c.width);
    });
  });
  return d.build({
    name: DICTIONARY_SHEET,
    role: 'dictionary',
    visibility: 'visible',
    protect: true,
    freeze: { rows: HEADER_ROW, columns: 2 },
    print: { orientation: 'landscape', titleRows: HEADER_ROW, header: printHeader(year) },
  });
}
