/**
 * The register sheets of a unit's template ("DS Công bố", "DS Sở hữu trí tuệ"…): one per register
 * that feeds an indicator component the unit enters, each an Excel table KHCN_DS_<KEY> with the
 * register's columns (domain/registers/definitions.ts), a drop-down, a check and a Vietnamese input
 * prompt per column over thousands of rows. Not protected: a table cannot grow on a protected sheet.
 */
import type { RegisterKey } from '../catalog/schema';
import type { UnitAssignment } from '../catalog';
import { REGISTERS, type RegisterColumn, type RegisterDef } from '../registers/definitions';
import { DERIVATIONS } from '../registers/derive';
import type { DataValidationSpec, SheetSpec } from './layout-types';
import { columnLetter, SheetDraft } from './sheet-draft';
import { printHeader } from './vi-format';

/** The header row of every register table; items start on the row below. */
export const REGISTER_HEADER_ROW = 3;
/** Empty rows the table starts with (it grows as rows are typed below it). */
export const REGISTER_TABLE_ROWS = 20;
/** Column checks and formats reach this row: room for thousands of items. */
export const REGISTER_LAST_ROW = 10_003;

const TEXT_MAX: Partial<Record<RegisterColumn['kind'], number>> = {
  text: 500,
  doi: 300,
  issn: 9,
  taxCode: 14,
};

function validationOf(c: RegisterColumn): DataValidationSpec {
  const base = { titleVi: c.headerVi, promptVi: c.promptVi };
  switch (c.kind) {
    case 'yesNo':
    case 'enum':
      return { kind: 'list', items: c.items ?? [], ...base, errorVi: `Chọn một giá trị trong danh sách.` };
    case 'year':
      return { kind: 'whole', min: 1900, max: 2100, ...base, errorVi: 'Nhập năm bốn chữ số, ví dụ 2026.' };
    case 'count':
      return { kind: 'whole', min: 0, max: 1_000_000_000, ...base, errorVi: 'Nhập số nguyên không âm.' };
    case 'trl':
      return { kind: 'whole', min: 1, max: 9, ...base, errorVi: 'Nhập mức TRL từ 1 đến 9.' };
    case 'money':
      return { kind: 'decimal', min: 0, max: 1e12, ...base, errorVi: 'Nhập số tiền (triệu đồng), không âm.' };
    case 'date':
      return {
        kind: 'date',
        min: '1990-01-01',
        max: '2100-12-31',
        ...base,
        errorVi: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 03/12/2026.',
      };
    case 'text':
    case 'doi':
    case 'issn':
    case 'taxCode': {
      const max = TEXT_MAX[c.kind] ?? 500;
      return { kind: 'textLength', max, ...base, errorVi: `Nhập tối đa ${max} ký tự.` };
    }
  }
}

/** Identifiers stay text (a tax code keeps its leading 0), dates show as dd/mm/yyyy. */
function numberFormatOf(c: RegisterColumn): string | undefined {
  if (c.kind === 'date') return 'dd/mm/yyyy';
  if (c.kind === 'text' || c.kind === 'doi' || c.kind === 'issn' || c.kind === 'taxCode') return '@';
  if (c.kind === 'money') return '#,##0.###';
  return undefined;
}

/** The registers a unit fills in: those behind a component it enters, in the registers' order. */
export function registersOfUnit(assignments: readonly UnitAssignment[]): RegisterDef[] {
  const used = new Set<RegisterKey>(
    assignments.flatMap((a) => a.components.flatMap((c) => (c.register !== undefined ? [c.register] : []))),
  );
  return REGISTERS.filter((r) => used.has(r.key));
}

export function buildRegisterSheet(
  def: RegisterDef,
  assignments: readonly UnitAssignment[],
  year: number,
): SheetSpec {
  const d = new SheetDraft(def.columns.map((c) => c.width));
  const last = columnLetter(def.columns.length - 1);
  const codes = new Set(assignments.map((a) => a.indicator.code));
  const feeds = [
    ...new Set(
      DERIVATIONS.filter((x) => x.register === def.key && codes.has(x.indicator)).map((x) => x.indicator),
    ),
  ];
  const identity = def.identity.map((k) => def.columns.find((c) => c.key === k)?.headerVi ?? k).join(' + ');
  d.set('A', 1, { value: `${def.nameVi} – năm ${year} (${def.nameEn})`, style: 'title' });
  d.merge(`A1:${last}1`);
  const hint =
    `Mỗi dòng một mục; gõ tiếp ở dòng ngay dưới bảng, bảng tự mở rộng. ` +
    (feeds.length > 0 ? `Các chỉ tiêu tính từ danh sách này: ${feeds.join(', ')}. ` : '') +
    `Mục do nhiều đơn vị cùng kê khai chỉ tính một lần, theo ${identity}; mục không có ${identity} được đối chiếu theo tên và năm. ` +
    `One row per item; the table grows as you type below it.`;
  d.set('A', 2, { value: hint, style: 'subtitle' });
  d.merge(`A2:${last}2`);
  d.fitText(
    2,
    hint,
    def.columns.reduce((a, c) => a + c.width, 0),
  );
  def.columns.forEach((c, i) => {
    d.set(columnLetter(i), REGISTER_HEADER_ROW, { value: c.headerVi, style: 'header' });
    d.fitText(REGISTER_HEADER_ROW, c.headerVi, c.width);
  });
  return {
    ...d.build({
      name: def.sheetVi,
      role: 'register',
      visibility: 'visible',
      protect: false,
      freeze: { rows: REGISTER_HEADER_ROW, columns: 0 },
      print: { orientation: 'landscape', titleRows: REGISTER_HEADER_ROW, header: printHeader(year) },
    }),
    table: {
      name: def.table,
      range: `A${REGISTER_HEADER_ROW}:${last}${REGISTER_HEADER_ROW + REGISTER_TABLE_ROWS}`,
      style: 'TableStyleMedium2',
      columns: def.columns.map((c) => {
        const numberFormat = numberFormatOf(c);
        return {
          header: c.headerVi,
          validation: validationOf(c),
          ...(numberFormat !== undefined ? { numberFormat } : {}),
        };
      }),
      lastRow: REGISTER_LAST_ROW,
    },
  };
}
