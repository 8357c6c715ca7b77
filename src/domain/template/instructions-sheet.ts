/**
 * The "Hướng dẫn" (instructions) sheet: who reports, by when, how to fill in, what the colours
 * mean and whom to ask. Column A holds labels and colour samples, column B the text.
 */
import type { OfficeContact, ReportingUnit } from '../catalog';
import type { FormulaMode, SheetSpec, StyleId } from './layout-types';
import { SheetDraft } from './sheet-draft';
import { STATUS_PREFIX } from './status';
import { printHeader, viTimestamp } from './vi-format';

export const INSTRUCTIONS_SHEET = 'Hướng dẫn';

/** Shown instead of a phone number and e-mail address the office has not given us yet. */
export const CONTACT_PLACEHOLDER =
  '[CẦN BỔ SUNG – Sở KH&CN ghi vào trang “Đầu mối Sở KH&CN” của danh sách đơn vị (khcn registry)]';

export interface InstructionsOptions {
  unit: ReportingUnit;
  year: number;
  deadlineVi: string;
  leadCount: number;
  cooperatingCount: number;
  formulaMode: FormulaMode;
  templateVersion: string;
  catalogVersion: string;
  generatedAt: string;
  dataSheet: string;
  dictionarySheet: string;
  /** Whom to ask (the registry's office contact). */
  office: OfficeContact;
  /** The unit's register sheets ("DS Công bố"…); empty or absent when it has none. */
  registerSheets?: readonly string[];
}

const STEPS = (o: InstructionsOptions): string[] => [
  `Mở trang "${o.dataSheet}". Chỉ nhập vào các ô màu vàng ở cột "Giá trị": ô vàng đậm là bắt buộc, ô vàng nhạt nhập nếu đơn vị có số liệu. Các ô khác đã được khoá.`,
  'Chỉ nhập con số, không kèm chữ hay đơn vị tính (gõ 1234,5 chứ không gõ "1.234,5 người"). Tỷ lệ gõ kèm dấu % (12,5%); tiền tính bằng triệu đồng; ngày theo dạng ngày/tháng/năm.',
  'Ghi nguồn số liệu hoặc minh chứng (số, ký hiệu văn bản; tên báo cáo; đường dẫn) ở cột "Nguồn số liệu / minh chứng" cùng dòng.',
  ...((o.registerSheets?.length ?? 0) > 0
    ? [
        `Kê khai từng mục ở các trang danh sách (${(o.registerSheets ?? []).map((n) => `"${n}"`).join(', ')}): mỗi dòng một bài báo, đơn, nhiệm vụ, doanh nghiệp, hợp đồng, văn bản…; gõ tiếp ngay dưới bảng để thêm dòng. Số đếm của các chỉ tiêu tương ứng được tính từ danh sách; một mục nhiều đơn vị cùng kê khai chỉ được tính một lần ở cấp tỉnh (theo DOI, số đơn, mã số thuế…).`,
      ]
    : []),
  'Danh sách văn bản, DOI… ghi trong một ô, các mục cách nhau bằng dấu chấm phẩy (;). Danh sách số (số trích dẫn của từng bài) nhập mỗi dòng một số; cần thêm dòng thì chèn dòng ở giữa khối.',
  `Cột "Kết quả tính" và "Trạng thái" tự tính. Sửa các dòng "${STATUS_PREFIX.error}", xem lại các dòng "${STATUS_PREFIX.warning}" và "${STATUS_PREFIX.missing}".`,
  'Không đổi tên trang, không xoá dòng; khi dán số liệu từ nơi khác hãy dùng "Dán giá trị" (Paste Values) để giữ định dạng và kiểm tra dữ liệu.',
  `Lưu tệp dạng .xlsx, giữ nguyên tên tệp và gửi về Sở Khoa học và Công nghệ trước ngày ${o.deadlineVi}. Trang được khoá không mật khẩu: nếu cần, chọn Xem lại (Review) → Bỏ bảo vệ trang (Unprotect Sheet).`,
];

const LEGEND: readonly (readonly [StyleId, string, string])[] = [
  ['legendInput', 'Ô nhập bắt buộc', 'Đơn vị phải nhập số liệu vào ô này.'],
  ['inputOptional', 'Ô nhập không bắt buộc', 'Nhập nếu đơn vị có số liệu; ghi nguồn, minh chứng.'],
  ['legendDerived', 'Kết quả tự tính', 'Công thức tính từ các ô nhập; không sửa.'],
  ['legendError', STATUS_PREFIX.error, 'Số liệu sai (ngoài khoảng cho phép, không phải số…): cần sửa.'],
  [
    'legendWarning',
    `${STATUS_PREFIX.warning} / ${STATUS_PREFIX.missing}`,
    'Số liệu lớn bất thường hoặc chưa nhập đủ: kiểm tra lại.',
  ],
  ['legendOk', STATUS_PREFIX.ok, 'Số liệu đã nhập, hợp lệ.'],
];

const FORMULA_MODE_VI: Record<FormulaMode, string> = {
  native: 'Công thức Excel gốc (dùng được trên Excel 2016/2019, Microsoft 365, LibreOffice Calc)',
  custom: 'Hàm KHCN.* của bổ trợ Excel (cần Microsoft 365 hoặc Excel 2021 trở lên)',
};

export function buildInstructionsSheet(o: InstructionsOptions): SheetSpec {
  const d = new SheetDraft([30, 100]);
  let row = 1;
  // Values are text (the year too), so they read left-aligned like the rest.
  const line = (label: string, value: string, style: StyleId = 'text'): void => {
    d.set('A', row, { value: label, style: 'label' });
    d.set('B', row, { value, style });
    d.fitText(row, value, d.width('B'));
    row += 1;
  };
  const heading = (text: string): void => {
    row += 1;
    d.set('A', row, { value: text, style: 'groupHeader' });
    d.merge(`A${row}:B${row}`);
    row += 1;
  };

  d.set('A', row, {
    value: `MẪU BÁO CÁO SỐ LIỆU ĐÁNH GIÁ KH, CN & ĐMST NĂM ${o.year} – TỈNH BẮC NINH`,
    style: 'title',
  });
  d.merge(`A${row}:B${row}`);
  row += 1;
  d.set('A', row, {
    value: `Data template, ${o.year} science, technology and innovation evaluation – Bắc Ninh province`,
    style: 'subtitle',
  });
  d.merge(`A${row}:B${row}`);
  row += 1;

  heading('THÔNG TIN CHUNG');
  line('Đơn vị báo cáo', o.unit.nameVi);
  line(
    'Mã đơn vị',
    o.unit.statCode !== undefined ? `${o.unit.id} (mã thống kê ${o.unit.statCode})` : o.unit.id,
  );
  line('Năm đánh giá', String(o.year));
  line('Hạn gửi số liệu', `${o.deadlineVi} – gửi Sở Khoa học và Công nghệ tỉnh Bắc Ninh`);
  line(
    'Chỉ tiêu cần báo cáo',
    `${o.leadCount + o.cooperatingCount} chỉ tiêu (chủ trì: ${o.leadCount}; phối hợp: ${o.cooperatingCount}). ` +
      'Đơn vị phối hợp chỉ nhập phần số liệu của đơn vị mình; số liệu chỉ đơn vị chủ trì có (dân số, tổng chi ngân sách…) không có trong mẫu này.',
  );
  if (o.unit.kind === 'placeholder') {
    line('Lưu ý', 'Đây là mẫu chung cho nhóm đơn vị: ghi tên đơn vị của mình vào tên tệp khi gửi.', 'hint');
  }

  heading('CÁCH ĐIỀN');
  STEPS(o).forEach((step, i) => line(`Bước ${i + 1}`, step));

  heading('CHÚ THÍCH MÀU');
  for (const [style, sample, meaning] of LEGEND) {
    d.set('A', row, { value: sample, style });
    d.set('B', row, { value: meaning, style: 'text' });
    row += 1;
  }

  heading('LIÊN HỆ');
  const { office } = o;
  // Contact details the office has not filled in its registry file stay visibly to be completed.
  const contact = (label: string, value: string | undefined): void =>
    value === undefined ? line(label, CONTACT_PLACEHOLDER, 'hint') : line(label, value);
  line('Cơ quan', office.nameVi);
  contact('Người liên hệ', office.person);
  contact('Điện thoại', office.phone);
  contact('Thư điện tử', office.email);
  if (office.address !== undefined) line('Địa chỉ nhận báo cáo', office.address);

  heading('THÔNG TIN MẪU');
  line('Công thức', FORMULA_MODE_VI[o.formulaMode]);
  line(
    'Phiên bản',
    `Mẫu ${o.templateVersion}, danh mục chỉ tiêu ${o.catalogVersion}, tạo lúc ${viTimestamp(o.generatedAt)}. Định nghĩa chỉ tiêu: trang "${o.dictionarySheet}".`,
  );

  return d.build({
    name: INSTRUCTIONS_SHEET,
    role: 'instructions',
    visibility: 'visible',
    protect: true,
    print: { orientation: 'portrait', header: printHeader(o.year, o.unit.nameVi) },
  });
}
