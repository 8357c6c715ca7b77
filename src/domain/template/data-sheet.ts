/**
 * The "Nhập liệu" (data entry) sheet: only the unit's indicators, grouped I…V. Per indicator a
 * header row (code, name, unit of measure, result, status), then one row per component the unit
 * enters. Every input cell (or numeric-list block) gets a workbook-scoped defined name, and every
 * formula refers to inputs by those names, so formulas and readers survive inserted or moved rows.
 */
import { printHeader } from './vi-format';
import type { UnitAssignment, UnitRole } from '../catalog';
import { GROUP_INFO } from '../catalog';
import type { Component, Indicator } from '../catalog/schema';
import { GROUPS } from '../catalog/constants';
import { formulaInWords } from '../dictionary';
import { FORMULAS } from '../formulas';
import { inputCellProps, NUMBER_LIST_ROWS } from './inputs';
import type { FormulaMode, InputName, SheetSpec, TemplateIndicator } from './layout-types';
import { inputName } from './names';
import { SheetDraft } from './sheet-draft';
import { addSignOffBlock, type SignOffName } from './sign-off';
import { componentStatusFormula, indicatorStatusFormula, statusFormats, type CrossRuleRefs } from './status';
import { NUMBER_FORMATS } from './styles';

export const DATA_SHEET = 'Nhập liệu';

/** Columns A–H of the data sheet. Readers find inputs by name; the source cell is the next column (F). */
export const DATA_COLUMNS = [
  { letter: 'A', headerVi: 'Mã', width: 8 },
  { letter: 'B', headerVi: 'Tên chỉ tiêu', width: 38 },
  { letter: 'C', headerVi: 'Thành phần', width: 52 },
  { letter: 'D', headerVi: 'Đơn vị tính', width: 14 },
  { letter: 'E', headerVi: 'Giá trị', width: 18 },
  { letter: 'F', headerVi: 'Nguồn số liệu / minh chứng', width: 34 },
  { letter: 'G', headerVi: 'Kết quả tính', width: 18 },
  { letter: 'H', headerVi: 'Trạng thái', width: 30 },
] as const;

export const DATA_HEADER_ROW = 3;

/** The column of every input cell (a number list is a block of this column). */
export const VALUE_COLUMN = 'E';

export interface DataSheet {
  sheet: SheetSpec;
  inputs: InputName[];
  indicators: TemplateIndicator[];
  signOff: SignOffName[];
}

export interface DataSheetOptions {
  unitName: string;
  year: number;
  deadlineVi: string;
  formulaMode: FormulaMode;
}

const BLOCK_HINT =
  'Mỗi dòng một số; cột F cùng dòng ghi nguồn (ví dụ tên bài hoặc DOI). Cần thêm dòng thì chèn dòng ở giữa khối (không chèn dưới dòng cuối).';
const TEXT_LIST_HINT =
  'Nhập cả danh sách trong một ô, các mục cách nhau bằng dấu chấm phẩy (;) hoặc xuống dòng (Alt+Enter).';

const ROLE_VI: Record<UnitRole, string> = { lead: 'Đơn vị chủ trì', cooperating: 'Đơn vị phối hợp' };

const RESULT_FORMAT: Record<NonNullable<Indicator['formula']>['resultType'], string> = {
  decimal: NUMBER_FORMATS.decimal,
  percent: NUMBER_FORMATS.percent,
  money: NUMBER_FORMATS.money,
  integer: NUMBER_FORMATS.integer,
};

/** The result formula, or undefined when one of its inputs is not in this unit's template. */
export function derivedFormula(
  ind: Indicator,
  present: readonly Component[],
  mode: FormulaMode,
): string | undefined {
  const f = ind.formula;
  if (!f) return undefined;
  if (!f.args.every((key) => present.some((c) => c.key === key))) return undefined;
  const refs = f.args.map((key) => inputName(ind.code, key));
  return mode === 'native' ? FORMULAS[f.fn].excel(refs) : `KHCN.${f.fn}(${refs.join(',')})`;
}

function crossRulesFor(ind: Indicator, present: readonly Component[]): CrossRuleRefs[] {
  const has = (key: string): boolean => present.some((c) => c.key === key && c.type !== 'list');
  const names = (keys: readonly string[]): string[] => keys.map((k) => inputName(ind.code, k));
  return ind.crossRules
    .filter((r) => [...r.left, ...r.right].every(has))
    .map((rule) => ({ rule, left: names(rule.left), right: names(rule.right) }));
}

class DataSheetBuilder {
  readonly draft = new SheetDraft(DATA_COLUMNS.map((c) => c.width));
  readonly inputs: InputName[] = [];
  readonly indicators: TemplateIndicator[] = [];
  row = DATA_HEADER_ROW + 1;

  constructor(private readonly opts: DataSheetOptions) {}

  /** A row of bordered empty cells so the table reads as a grid; values are set over it. */
  private frame(row: number, style: 'label' | 'indicatorHeader'): void {
    for (const { letter } of DATA_COLUMNS) this.draft.set(letter, row, { value: null, style });
  }

  private text(
    column: string,
    row: number,
    value: string,
    style: 'label' | 'indicatorHeader' | 'hint',
  ): void {
    this.draft.set(column, row, { value, style });
    this.draft.fitText(row, value, this.draft.width(column));
  }

  header(): void {
    const { unitName, year, deadlineVi } = this.opts;
    const d = this.draft;
    d.set('A', 1, { value: `NHẬP SỐ LIỆU ĐÁNH GIÁ KH, CN & ĐMST NĂM ${year} – ${unitName}`, style: 'title' });
    d.merge('A1:H1');
    const sub =
      `Hạn gửi Sở Khoa học và Công nghệ: ${deadlineVi}. Chỉ nhập vào ô màu vàng (vàng đậm: bắt buộc). ` +
      'Cột "Kết quả tính" và "Trạng thái" tự tính. Xem trang "Hướng dẫn".';
    d.set('A', 2, { value: sub, style: 'subtitle' });
    d.merge('A2:H2');
    d.fitText(2, sub, 200);
    for (const col of DATA_COLUMNS)
      d.set(col.letter, DATA_HEADER_ROW, { value: col.headerVi, style: 'header' });
    d.fitText(DATA_HEADER_ROW, 'Nguồn số liệu / minh chứng', 20);
  }

  group(group: (typeof GROUPS)[number]): void {
    this.draft.set('A', this.row, { value: `${group}. ${GROUP_INFO[group].nameVi}`, style: 'groupHeader' });
    this.draft.merge(`A${this.row}:H${this.row}`);
    this.row += 1;
  }

  indicator({ indicator: ind, role, components: present }: UnitAssignment): void {
    const headerRow = this.row;
    this.frame(headerRow, 'indicatorHeader');
    this.draft.set('A', headerRow, { value: ind.code, style: 'indicatorHeader' });
    this.text('B', headerRow, ind.nameVi, 'indicatorHeader');
    this.draft.set('D', headerRow, {
      value: ind.formula?.unitVi ?? ind.unitOfMeasureVi,
      style: 'indicatorHeader',
    });
    const formula = derivedFormula(ind, present, this.opts.formulaMode);
    const noResult = ind.headline.kind === 'formula' && formula === undefined;
    const about = noResult
      ? `${ROLE_VI[role]}: chỉ nhập phần số liệu của đơn vị; kết quả được tính khi tổng hợp toàn tỉnh.`
      : ind.headline.kind === 'formula'
        ? `${ROLE_VI[role]}. Kết quả tính = ${formulaInWords(ind)}`
        : `${ROLE_VI[role]}. ${formulaInWords(ind)}`;
    this.text('C', headerRow, about, 'indicatorHeader');
    if (formula !== undefined) {
      const fmt = ind.formula ? RESULT_FORMAT[ind.formula.resultType] : NUMBER_FORMATS.decimal;
      this.draft.set('G', headerRow, { formula, style: 'derived', numberFormat: fmt });
    } else if (noResult) {
      this.text('G', headerRow, 'Tính ở cấp tỉnh', 'indicatorHeader');
    }
    this.row += 1;

    const first = this.row;
    for (const c of present) this.component(ind, c);
    const last = this.row - 1;
    const statusCell = `H${headerRow}`;
    if (present.length > 0) {
      this.draft.set('H', headerRow, {
        formula: indicatorStatusFormula({
          ...(formula !== undefined ? { derivedRef: `G${headerRow}` } : {}),
          statusRange: `H${first}:H${last}`,
          crossRules: crossRulesFor(ind, present),
        }),
        style: 'status',
      });
    }
    this.indicators.push({
      code: ind.code,
      role,
      sheet: DATA_SHEET,
      headerRow,
      ...(formula !== undefined ? { resultCell: `G${headerRow}` } : {}),
      statusCell,
    });
  }

  private component(ind: Indicator, c: Component): void {
    const props = inputCellProps(ind, c);
    const name = inputName(ind.code, c.key);
    const isBlock = c.type === 'list' && c.listItem === 'number';
    const rows = isBlock ? NUMBER_LIST_ROWS : 1;
    const first = this.row;
    for (let r = first; r < first + rows; r++) {
      this.frame(r, 'label');
      this.draft.set(VALUE_COLUMN, r, { value: null, ...props, locked: false });
      // The evidence cell of the same row: free text, optional, not named (readers use the next column).
      this.draft.set('F', r, {
        value: null,
        style: 'inputOptional',
        numberFormat: NUMBER_FORMATS.text,
        locked: false,
      });
    }
    // A block replaces the catalogue's one-cell hint for lists ("separated by ;") with its own.
    const label = [
      c.labelVi,
      isBlock ? BLOCK_HINT : (c.hintVi ?? ''),
      c.type === 'list' && c.listItem === 'text' ? TEXT_LIST_HINT : '',
    ]
      .filter((s) => s !== '')
      .join('\n');
    this.text('C', first, label, 'label');
    this.draft.set('D', first, { value: c.unitVi, style: 'label' });
    this.draft.set('H', first, { formula: componentStatusFormula(ind, c, name), style: 'status' });
    const range = isBlock
      ? `${VALUE_COLUMN}${first}:${VALUE_COLUMN}${first + rows - 1}`
      : `${VALUE_COLUMN}${first}`;
    this.inputs.push({ name, sheet: DATA_SHEET, range, indicator: ind.code, component: c.key });
    this.row += rows;
  }

  footer(): void {
    const end =
      'Hết phần nhập liệu. Khi số liệu đã đủ và đã được duyệt, chọn “Hoàn thành” ở trên, lưu tệp và gửi về Sở Khoa học và Công nghệ.';
    this.draft.set('A', this.row + 1, { value: end, style: 'hint' });
    this.draft.merge(`A${this.row + 1}:H${this.row + 1}`);
  }
}

export function buildDataSheet(assignments: readonly UnitAssignment[], opts: DataSheetOptions): DataSheet {
  const b = new DataSheetBuilder(opts);
  b.header();
  for (const group of GROUPS) {
    const inGroup = assignments.filter((a) => a.indicator.group === group);
    if (inGroup.length === 0) continue;
    b.group(group);
    for (const a of inGroup) b.indicator(a);
  }
  const first = DATA_HEADER_ROW + 1;
  const lastIndicatorRow = Math.max(b.row - 1, first);
  const signOff = addSignOffBlock(b.draft, DATA_SHEET, b.row + 1, `H${first}:H${lastIndicatorRow}`);
  const lastRow = signOff.nextRow - 1;
  b.row = signOff.nextRow;
  b.footer();
  const sheet = b.draft.build({
    name: DATA_SHEET,
    role: 'data',
    visibility: 'visible',
    protect: true,
    print: {
      orientation: 'landscape',
      titleRows: DATA_HEADER_ROW,
      header: printHeader(opts.year, opts.unitName),
    },
    freeze: { rows: DATA_HEADER_ROW, columns: 0 },
    conditionalFormats: statusFormats(`H${first}:H${lastRow}`, `G${first}:G${lastRow}`),
  });
  return { sheet, inputs: b.inputs, indicators: b.indicators, signOff: signOff.names };
}
