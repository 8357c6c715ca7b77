/**
 * The sign-off block at the foot of the data sheet: who prepared the figures, a phone number,
 * the head of the unit, the signing date and the "Hoàn thành" mark. Each value cell has a
 * workbook-scoped name `KHCN_KY_…` (readers go by name, like the inputs); the mark is a
 * drop-down, and its status cell says whether errors still block completion.
 */
import type { CellSpec, DataValidationSpec } from './layout-types';
import { NAME_PREFIX } from './names';
import type { SheetDraft } from './sheet-draft';
import { STATUS_PREFIX } from './status';
import { NUMBER_FORMATS } from './styles';

/** The drop-down's two values; only the first marks the file complete. */
export const COMPLETE_VALUE = 'Hoàn thành';
export const DRAFT_VALUE = 'Chưa hoàn thành';

export type SignOffField = 'preparer' | 'phone' | 'head' | 'signedOn' | 'complete';

export interface SignOffFieldSpec {
  field: SignOffField;
  name: string;
  labelVi: string;
  labelEn: string;
  /** Needed before a file may be marked complete. */
  requiredForComplete: boolean;
}

export const SIGN_OFF_FIELDS: readonly SignOffFieldSpec[] = [
  {
    field: 'preparer',
    name: `${NAME_PREFIX}KY_NGUOI_LAP`,
    labelVi: 'Người lập biểu (họ và tên)',
    labelEn: 'Prepared by (full name)',
    requiredForComplete: true,
  },
  {
    field: 'phone',
    name: `${NAME_PREFIX}KY_DIEN_THOAI`,
    labelVi: 'Điện thoại người lập biểu',
    labelEn: "Preparer's phone",
    requiredForComplete: false,
  },
  {
    field: 'head',
    name: `${NAME_PREFIX}KY_THU_TRUONG`,
    labelVi: 'Thủ trưởng đơn vị (họ và tên)',
    labelEn: 'Head of unit (full name)',
    requiredForComplete: true,
  },
  {
    field: 'signedOn',
    name: `${NAME_PREFIX}KY_NGAY`,
    labelVi: 'Ngày ký',
    labelEn: 'Date signed',
    requiredForComplete: true,
  },
  {
    field: 'complete',
    name: `${NAME_PREFIX}HOAN_THANH`,
    labelVi: 'Đánh dấu hoàn thành',
    labelEn: 'Completion mark',
    requiredForComplete: false,
  },
];

export const signOffField = (field: SignOffField): SignOffFieldSpec =>
  SIGN_OFF_FIELDS.find((f) => f.field === field) as SignOffFieldSpec;

/** A named cell of the template that is not an indicator input. */
export interface SignOffName {
  name: string;
  sheet: string;
  range: string;
  field: SignOffField;
}

const text = (max: number, promptVi: string): DataValidationSpec => ({
  kind: 'textLength',
  max,
  titleVi: 'Xác nhận',
  promptVi,
  errorVi: `Nhập tối đa ${max} ký tự.`,
});

const VALIDATION: Record<SignOffField, DataValidationSpec> = {
  preparer: text(100, 'Họ và tên người lập biểu.'),
  phone: text(20, 'Số điện thoại để Sở KH&CN liên hệ khi cần làm rõ số liệu.'),
  head: text(100, 'Họ và tên thủ trưởng đơn vị (người ký).'),
  signedOn: {
    kind: 'date',
    min: '2020-01-01',
    max: '2030-12-31',
    titleVi: 'Ngày ký',
    promptVi: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 03/12/2026.',
    errorVi: 'Phải là một ngày từ 01/01/2020 đến 31/12/2030.',
  },
  complete: {
    kind: 'list',
    items: [COMPLETE_VALUE, DRAFT_VALUE],
    titleVi: 'Hoàn thành',
    promptVi:
      'Chọn “Hoàn thành” khi số liệu đã đủ và thủ trưởng đã duyệt. Tệp còn lỗi thì chưa được coi là hoàn thành.',
    errorVi: `Chọn “${COMPLETE_VALUE}” hoặc “${DRAFT_VALUE}”.`,
  },
};

/**
 * The mark's status: "Lỗi" while the mark is set and a status cell of `statusRange` still
 * begins with "Lỗi" or a required sign-off cell is blank; "Đã nhập" when complete; else
 * "Chưa nhập" (a draft). Status prefixes keep the sheet's colours.
 */
function markStatusFormula(mark: string, statusRange: string, required: readonly string[]): string {
  const blanks = required.map((n) => `ISBLANK(${n})`).join(',');
  return (
    `IF(${mark}="${COMPLETE_VALUE}",` +
    `IF(COUNTIF(${statusRange},"${STATUS_PREFIX.error}*")>0,"${STATUS_PREFIX.error}: còn lỗi ở trên, chưa thể hoàn thành",` +
    `IF(OR(${blanks}),"${STATUS_PREFIX.error}: cần ghi người lập biểu, thủ trưởng và ngày ký",` +
    `"${STATUS_PREFIX.ok}: hoàn thành")),"${STATUS_PREFIX.missing}: bản nháp (chưa đánh dấu hoàn thành)")`
  );
}

/**
 * Writes the block from `row` on (label in C, value in E, the mark's status in H) and returns
 * the named cells and the next free row. `statusRange` is the sheet's indicator status column.
 */
export function addSignOffBlock(
  draft: SheetDraft,
  sheet: string,
  row: number,
  statusRange: string,
): { names: SignOffName[]; nextRow: number } {
  draft.set('A', row, { value: 'XÁC NHẬN CỦA ĐƠN VỊ', style: 'groupHeader' });
  draft.merge(`A${row}:H${row}`);
  const names: SignOffName[] = [];
  let r = row + 1;
  for (const f of SIGN_OFF_FIELDS) {
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])
      draft.set(col, r, { value: null, style: 'label' });
    draft.set('C', r, { value: f.labelVi, style: 'label' });
    const cell: Omit<CellSpec, 'address' | 'locked'> = {
      value: f.field === 'complete' ? DRAFT_VALUE : null,
      style: f.requiredForComplete || f.field === 'complete' ? 'input' : 'inputOptional',
      numberFormat: f.field === 'signedOn' ? NUMBER_FORMATS.date : NUMBER_FORMATS.text,
      validation: VALIDATION[f.field],
    };
    draft.set('E', r, { ...cell, locked: false });
    names.push({ name: f.name, sheet, range: `E${r}`, field: f.field });
    r += 1;
  }
  const mark = signOffField('complete').name;
  const required = SIGN_OFF_FIELDS.filter((f) => f.requiredForComplete).map((f) => f.name);
  draft.set('H', r - 1, { formula: markStatusFormula(mark, statusRange, required), style: 'status' });
  return { names, nextRow: r };
}
