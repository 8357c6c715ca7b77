/**
 * "Từ điển chỉ số" (indicator dictionary): one row per indicator, in words, for the workbook
 * sheet, the CLI and the report annex. Vietnamese first; formula and aggregation are explained
 * with the components' own labels so the sheet reads without the code.
 */
import type { Catalog } from './catalog';
import { CONFIDENCE_VI, excelSerialToIso, findTarget, findUnit } from './catalog';
import { roleVi, scopeVi } from './catalog/roles';
import type { Aggregation, Component, Formula, FormulaId, Indicator, Stage } from './catalog/schema';
import { viNumber } from './template/vi-format';

/** Columns of the dictionary; `width` is an approximate character width for spreadsheets. */
export const DICTIONARY_COLUMNS = [
  { key: 'code', headerVi: 'Mã', headerEn: 'Code', width: 8 },
  { key: 'nameVi', headerVi: 'Tên chỉ số', headerEn: 'Name (Vietnamese)', width: 45 },
  { key: 'nameEn', headerVi: 'Tên tiếng Anh', headerEn: 'Name (English)', width: 40 },
  { key: 'group', headerVi: 'Nhóm tiêu chí', headerEn: 'Group', width: 24 },
  { key: 'stage', headerVi: 'Giai đoạn mô hình logic', headerEn: 'Logic-model stage', width: 18 },
  { key: 'unitOfMeasure', headerVi: 'Đơn vị tính', headerEn: 'Unit of measure', width: 24 },
  { key: 'components', headerVi: 'Thành phần số liệu', headerEn: 'Components', width: 80 },
  { key: 'formula', headerVi: 'Công thức', headerEn: 'Formula', width: 45 },
  {
    key: 'aggregation',
    headerVi: 'Cách tổng hợp toàn tỉnh',
    headerEn: 'Province-level aggregation',
    width: 45,
  },
  { key: 'method', headerVi: 'Ghi chú phương pháp', headerEn: 'Method note', width: 50 },
  { key: 'lead', headerVi: 'Đơn vị chủ trì', headerEn: 'Lead unit', width: 28 },
  { key: 'cooperating', headerVi: 'Đơn vị phối hợp', headerEn: 'Cooperating units', width: 40 },
  {
    key: 'targets',
    headerVi: 'Chỉ tiêu liên quan (KH 17/KH-UBND)',
    headerEn: 'Related targets (Plan 17)',
    width: 55,
  },
  { key: 'definitionStatus', headerVi: 'Tình trạng định nghĩa', headerEn: 'Definition status', width: 26 },
] as const satisfies readonly { key: string; headerVi: string; headerEn: string; width: number }[];

export type DictionaryKey = (typeof DICTIONARY_COLUMNS)[number]['key'];

/** Logic-model stage names (Vietnamese, with the English term), shared by the dictionary and the report. */
export const STAGE_VI: Readonly<Record<Stage, string>> = {
  input: 'Đầu vào (Input)',
  output: 'Đầu ra (Output)',
  outcome: 'Hiệu quả (Outcome)',
  impact: 'Tác động (Impact)',
};

const AGGREGATION_VI: Record<Aggregation, string> = {
  sum: 'Cộng số liệu của các đơn vị.',
  recompute:
    'Tổng hợp từng thành phần theo quy tắc của nó (cộng, lấy số của đơn vị chủ trì…) rồi tính lại công thức; không lấy trung bình tỷ lệ của các đơn vị.',
  lead: 'Lấy số liệu của đơn vị chủ trì; đơn vị phối hợp cung cấp minh chứng.',
  distribution: 'Gộp mọi mức TRL các đơn vị đã khai, báo cáo trung vị và phân bố theo mức 1–9.',
  dedupCount: 'Đếm một lần mỗi mã định danh (DOI) trong danh sách gộp, cộng số bài không có DOI.',
  mergeList: 'Gộp danh sách trích dẫn của các đơn vị rồi tính lại chỉ số h; không cộng chỉ số h.',
};

function bounds(c: Component): string {
  const num = viNumber;
  const warn = c.warnAbove !== undefined ? `, cảnh báo trên ${num(c.warnAbove)}` : '';
  switch (c.type) {
    case 'percent':
      return `${num(c.min * 100)}–${num(c.max * 100)} %${c.warnAbove !== undefined ? `, cảnh báo trên ${num(c.warnAbove * 100)} %` : ''}`;
    case 'date':
      return `${toViDate(c.min)}–${toViDate(c.max)}`;
    case 'text':
      return `tối đa ${num(c.max)} ký tự`;
    case 'list':
      return c.listItem === 'number'
        ? `mỗi số ${num(c.min)}–${num(c.max)}${warn}`
        : `tối đa ${num(c.max)} ký tự`;
    default:
      return `${num(c.min)}–${num(c.max)}${warn}`;
  }
}

function toViDate(serial: number): string {
  const [y, m, d] = excelSerialToIso(serial).split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

function componentLine(cat: Catalog, ind: Indicator, c: Component): string {
  const nameOf = (id: string): string => findUnit(cat, id)?.nameVi ?? id;
  const flags = [
    c.required ? 'bắt buộc' : 'không bắt buộc',
    `nhập: ${scopeVi(ind, c, nameOf)}`,
    `toàn tỉnh: ${roleVi(ind, c, nameOf)}`,
  ];
  return `• ${c.labelVi} (${c.unitVi}; ${bounds(c)}; ${flags.join('; ')})`;
}

/** The formula in words, with the components' labels. */
export function formulaInWords(ind: Indicator): string {
  const f: Formula | undefined = ind.formula;
  if (ind.headline.kind === 'component') {
    const main = `Giá trị chính = ${labelOf(ind, ind.headline.key)} (nhập trực tiếp).`;
    return f === undefined ? main : `${main} Kèm theo: ${formulaOfArgsVi(ind, f.fn, f.args)}`;
  }
  return f === undefined ? '' : formulaOfArgsVi(ind, f.fn, f.args);
}

const labelOf = (ind: Indicator, key: string): string =>
  ind.components.find((c) => c.key === key)?.labelVi ?? key;

/** A formula over the indicator's components, in words with their labels. */
export function formulaOfArgsVi(ind: Indicator, fn: FormulaId, args: readonly string[]): string {
  const f = { fn, args };
  const label = (key: string): string => labelOf(ind, key);
  const [a = '', b = ''] = f.args.map(label);
  switch (f.fn) {
    case 'FTE_PER_10K':
    case 'PER_10K':
      return `${a} ÷ ${b} × 10.000`;
    case 'SHARE':
      return `${a} ÷ ${b} (tỷ lệ %)`;
    case 'AVG_CITATIONS':
    case 'COST_PER_PUB':
      return `${a} ÷ ${b}`;
    case 'GROWTH':
      return `${a} ÷ ${b} − 1 (tỷ lệ %)`;
    case 'IMPROVEMENT':
      return `${a} − ${b} (điểm)`;
    case 'HINDEX':
      return `Chỉ số h: số h lớn nhất sao cho h bài báo có ít nhất h trích dẫn mỗi bài (từ: ${a}).`;
    case 'TRL_MEDIAN':
      return `Trung vị các mức TRL (1–9) đã khai, tối đa ${f.args.length} kết quả mỗi đơn vị.`;
    case 'TOTAL':
      return f.args.map(label).join(' + ');
  }
}

function targetsInWords(c: Catalog, ind: Indicator): string {
  if (ind.targets.length === 0) return 'Không có chỉ tiêu tương ứng';
  return ind.targets
    .map((link) => {
      const t = findTarget(c, link.code);
      const name = t ? t.nameVi : '(không tìm thấy)';
      const confidence = t ? ` [độ tin cậy: ${CONFIDENCE_VI[t.confidence]}]` : '';
      const note = link.noteVi ? ` – ${link.noteVi}` : '';
      return `${link.code} ${name}${confidence}${note}`;
    })
    .join('\n');
}

function row(c: Catalog, ind: Indicator): Record<DictionaryKey, string> {
  return {
    code: ind.code,
    nameVi: ind.nameVi,
    nameEn: ind.nameEn,
    group: `${ind.group} – ${ind.groupNameVi}`,
    stage: STAGE_VI[ind.stage],
    unitOfMeasure: `${ind.unitOfMeasureVi} (${ind.unitOfMeasureEn})`,
    components: ind.components.map((comp) => componentLine(c, ind, comp)).join('\n'),
    formula: formulaInWords(ind),
    aggregation: AGGREGATION_VI[ind.aggregation],
    method: `${ind.methodVi}\nAi cung cấp số liệu toàn tỉnh: ${ind.reportingVi}`,
    lead: ind.leadUnitVi,
    cooperating: ind.cooperatingVi,
    targets: targetsInWords(c, ind),
    definitionStatus:
      ind.definitionStatus === 'working'
        ? 'Định nghĩa tạm thời, chờ hướng dẫn của Bộ KH&CN'
        : 'Định nghĩa chính thức',
  };
}

/** One row per indicator, in catalogue order; every column is filled. */
export function buildDictionary(c: Catalog): Record<string, string>[] {
  return c.indicators.map((ind) => row(c, ind));
}
