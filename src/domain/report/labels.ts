/**
 * Every Vietnamese word the consolidated report shows (headers, statuses, verdicts), in one
 * place so the sheets, the task pane and the tests say the same thing.
 */
import type { Target } from '../catalog';
import type { HeadlineCounts } from './summary-sheet';
import type { ConflictKind, DetailUse, FileUse, UnitState, UnitStatusRow } from '../consolidation/run-types';
import type { ProvinceRuleStatus } from '../consolidation/province-checks';
import type { PathCheck, PathStatus } from '../consolidation/targets';
import { formatNumber } from '../numbers';
import type { TargetStatus } from '../target-compare';
import type { Completion } from '../validation/sign-off';

export const YES = 'Có';
export const NO = 'Không';

/** The logic-model stages (Input → Output → Outcome → Impact): the dictionary's names. */
export { STAGE_VI as STAGE_LABELS } from '../dictionary';

export const UNIT_STATE_LABELS: Readonly<Record<UnitState, string>> = {
  'on-time': 'Đúng hạn',
  late: 'Trễ hạn',
  missing: 'Chưa nộp',
  unreadable: 'Tệp không dùng được',
  errors: 'Có lỗi',
};

export const TIMELINESS_LABELS: Readonly<Record<'on-time' | 'late', string>> = {
  'on-time': 'Đúng hạn',
  late: 'Trễ hạn',
};

/** The sign-off mark of a file (validation/sign-off.ts). */
export const COMPLETION_LABELS: Readonly<Record<Completion, string>> = {
  complete: 'Hoàn thành',
  blocked: 'Đánh dấu hoàn thành nhưng còn lỗi',
  draft: 'Bản nháp',
  unmarked: 'Mẫu cũ, không có dấu',
};

export const UNIT_KIND_LABELS: Readonly<Record<UnitStatusRow['kind'], string>> = {
  agency: 'Sở/ngành',
  commune: 'Xã/phường',
  placeholder: 'Mẫu',
};

export const FILE_USE_LABELS: Readonly<Record<FileUse, string>> = {
  used: 'Đã dùng',
  superseded: 'Bị thay thế',
  rejected: 'Bị loại',
};

export const DETAIL_USE_LABELS: Readonly<Record<DetailUse, string>> = {
  used: 'Đã dùng',
  superseded: 'Bị thay thế',
  'not-used': 'Không dùng',
};

export const CONFLICT_LABELS: Readonly<Record<ConflictKind, string>> = {
  'file-tie': 'Cần chọn tệp',
  'identity-suspect': 'Nghi sai đơn vị',
  'duplicate-file': 'Trùng tệp',
  'wrong-year': 'Sai năm',
  'old-template': 'Mẫu cũ',
  'cooperating-disagrees': 'Lệch với số chính thức',
};

export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, string>> = {
  met: 'Đạt',
  'not-met': 'Chưa đạt',
  uncertain: 'Chưa xác định',
  'no-value': 'Chưa có số liệu',
  'no-target': 'Không có mục tiêu',
  pending: 'Chưa đến hạn',
  related: 'Chỉ liên quan',
};

export const PATH_LABELS: Readonly<Record<PathStatus, string>> = {
  'on-track': 'Đúng lộ trình',
  behind: 'Chậm so với lộ trình',
  'no-path': 'Chưa xác định lộ trình',
  'no-value': 'Chưa có số liệu',
  related: 'Chỉ liên quan',
};

export const COMPARABLE_LABELS: Readonly<Record<'same' | 'related', string>> = {
  same: 'Cùng thước đo',
  related: 'Liên quan (không đánh giá)',
};

export const TIMING_LABELS: Readonly<Record<Target['timing'], string>> = {
  stock: 'Số lũy kế (tại thời điểm)',
  flow: 'Số phát sinh mỗi năm',
  rate: 'Tỷ lệ, chỉ số',
};

/** The straight-path rule of a target in words; '' when there is no path. */
export function pathInWords(path: PathCheck, target: Target): string {
  const { from, fromValue, to, toValue, expected } = path;
  if (from === undefined || to === undefined || fromValue === undefined || toValue === undefined) return '';
  if (expected === undefined) return '';
  const n = (x: number): string => formatNumber(x, 'vi', { percent: target.isPercent, maxDecimals: 2 });
  const need = target.better === 'higher' ? `≥ ${n(expected)}` : `≤ ${n(expected)}`;
  return TEXT.summary.path(path.year, from, n(fromValue), to, n(toValue), need);
}

export const RULE_STATUS_LABELS: Readonly<Record<ProvinceRuleStatus, string>> = {
  violated: 'Vi phạm',
  uncheckable: 'Không kiểm tra được',
  holds: 'Đạt',
  skipped: 'Bỏ qua (thiếu số liệu)',
};

export const CROSS_CHECK_LABELS = {
  agrees: 'Khớp',
  differs: 'Lệch quá 1%',
  partsExceed: 'Tổng chi tiết vượt số chính thức',
  substitute: 'Dùng số thay thế',
  missing: 'Thiếu số chính thức',
} as const;

/** A Plan 17 target that no indicator of the catalogue measures. */
export const NOT_MEASURED = 'Chưa đo được';

export const CONFIDENCE_LABELS: Readonly<Record<Target['confidence'], string>> = {
  high: 'Cao',
  medium: 'Trung bình',
  low: 'Thấp',
};

export const NO_CONFLICT = 'Không có xung đột';
export const NO_DETAIL = 'Chưa đọc được giá trị nào từ các tệp đã nhận';
export const NO_UNIT = 'Không có đơn vị nào phải nộp báo cáo';
export const NO_FILE = 'Chưa nhận được tệp nào';
export const UNKNOWN_UNIT = 'Không nhận diện được';

export const TEXT = {
  reportTitle: (year: number): string => `Tổng hợp kết quả đánh giá KH, CN & ĐMST tỉnh Bắc Ninh năm ${year}`,
  summary: {
    consolidatedAt: 'Thời điểm tổng hợp',
    files: 'Số tệp đã nhận',
    filesUsed: 'Số tệp được dùng để tổng hợp',
    expected: 'Số đơn vị phải nộp báo cáo',
    received: 'Số đơn vị đã nộp',
    rate: 'Tỷ lệ đầy đủ (đơn vị đã nộp / phải nộp)',
    computed: 'Chỉ tiêu tính được giá trị',
    computedValue: (n: number, total: number): string => `${n}/${total}`,
    targets: 'Mục tiêu KH17 có đánh giá (cùng thước đo)',
    targetsValue: (h: HeadlineCounts): string =>
      `${h.judged}/${h.targets} mục tiêu: mốc 2025 đạt ${h.met}, chưa đạt ${h.notMet}; lộ trình năm báo cáo đúng ${h.onTrack}, chậm ${h.behind}`,
    lowConfidence: 'Mục tiêu đọc với độ tin cậy thấp (bản quét khó đọc)',
    blankNote:
      'Ô “Giá trị tổng hợp” để trống nghĩa là chưa tính được (thiếu số liệu), không phải bằng 0; lý do ở cột “Ghi chú”.',
    targetNote: 'Đánh giá so với mục tiêu của Kế hoạch 17/KH-UBND; chi tiết ở trang “Mục tiêu KH17”.',
    methodNote:
      'Cột “Cách tính” ghi quy tắc ngắn gọn; định nghĩa và công thức đầy đủ ở Từ điển chỉ tiêu (lệnh khcn dictionary, tab Mẫu biểu).',
    workingNote: (working: number, total: number, message: string): string =>
      `${working}/${total} chỉ tiêu — ${message}`,
    group: (stage: string, groups: string): string => `${stage}: ${groups}`,
    noTargetYear: (year: number): string => `Không có mục tiêu năm ${year}`,
    measureOf: (label: string): string => `so với “${label}”`,
    growthOf: (label: string): string => `mức tăng của “${label}” so với kỳ trước`,
    relatedOnly: 'chỉ liên quan, không đánh giá',
    path: (
      year: number,
      from: number,
      fromText: string,
      to: number,
      toText: string,
      expected: string,
    ): string =>
      `Lộ trình thẳng từ mốc ${from} (${fromText}) đến mốc ${to} (${toText}): năm ${year} cần đạt ${expected}.`,
    population: 'Dân số tham chiếu (mọi chỉ số theo đầu người)',
    populationFrom: (unit: string, file: string): string => `theo ${unit}, tệp “${file}”`,
  },
  detail: {
    title: 'Chi tiết nguồn số liệu',
    subtitle:
      'Mỗi dòng là một giá trị đơn vị đã báo cáo: tệp, trang, ô, tên vùng đọc được và giá trị đó có được dùng để tổng hợp hay không.',
  },
  matrix: {
    title: 'Ma trận đơn vị × chỉ tiêu: ai đã khai gì',
    legend:
      'Mỗi cột là thành phần chính của một chỉ tiêu, lấy từ tệp được dùng của đơn vị. Ô vàng: đơn vị được giao nhưng chưa khai; ô xám: đơn vị không được giao; “✓”: đã khai thành phần khác của chỉ tiêu; danh sách ghi số mục.',
    unit: 'Đơn vị',
    unitId: 'Mã đơn vị',
    state: 'Tình trạng',
    column: (code: string, component: string): string => `${code}\n${component}`,
    otherComponent: '✓',
    items: (n: number): string => `${n} mục`,
  },
  registers: {
    title: (name: string): string => `${name} (mỗi mục một lần, đã loại trùng giữa các đơn vị)`,
    rowsRead: 'Số dòng đã đọc (mọi đơn vị)',
    items: 'Số mục sau khi loại trùng',
    removed: 'Số dòng trùng đã loại',
    possibleCount: 'Số mục “có thể trùng” (Sở xác nhận)',
    index: 'STT',
    reportedBy: 'Báo cáo bởi',
    reporters: 'Số đơn vị báo cáo',
    possible: 'Có thể trùng',
    possibleOf: (ids: readonly number[]): string => `với mục ${ids.join(', ')}`,
    sources: 'Nơi kê khai (tệp · trang · dòng)',
    row: (n: number): string => `dòng ${n}`,
    notes: 'Ghi chú (đơn vị ghi khác nhau)',
    none: 'Không có mục nào.',
  },
  status: {
    title: (year: number): string => `Tình trạng nộp báo cáo năm ${year}`,
    deadline: 'Thời hạn nộp',
    expected: 'Phải nộp',
    received: 'Đã nộp',
    onTime: 'Đúng hạn',
    late: 'Trễ hạn',
    missing: 'Chưa nộp',
    unreadable: 'Đơn vị chỉ gửi tệp không dùng được',
    withErrors: 'Có lỗi',
    unexpected: 'Ngoài danh sách',
    rate: 'Tỷ lệ nộp báo cáo (đã nộp / phải nộp)',
    onTimeRate: 'Tỷ lệ nộp đúng hạn (đúng hạn / phải nộp)',
    filesGroup: (n: number): string => `Các tệp đã nhận (${n} tệp)`,
  },
  checks: {
    title: 'Kiểm tra số liệu toàn tỉnh',
    subtitle: (rules: number, violated: number): string =>
      `${rules} quy tắc giữa các số liệu được kiểm tra lại trên số liệu toàn tỉnh; ${violated} quy tắc bị vi phạm. ` +
      'Phần sau đối chiếu mỗi số chính thức với số của các đơn vị khác.',
    rulesGroup: (rules: number, violated: number): string =>
      `Quy tắc giữa các số liệu toàn tỉnh (${rules} quy tắc, ${violated} vi phạm)`,
    crossGroup: (n: number): string => `Đối chiếu số chính thức với số của các đơn vị khác (${n} số liệu)`,
    noCrossCheck: 'Chưa có số liệu nào để đối chiếu.',
    crossCheckRule: (unit: string, parts: boolean): string =>
      parts
        ? `số chính thức của ${unit} so với tổng chi tiết của các đơn vị khác`
        : `số chính thức của ${unit} so với số của đơn vị khác`,
    crossCheckNote: (parts: boolean): string =>
      parts
        ? 'Số của các đơn vị khác là chi tiết nằm trong số chính thức: tổng không được vượt số chính thức (dung sai 1%). Số chính thức được dùng.'
        : 'Các đơn vị khác báo cáo cùng một số: chênh lệch quá 1% được cảnh báo. Số chính thức được dùng.',
  },
  conflicts: {
    title: 'Xung đột và bất thường trong các tệp đã nhận',
    count: (n: number): string => `Số trường hợp: ${n}`,
  },
  targets: {
    title: 'Tiến độ thực hiện các mục tiêu của Kế hoạch 17/KH-UBND',
    subtitle: (measured: number, total: number): string =>
      `${total} mục tiêu; ${measured} mục tiêu đo được bằng các chỉ tiêu đánh giá của kỳ này.`,
    rateNote:
      'Chỉ mục tiêu đo bằng chỉ tiêu CÙNG THƯỚC ĐO mới được đánh giá Đạt / Chưa đạt; chỉ tiêu chỉ liên quan được ghi bên cạnh để tham khảo. Mốc sau năm báo cáo (2030) chưa đến hạn: chỉ ghi “Đạt” khi đã đạt sớm. “Tiến độ” so giá trị năm báo cáo với đường thẳng nối hai mốc.',
    section: (code: string, name: string): string => `${code}. ${name}`,
    sectionGroup: (code: string, name: string, n: number): string => `${code}. ${name} (${n} mục tiêu)`,
    total: 'Toàn bộ',
    chartTitle: 'Mục tiêu theo nhóm: số mục tiêu, đo được, đạt mốc 2025, đúng lộ trình',
    seriesCount: 'Số mục tiêu',
    seriesMeasured: 'Đo được (cùng thước đo)',
    seriesMet: 'Đạt mốc 2025',
    seriesOnTrack: 'Đúng lộ trình năm báo cáo',
  },
} as const;

/** Column headers, sheet by sheet (Excel table headers must be unique and non-empty). */
export const HEADERS = {
  summary: {
    code: 'Mã',
    name: 'Tên chỉ tiêu',
    unit: 'Đơn vị tính',
    value: 'Giá trị tổng hợp',
    previous: 'Giá trị kỳ trước',
    method: 'Cách tính',
    reporting: 'Số đơn vị báo cáo',
    leadReported: 'Đơn vị chủ trì đã báo cáo',
    target2025: 'Mục tiêu 2025',
    verdict2025: 'Đánh giá 2025',
    target2030: 'Mục tiêu 2030',
    verdict2030: 'Đánh giá 2030',
    path: 'Tiến độ năm báo cáo',
    notes: 'Ghi chú',
  },
  detail: {
    unit: 'Đơn vị',
    unitId: 'Mã đơn vị',
    indicator: 'Chỉ tiêu',
    component: 'Thành phần',
    value: 'Giá trị',
    file: 'Tệp',
    sheet: 'Trang',
    cell: 'Ô',
    definedName: 'Tên vùng',
    templateVersion: 'Phiên bản mẫu',
    sha256: 'SHA-256',
    readAt: 'Thời điểm đọc',
    use: 'Sử dụng',
    note: 'Ghi chú',
  },
  status: {
    index: 'STT',
    unit: 'Đơn vị',
    unitId: 'Mã',
    kind: 'Loại',
    expected: 'Phải nộp',
    state: 'Trạng thái',
    timeliness: 'Đúng/trễ hạn',
    completion: 'Hoàn thành / nháp',
    file: 'Tệp sử dụng',
    receivedAt: 'Thời điểm nhận',
    fileCount: 'Số tệp',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    assigned: 'Chỉ tiêu được giao',
    reported: 'Chỉ tiêu đã báo cáo',
    note: 'Ghi chú',
    contact: 'Liên hệ của đơn vị',
    sha256: 'SHA-256',
  },
  /** The received-files block below the units table (same columns, its own header row). */
  files: {
    index: 'STT',
    unit: 'Đơn vị nhận diện',
    unitId: 'Mã đơn vị',
    year: 'Năm báo cáo',
    templateVersion: 'Phiên bản mẫu',
    use: 'Sử dụng',
    timeliness: 'Đúng/trễ hạn',
    completion: 'Hoàn thành / nháp',
    file: 'Tệp',
    receivedAt: 'Thời điểm nhận',
    size: 'Dung lượng (KB)',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    valuesRead: 'Số giá trị đọc được',
    valuesUsed: 'Số giá trị được dùng',
    reason: 'Lý do',
    contact: '',
    sha256: 'SHA-256',
  },
  checks: {
    indicator: 'Chỉ tiêu',
    rule: 'Quy tắc / đối chiếu',
    importance: 'Mức quan trọng',
    leftValue: 'Vế trái / số chính thức',
    leftUnits: 'Đơn vị (vế trái)',
    rightValue: 'Vế phải / số đối chiếu',
    rightUnits: 'Đơn vị (vế phải)',
    difference: 'Chênh lệch',
    result: 'Kết quả',
    notes: 'Ghi chú',
  },
  conflicts: {
    kind: 'Loại',
    unit: 'Đơn vị',
    indicator: 'Chỉ tiêu',
    component: 'Thành phần',
    files: 'Tệp liên quan',
    usedFile: 'Tệp được dùng',
    description: 'Mô tả',
  },
  targets: {
    code: 'Mã',
    name: 'Nội dung',
    unit: 'Đơn vị tính',
    timing: 'Loại số liệu',
    target2025: 'Mục tiêu 2025',
    target2030: 'Mục tiêu 2030',
    indicators: 'Chỉ tiêu đánh giá liên quan',
    comparable: 'So sánh',
    value: 'Giá trị hiện tại',
    verdict2025: 'Đánh giá 2025',
    verdict2030: 'Đánh giá 2030',
    path: 'Tiến độ năm báo cáo',
    confidence: 'Độ tin cậy',
    notes: 'Ghi chú',
  },
  /** The per-section block beside the targets table. */
  sections: {
    section: 'Nhóm',
    count: 'Số mục tiêu',
    measured: 'Đo được',
    met: 'Đạt mốc 2025',
    onTrack: 'Đúng lộ trình',
  },
} as const;
