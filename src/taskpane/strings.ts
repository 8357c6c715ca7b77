// Every UI string of the task pane, Vietnamese first, English second. Components read them via
// useStrings() (i18n.tsx); no UI text is written inline in components.
import { TEXT as REPORT_TEXT } from '../domain/report/labels';
import type { FeatureId, TabId } from './features';

const REPORT_STATUS = REPORT_TEXT.status;

export type Lang = 'vi' | 'en';

export interface PanelText {
  title: string;
  /** What the tab does (or will do): one paragraph per entry. */
  body: readonly string[];
}

export interface Strings {
  appName: string;
  /** Accessible label of the language switch, and its visible text (the OTHER language). */
  switchLanguageLabel: string;
  switchLanguage: string;
  loadingWorkbook: string;
  loadingTab: string;
  workbook: (name: string, sheetCount: number) => string;
  unsavedWorkbook: string;
  workbookError: string;
  tabsLabel: string;
  tabs: Record<TabId, string>;
  panels: Record<TabId, PanelText>;
  comingSoon: string;
  targetsFacts: { title: string; items: readonly string[] };
  features: Record<FeatureId, string>;
  unavailableTitle: string;
  /** e.g. "Mẫu biểu: cần ExcelApi 1.8 (kiểm tra dữ liệu nhập)". */
  unavailableTab: (tab: string, feature: string, set: string, version: string) => string;
  unavailableHint: string;
  outsideTitle: string;
  outsideBody: readonly string[];
  templates: TemplateStrings;
  checks: CheckStrings;
  consolidation: ConsolidationStrings;
  registry: RegistryStrings;
  targets: TargetsStrings;
  reminders: RemindersStrings;
  feedback: FeedbackStrings;
}

export interface FeedbackStrings {
  title: string;
  hint: string;
  line: (unit: string, errors: number, warnings: number) => string;
  download: string;
  downloaded: (file: string) => string;
  missingFile: string;
  failed: (message: string) => string;
}

export interface RemindersStrings {
  download: string;
  hint: string;
  none: string;
  downloaded: (count: number, file: string) => string;
  failed: (message: string) => string;
}

export interface TargetsStrings {
  needsExcel: string;
  loading: string;
  /** Nothing consolidated yet, no consolidated sheets in the workbook. */
  empty: string;
  fromRun: string;
  fromWorkbook: (sheet: string) => string;
  readFailed: (message: string) => string;
  filterLabel: string;
  filterAll: string;
  filterLow: string;
  coverage: (count: number, measured: number, met: number, onTrack: number) => string;
  unmeasured: string;
  milestone: (text: string) => string;
  value: (text: string) => string;
  lowConfidence: string;
  noneMatch: string;
  selected: (code: string, sheet: string, row: number) => string;
  notWritten: string;
  selectFailed: (sheet: string) => string;
  download: string;
  downloading: string;
  downloadHint: string;
  downloaded: (file: string) => string;
  downloadFailed: (message: string) => string;
}

/** The unit registry picker (Mẫu biểu and Tổng hợp tabs). */
export interface RegistryStrings {
  title: string;
  builtin: (units: number) => string;
  fromFile: (file: string, units: number) => string;
  fromWorkbook: (units: number) => string;
  choose: string;
  reset: string;
  loading: string;
  loaded: (file: string, units: number) => string;
  refused: (file: string) => string;
  storedInvalid: string;
  failed: (reason: string) => string;
}

/** "Mẫu biểu" tab. */
export interface TemplateStrings {
  unitLabel: string;
  unitPlaceholder: string;
  noUnitMatch: string;
  unitKinds: Record<'agency' | 'commune' | 'placeholder', string>;
  yearLabel: string;
  yearInvalid: string;
  insert: string;
  inserting: string;
  inserted: (unitName: string, year: number, inputs: number) => string;
  kept: (n: number) => string;
  dropped: (names: string) => string;
  conflict: (sheets: string) => string;
  cancelled: string;
  failed: (reason: string) => string;
  confirmTitle: string;
  confirmBody: (unitName: string | undefined, year: number | undefined) => string;
  confirmKeep: string;
  confirmReplace: string;
  confirmCancel: string;
}

/** "Kiểm tra" tab. */
export interface CheckStrings {
  run: string;
  running: string;
  summary: (errors: number, warnings: number) => string;
  noIssues: string;
  /** The file's "Hoàn thành" mark and what still blocks it (errors counted). */
  completion: {
    complete: string;
    blocked: (errors: number) => string;
    draftReady: string;
    draftErrors: (errors: number) => string;
  };
  general: string;
  indicator: (code: string, name: string) => string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  infos: (n: number) => string;
  failed: (reason: string) => string;
  autoHint: string;
  goTo: (where: string) => string;
  issuesLabel: string;
  severity: { error: string; warning: string; info: string };
  filterLabel: string;
  filterAll: string;
  filterErrors: string;
  filterWarnings: string;
}

/** "Tổng hợp" tab. */
export interface ConsolidationStrings {
  needsExcel: string;
  dropHint: string;
  dropActive: string;
  or: string;
  choose: string;
  chooseHint: string;
  clear: string;
  picked: (n: number) => string;
  duplicatesSkipped: (n: number) => string;
  yearLabel: string;
  yearInvalid: string;
  deadlineLabel: string;
  deadlinePlaceholder: string;
  deadlineHint: string;
  deadlineInvalid: string;
  progressLabel: string;
  /** `n`-th of `total` files being read, named `name` ('' while the reader loads). */
  reading: (n: number, total: number, name: string) => string;
  readDone: (done: number, total: number) => string;
  loadFailed: (reason: string) => string;
  retry: string;
  computeFailed: (reason: string) => string;
  summaryTitle: string;
  submitted: string;
  rate: string;
  onTime: string;
  late: string;
  missing: string;
  unreadable: string;
  withErrors: string;
  unexpected: string;
  units: (n: number) => string;
  missingUnits: (n: number) => string;
  noneMissing: string;
  filesTitle: (n: number) => string;
  /** Shown with the results: received times come from the files' dates. */
  fileTimesNote: string;
  logLoad: string;
  logHint: string;
  logLoaded: (file: string, rows: number, matched: number) => string;
  logRemove: string;
  logRefused: (file: string) => string;
  logNotIn: (n: number) => string;
  previousLoad: string;
  registerCounts: (rows: number, items: number, removed: number) => string;
  previousHint: string;
  previousLoaded: (file: string, year: number, indicators: number, units: number) => string;
  previousRemove: string;
  previousRefused: (file: string) => string;
  filesSummary: (used: number, superseded: number, rejected: number) => string;
  unknownUnit: string;
  receivedAt: (when: string) => string;
  timeliness: Record<'on-time' | 'late', string>;
  /** The file's "Hoàn thành" mark (a template without the mark shows none). */
  completion: Record<'complete' | 'blocked' | 'draft', string>;
  use: Record<'used' | 'superseded' | 'rejected', string>;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  write: string;
  writing: string;
  writeHint: string;
  written: string;
  writtenSheets: (names: string) => string;
  replaced: (n: number) => string;
  charts: (n: number) => string;
  writeFailed: (reason: string) => string;
  /** On a file line the office may choose for its unit. */
  pin: string;
  remove: string;
  editTime: string;
  editTimeLabel: string;
  editTimeSave: string;
  editTimeReset: string;
  editTimeInvalid: string;
  editedTime: string;
  problemsOnly: string;
  moreProblems: (n: number) => string;
}

const vi: Strings = {
  appName: 'Đánh giá KH, CN & ĐMST 2026 – Bắc Ninh',
  switchLanguageLabel: 'Chuyển sang tiếng Anh',
  switchLanguage: 'English',
  loadingWorkbook: 'Đang đọc sổ làm việc…',
  loadingTab: 'Đang mở…',
  workbook: (name, n) => `Sổ làm việc: ${name} · ${n} trang tính`,
  unsavedWorkbook: '(chưa lưu)',
  workbookError: 'Không đọc được thông tin sổ làm việc.',
  tabsLabel: 'Chức năng',
  tabs: { templates: 'Mẫu biểu', validation: 'Kiểm tra', consolidation: 'Tổng hợp', targets: 'Chỉ tiêu' },
  panels: {
    templates: {
      title: 'Mẫu biểu thu thập số liệu',
      body: [
        'Tạo trong sổ làm việc này mẫu biểu của từng đơn vị: danh sách chỉ số được giao (chủ trì, phối hợp), ô nhập số liệu có kiểm tra dữ liệu nhập, ghi chú cách tính và từ điển chỉ số.',
        'Mẫu biểu được khóa phần tiêu đề để đơn vị chỉ nhập vào các ô cho phép.',
        'Các trang danh sách (DS Công bố, DS Sở hữu trí tuệ…) là bảng Excel, mỗi dòng một mục; chèn lại mẫu vẫn giữ nguyên các trang danh sách đã có.',
        'Lưu ý: Excel xoá lịch sử hoàn tác (Undo) khi bổ trợ ghi vào sổ (chèn mẫu, tô màu khi kiểm tra) — hãy lưu sổ trước nếu cần.',
      ],
    },
    validation: {
      title: 'Kiểm tra số liệu',
      body: [
        'Kiểm tra số liệu đã nhập: ô bỏ trống, số âm, số nhập dưới dạng văn bản (1.234,5 hay 1,234.5), tỷ lệ vượt 100 %, FTE lớn hơn số người.',
        'Mỗi lỗi chỉ rõ trang tính, ô và chỉ số; bấm vào lỗi để đi tới ô đó.',
        'Lưu ý: tô màu ô có vấn đề là một lần ghi vào sổ, Excel xoá lịch sử hoàn tác (Undo) — hãy lưu sổ trước nếu cần.',
      ],
    },
    consolidation: {
      title: 'Tổng hợp số liệu các đơn vị',
      body: [
        'Gộp các tệp số liệu của sở, ngành, xã, phường gửi về thành bảng tổng hợp cấp tỉnh.',
        'Tỷ lệ cấp tỉnh được tính bằng tổng tử số chia tổng mẫu số (không lấy trung bình tỷ lệ của các đơn vị); chỉ số H tính trên danh sách bài báo đã gộp và loại trùng.',
      ],
    },
    targets: {
      title: 'Chỉ tiêu và báo cáo',
      body: [
        'So sánh kết quả tổng hợp với chỉ tiêu của Kế hoạch 17/KH-UBND (thực hiện Nghị quyết 57-NQ/TW) và lập báo cáo đánh giá.',
        'Chỉ tiêu đọc từ bản quét có độ tin cậy thấp sẽ được đánh dấu rõ, không trình bày như số liệu chắc chắn.',
      ],
    },
  },
  comingSoon: 'Chức năng này sẽ có trong các phiên bản tiếp theo.',
  targetsFacts: {
    title: 'Mốc thời gian',
    items: [
      'Các đơn vị gửi số liệu về Sở Khoa học và Công nghệ trước ngày 05/12/2026.',
      'Sở Khoa học và Công nghệ báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ trước ngày 25/12/2026.',
      '50 chỉ số đánh giá thuộc 5 nhóm tiêu chí: đầu vào, khoa học, công nghệ, kinh tế, xã hội.',
    ],
  },
  features: {
    dataValidation: 'kiểm tra dữ liệu nhập – Data Validation',
    changeEvents: 'theo dõi thay đổi trong ô',
    insertWorksheets: 'chèn trang tính từ tệp',
    workbookInfo: 'đọc thông tin sổ làm việc',
  },
  unavailableTitle: 'Một số chức năng không dùng được trên phiên bản Excel này',
  unavailableTab: (tab, feature, set, version) => `${tab}: cần ${set} ${version} (${feature}).`,
  unavailableHint: 'Hãy dùng Excel cho Microsoft 365 (Windows, Mac) hoặc Excel trên web.',
  outsideTitle: 'Bổ trợ này chạy trong Excel',
  outsideBody: [
    'Bổ trợ này chạy trong Excel. Hãy mở nó từ Excel (Trang đầu → Bổ trợ) trên máy tính hoặc Excel trên web.',
    'Trang này đang được mở ngoài Excel nên các chức năng không hoạt động.',
  ],
  templates: {
    unitLabel: 'Đơn vị báo cáo',
    unitPlaceholder: 'Gõ để tìm (không cần dấu), ví dụ: so khoa hoc',
    noUnitMatch: 'Không có đơn vị nào khớp.',
    unitKinds: { agency: 'Sở, ngành', commune: 'Xã, phường', placeholder: 'Đơn vị khác' },
    yearLabel: 'Năm đánh giá',
    yearInvalid: 'Năm cần có 4 chữ số, ví dụ 2026.',
    insert: 'Chèn mẫu biểu',
    inserting: 'Đang chèn mẫu biểu…',
    inserted: (unit, year, inputs) =>
      `Đã chèn mẫu biểu của ${unit} năm ${year}: ${inputs} ô nhập số liệu. Hãy nhập số liệu ở trang “Nhập liệu”.`,
    kept: (n) => `Đã giữ lại số liệu đã nhập của ${n} ô.`,
    dropped: (names) => `Không giữ lại được số liệu của: ${names} (không còn trong mẫu mới).`,
    conflict: (sheets) =>
      `Sổ làm việc đã có trang tính ${sheets} không thuộc mẫu biểu. Hãy đổi tên trang tính đó rồi chèn lại; bổ trợ không thay đổi trang tính của bạn.`,
    cancelled: 'Đã huỷ: mẫu biểu hiện có được giữ nguyên.',
    failed: (reason) => `Không chèn được mẫu biểu: ${reason}`,
    confirmTitle: 'Thay thế mẫu biểu hiện có?',
    confirmBody: (unit, year) =>
      `Sổ làm việc này đã có mẫu biểu${unit ? ` của ${unit}` : ''}${year ? ` năm ${year}` : ''}. Các trang tính của mẫu biểu cũ sẽ được thay bằng mẫu mới.`,
    confirmKeep:
      'Số liệu đã nhập được giữ lại ở các ô có cùng chỉ tiêu trong mẫu mới; các trang danh sách đã có được giữ nguyên. Các trang tính khác của bạn không bị thay đổi.',
    confirmReplace: 'Thay thế',
    confirmCancel: 'Huỷ',
  },
  checks: {
    run: 'Kiểm tra số liệu',
    running: 'Đang kiểm tra…',
    summary: (e, w) => `${e} lỗi, ${w} cảnh báo`,
    noIssues: 'Không phát hiện lỗi hay cảnh báo nào.',
    completion: {
      complete: 'Đã đánh dấu “Hoàn thành”, đã ký và không còn lỗi: tệp sẵn sàng gửi Sở KH&CN.',
      blocked: (n) =>
        `Đã chọn “Hoàn thành” nhưng chưa thể hoàn thành: còn ${n} lỗi (xem danh sách dưới đây, kể cả phần xác nhận cuối trang “Nhập liệu”).`,
      draftReady:
        'Bản nháp: không còn lỗi. Khi số liệu đã được duyệt, ghi phần xác nhận và chọn “Hoàn thành” ở cuối trang “Nhập liệu”.',
      draftErrors: (n) => `Bản nháp: còn ${n} lỗi phải sửa trước khi chọn “Hoàn thành”.`,
    },
    general: 'Chung (cả tệp)',
    indicator: (code, name) => `Chỉ tiêu ${code}${name ? ` – ${name}` : ''}`,
    errors: (n) => `${n} lỗi`,
    warnings: (n) => `${n} cảnh báo`,
    infos: (n) => `${n} thông tin`,
    failed: (reason) => `Không kiểm tra được: ${reason}`,
    autoHint: 'Khi bạn sửa số liệu ở trang “Nhập liệu”, kết quả được kiểm tra lại tự động.',
    goTo: (where) => `Đi tới ${where}`,
    issuesLabel: 'Các vấn đề theo chỉ tiêu',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
    filterLabel: 'Hiện',
    filterAll: 'Mọi vấn đề',
    filterErrors: 'Chỉ lỗi',
    filterWarnings: 'Chỉ cảnh báo',
  },
  consolidation: {
    needsExcel:
      'Chức năng Tổng hợp cần chạy trong Excel (Excel cho Microsoft 365 hoặc Excel trên web): bổ trợ đọc các tệp đơn vị gửi về và ghi kết quả vào sổ làm việc đang mở.',
    dropHint: 'Kéo thả vào đây tất cả các tệp Excel do các đơn vị gửi về',
    dropActive: 'Thả tệp để thêm vào danh sách',
    or: 'hoặc',
    choose: 'Chọn tệp…',
    chooseHint: 'Có thể chọn nhiều tệp một lúc; tệp chọn thêm sau được nối vào danh sách.',
    clear: 'Xoá danh sách',
    picked: (n) => `Đã chọn ${n} tệp.`,
    duplicatesSkipped: (n) => `${n} tệp đã có trong danh sách nên không thêm lại.`,
    yearLabel: 'Năm báo cáo',
    yearInvalid: 'Năm cần có 4 chữ số, ví dụ 2026.',
    deadlineLabel: 'Hạn nộp',
    deadlinePlaceholder: 'ngày/tháng/năm',
    deadlineHint: 'Tệp nhận trong ngày hạn nộp (giờ Việt Nam) vẫn được tính là đúng hạn.',
    deadlineInvalid: 'Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/12/2026.',
    progressLabel: 'Tiến độ đọc tệp',
    reading: (done, total, name) => `Đang đọc ${done}/${total} tệp${name ? `: ${name}` : '…'}`,
    readDone: (done, total) => `Đã đọc ${done}/${total} tệp.`,
    loadFailed: (reason) => `Không tải được bộ đọc tệp Excel: ${reason}`,
    retry: 'Thử lại',
    computeFailed: (reason) => `Không tổng hợp được số liệu: ${reason}`,
    summaryTitle: 'Tình hình nộp số liệu',
    submitted: REPORT_STATUS.received,
    rate: 'Tỷ lệ nộp',
    // The report's own words, so the pane and the "Tình trạng nộp" sheet read alike.
    onTime: REPORT_STATUS.onTime,
    late: REPORT_STATUS.late,
    missing: REPORT_STATUS.missing,
    unreadable: REPORT_STATUS.unreadable,
    withErrors: REPORT_STATUS.withErrors,
    unexpected: REPORT_STATUS.unexpected,
    units: (n) => `${n} đơn vị`,
    missingUnits: (n) => `Đơn vị chưa nộp (${n})`,
    noneMissing: 'Tất cả các đơn vị đã nộp.',
    filesTitle: (n) => `Các tệp đã nhận (${n})`,
    logLoad: 'Nạp sổ tệp đến…',
    logHint:
      'Sổ theo dõi tệp đến (.csv, .xlsx, .json): cột “Tệp”, “Thời điểm nhận” (05/12/2026 14:30, giờ Việt Nam), có thể có “Đơn vị gửi” — như tham số --received của lệnh khcn.',
    logLoaded: (file, rows, matched) =>
      `Đang dùng sổ tệp đến “${file}” (${rows} dòng): thời điểm nhận của ${matched} tệp lấy theo sổ.`,
    logRemove: 'Bỏ sổ',
    logRefused: (file) => `Sổ “${file}” có lỗi nên chưa dùng:`,
    logNotIn: (n) =>
      `${n} tệp không có trong sổ: thời điểm nhận của các tệp này lấy theo ngày sửa tệp, có thể sai.`,
    previousLoad: 'Nạp số liệu kỳ trước…',
    registerCounts: (rows, items, removed) =>
      `${rows} dòng đã đọc → ${items} mục (loại ${removed} dòng trùng)`,
    previousHint:
      'Sổ tổng hợp năm trước (do khcn tạo) hoặc bảng “khcn baseline”: tính mức tăng (C.14, D.14), ghi số năm trước bên cạnh từng chỉ tiêu và cảnh báo khi số của đơn vị thay đổi nhiều.',
    previousLoaded: (file, year, indicators, units) =>
      `Đang dùng số liệu năm ${year} từ “${file}”: ${indicators} chỉ tiêu toàn tỉnh, ${units} đơn vị.`,
    previousRemove: 'Bỏ số liệu kỳ trước',
    previousRefused: (file) => `Tệp “${file}” chưa dùng được làm số liệu kỳ trước:`,
    fileTimesNote:
      'Thời điểm nhận đang lấy theo ngày sửa của tệp. Ngày này đổi khi tệp được tải về từ thư điện tử hay sao chép, nên “Đúng hạn / Trễ hạn” có thể sai: hãy nạp sổ theo dõi tệp đến (nút “Nạp sổ tệp đến…” ở trên; lệnh khcn consolidate --received đọc cùng sổ này).',
    filesSummary: (used, superseded, rejected) =>
      `${used} tệp được dùng · ${superseded} bị thay thế · ${rejected} bị loại`,
    unknownUnit: 'Không nhận diện được',
    receivedAt: (when) => `Nhận lúc ${when}`,
    timeliness: { 'on-time': 'Đúng hạn', late: 'Trễ hạn' },
    completion: { complete: 'Hoàn thành', blocked: 'Hoàn thành nhưng còn lỗi', draft: 'Bản nháp' },
    use: { used: 'Dùng', superseded: 'Bị thay thế', rejected: 'Bị loại' },
    errors: (n) => `${n} lỗi`,
    warnings: (n) => `${n} cảnh báo`,
    write: 'Ghi kết quả vào sổ',
    writing: 'Đang ghi kết quả vào sổ…',
    writeHint:
      'Kết quả được ghi thành các trang tính mới trong sổ làm việc đang mở. Ghi lại sẽ thay thế kết quả của lần ghi trước; các trang tính khác không bị thay đổi. Lưu ý: Excel xoá lịch sử hoàn tác (Undo) khi bổ trợ ghi vào sổ — hãy lưu sổ trước nếu cần.',
    pin: 'Dùng tệp này',
    remove: 'Bỏ tệp này',
    editTime: 'Sửa thời điểm nhận',
    editTimeLabel: 'Thời điểm nhận (giờ Việt Nam), ví dụ 05/12/2026 14:30',
    editTimeSave: 'Lưu',
    editTimeReset: 'Bỏ sửa',
    editTimeInvalid: 'Chưa đúng dạng: hãy ghi ngày giờ như 05/12/2026 14:30.',
    editedTime: '(Sở sửa tay)',
    problemsOnly: 'Chỉ hiện tệp có vấn đề',
    moreProblems: (n) => `… và ${n} vấn đề khác (xem trang “Tình trạng nộp” hoặc phiếu phản hồi).`,
    written: 'Đã ghi kết quả vào sổ làm việc.',
    writtenSheets: (names) => `Các trang tính đã ghi: ${names}.`,
    replaced: (n) => `Đã thay thế ${n} trang tính của lần tổng hợp trước.`,
    charts: (n) => `Đã thêm ${n} biểu đồ.`,
    writeFailed: (reason) => `Không ghi được kết quả vào sổ: ${reason}`,
  },
  feedback: {
    title: 'Phiếu phản hồi cho đơn vị',
    hint: 'Bản sao tệp của chính đơn vị, mỗi vấn đề là một ghi chú trên đúng ô, kèm trang “Phản hồi” liệt kê cách sửa: gửi lại cho đơn vị.',
    line: (unit, errors, warnings) => `${unit}: ${errors} lỗi, ${warnings} cảnh báo`,
    download: 'Tải phiếu',
    downloaded: (file) => `Đã tải “${file}”.`,
    missingFile: 'Không còn tệp này trong danh sách: hãy chọn lại tệp.',
    failed: (message) => `Không lập được phiếu phản hồi: ${message}`,
  },
  reminders: {
    download: 'Tải danh sách nhắc đơn vị (.csv)',
    hint: 'Đơn vị chưa nộp, tệp không dùng được, tệp có lỗi, nộp muộn — kèm người liên hệ và nội dung nhắc soạn sẵn, dùng để trộn thư.',
    none: 'Không có đơn vị nào cần nhắc.',
    downloaded: (count, file) => `Đã tải “${file}”: ${count} đơn vị cần nhắc.`,
    failed: (message) => `Không lập được danh sách nhắc: ${message}`,
  },
  targets: {
    needsExcel: 'Tab này cần Excel: hãy mở bổ trợ trong Excel.',
    loading: 'Đang đọc trang mục tiêu trong sổ…',
    empty:
      'Chưa có kết quả: hãy tổng hợp ở tab “Tổng hợp”, hoặc mở sổ đã có trang “Mục tiêu KH17” của một lần tổng hợp.',
    fromRun: 'Theo lần tổng hợp vừa chạy ở tab “Tổng hợp”.',
    fromWorkbook: (sheet) => `Theo trang “${sheet}” trong sổ này.`,
    readFailed: (message) => `Không đọc được trang mục tiêu trong sổ: ${message}`,
    filterLabel: 'Lọc theo đánh giá',
    filterAll: 'Tất cả mục tiêu',
    filterLow: 'Độ tin cậy thấp',
    coverage: (count, measured, met, onTrack) =>
      `${count} mục tiêu · đo được ${measured} · đạt mốc 2025 ${met} · đúng lộ trình ${onTrack}`,
    unmeasured: 'Chưa đo được mục tiêu nào của nhóm này.',
    milestone: (text) => `Mốc 2025: ${text || '—'}`,
    value: (text) => `Giá trị: ${text || '—'}`,
    lowConfidence: 'Độ tin cậy thấp',
    noneMatch: 'Không có mục tiêu nào khớp bộ lọc.',
    selected: (code, sheet, row) => `Đã chọn ${code}: dòng ${row} của trang “${sheet}”.`,
    notWritten:
      'Kết quả chưa được ghi vào sổ: hãy bấm “Ghi kết quả vào sổ” ở tab “Tổng hợp” để chọn được dòng.',
    selectFailed: (sheet) => `Không còn trang “${sheet}” trong sổ; hãy tổng hợp lại.`,
    download: 'Tải báo cáo đánh giá (.docx)',
    downloading: 'Đang lập báo cáo đánh giá…',
    downloadHint:
      'Dự thảo báo cáo theo thể thức văn bản hành chính, cùng số liệu với sổ tổng hợp; phần nhận định, kiến nghị để trống cho Sở viết.',
    downloaded: (file) => `Đã tải “${file}”.`,
    downloadFailed: (message) => `Không lập được báo cáo đánh giá: ${message}`,
  },
  registry: {
    title: 'Danh sách đơn vị báo cáo',
    builtin: (n) => `Danh sách mặc định (${n} đơn vị phải báo cáo).`,
    fromFile: (file, n) =>
      `Danh sách của Sở từ tệp “${file}” (${n} đơn vị phải báo cáo), đã lưu trong sổ làm việc này.`,
    fromWorkbook: (n) => `Danh sách của Sở đã lưu trong sổ làm việc này (${n} đơn vị phải báo cáo).`,
    choose: 'Nạp danh sách đơn vị…',
    reset: 'Dùng danh sách mặc định',
    loading: 'Đang đọc danh sách đơn vị…',
    loaded: (file, n) =>
      `Đã nạp danh sách “${file}”: ${n} đơn vị phải báo cáo. Mẫu biểu và tổng hợp dùng danh sách này.`,
    refused: (file) => `Danh sách “${file}” có lỗi, chưa dùng được (đang dùng danh sách trước đó):`,
    storedInvalid: 'Danh sách đơn vị lưu trong sổ làm việc có lỗi; đang dùng danh sách mặc định.',
    failed: (reason) => `Không đọc được danh sách đơn vị: ${reason}`,
  },
};

const en: Strings = {
  appName: 'S&T and Innovation Evaluation 2026 – Bac Ninh',
  switchLanguageLabel: 'Switch to Vietnamese',
  switchLanguage: 'Tiếng Việt',
  loadingWorkbook: 'Reading the workbook…',
  loadingTab: 'Opening…',
  workbook: (name, n) => `Workbook: ${name} · ${n} sheet${n === 1 ? '' : 's'}`,
  unsavedWorkbook: '(unsaved)',
  workbookError: 'Could not read the workbook information.',
  tabsLabel: 'Functions',
  tabs: { templates: 'Templates', validation: 'Checks', consolidation: 'Consolidate', targets: 'Targets' },
  panels: {
    templates: {
      title: 'Data collection templates',
      body: [
        "Creates each reporting unit's template in this workbook: its assigned indicators (lead, cooperating), input cells with data validation, calculation notes and the indicator dictionary.",
        'Header cells are locked so that units only type into the allowed cells.',
        'The register sheets (DS Công bố, DS Sở hữu trí tuệ…) are Excel tables, one row per item; inserting the template again keeps existing register sheets as they are.',
        'Note: Excel clears its undo history when the add-in writes to the workbook (inserting a template, marking cells) — save first if you need it.',
      ],
    },
    validation: {
      title: 'Data checks',
      body: [
        'Checks the entered data: blank cells, negative numbers, numbers typed as text (1.234,5 or 1,234.5), shares above 100 %, FTE above headcount.',
        'Each issue names the sheet, cell and indicator; click it to go to the cell.',
        'Note: marking cells writes to the workbook, which clears Excel’s undo history — save first if you need it.',
      ],
    },
    consolidation: {
      title: 'Consolidating the units’ data',
      body: [
        'Merges the files sent by departments, communes and wards into the provincial table.',
        'Provincial ratios are the sum of numerators over the sum of denominators (never a mean of unit rates); the h-index is computed on the merged, de-duplicated list of papers.',
      ],
    },
    targets: {
      title: 'Targets and report',
      body: [
        'Compares the consolidated results with the targets of Plan 17/KH-UBND (implementing Resolution 57-NQ/TW) and drafts the evaluation report.',
        'Targets read from the scan with low confidence are flagged as such, never shown as certain.',
      ],
    },
  },
  comingSoon: 'This function comes in a later version.',
  targetsFacts: {
    title: 'Deadlines',
    items: [
      'Units send their data to the Department of Science and Technology before 05/12/2026.',
      'The Department reports to the Provincial People’s Committee and the Ministry before 25/12/2026.',
      '50 evaluation indicators in 5 groups: input, science, technology, economic, social.',
    ],
  },
  features: {
    dataValidation: 'data validation',
    changeEvents: 'cell change events',
    insertWorksheets: 'inserting sheets from a file',
    workbookInfo: 'reading workbook information',
  },
  unavailableTitle: 'Some functions are not available in this version of Excel',
  unavailableTab: (tab, feature, set, version) => `${tab}: needs ${set} ${version} (${feature}).`,
  unavailableHint: 'Use Excel for Microsoft 365 (Windows, Mac) or Excel on the web.',
  outsideTitle: 'This add-in runs in Excel',
  outsideBody: [
    'This add-in runs in Excel. Open it from Excel (Home → Add-ins) on the desktop or Excel on the web.',
    'This page is open outside Excel, so its functions do not work.',
  ],
  templates: {
    unitLabel: 'Reporting unit',
    unitPlaceholder: 'Type to search (accents optional)',
    noUnitMatch: 'No unit matches.',
    unitKinds: { agency: 'Departments', commune: 'Communes, wards', placeholder: 'Other units' },
    yearLabel: 'Evaluation year',
    yearInvalid: 'The year needs 4 digits, e.g. 2026.',
    insert: 'Insert template',
    inserting: 'Inserting the template…',
    inserted: (unit, year, inputs) =>
      `Inserted the ${year} template of ${unit}: ${inputs} input cells. Enter the data on the “Nhập liệu” sheet.`,
    kept: (n) => `Kept the values already entered in ${n} cells.`,
    dropped: (names) => `Could not keep the values of: ${names} (no longer in the new template).`,
    conflict: (sheets) =>
      `The workbook already has a sheet ${sheets} that is not part of a template. Rename it and insert again; the add-in never changes your sheets.`,
    cancelled: 'Cancelled: the existing template was kept.',
    failed: (reason) => `Could not insert the template: ${reason}`,
    confirmTitle: 'Replace the existing template?',
    confirmBody: (unit, year) =>
      `This workbook already has a template${unit ? ` of ${unit}` : ''}${year ? ` for ${year}` : ''}. The old template's sheets will be replaced by the new one.`,
    confirmKeep:
      'Values already entered are kept in the cells of the same indicators in the new template; existing register sheets are kept as they are. Your other sheets are not changed.',
    confirmReplace: 'Replace',
    confirmCancel: 'Cancel',
  },
  checks: {
    run: 'Check the data',
    running: 'Checking…',
    summary: (e, w) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    noIssues: 'No errors or warnings found.',
    completion: {
      complete: 'Marked “Hoàn thành” (complete), signed and without errors: ready to send.',
      blocked: (n) =>
        `Marked complete but cannot be complete yet: ${n} error${n === 1 ? '' : 's'} left (see the list, including the sign-off at the foot of “Nhập liệu”).`,
      draftReady:
        'Draft without errors. Once approved, fill in the sign-off and choose “Hoàn thành” at the foot of “Nhập liệu”.',
      draftErrors: (n) => `Draft: ${n} error${n === 1 ? '' : 's'} to fix before choosing “Hoàn thành”.`,
    },
    general: 'General (whole file)',
    indicator: (code, name) => `Indicator ${code}${name ? ` – ${name}` : ''}`,
    errors: (n) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
    infos: (n) => `${n} note${n === 1 ? '' : 's'}`,
    failed: (reason) => `Could not check: ${reason}`,
    autoHint: 'When you edit the data on the “Nhập liệu” sheet, the check runs again automatically.',
    goTo: (where) => `Go to ${where}`,
    issuesLabel: 'Issues by indicator',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    filterLabel: 'Show',
    filterAll: 'All issues',
    filterErrors: 'Errors only',
    filterWarnings: 'Warnings only',
  },
  consolidation: {
    needsExcel:
      'Consolidation needs Excel (Excel for Microsoft 365 or Excel on the web): the add-in reads the files the units sent and writes the results into the open workbook.',
    dropHint: 'Drop here all the Excel files the units sent',
    dropActive: 'Drop the files to add them to the list',
    or: 'or',
    choose: 'Choose files…',
    chooseHint: 'You can choose many files at once; files chosen later are added to the list.',
    clear: 'Clear the list',
    picked: (n) => `${n} file${n === 1 ? '' : 's'} chosen.`,
    duplicatesSkipped: (n) =>
      `${n} file${n === 1 ? ' was' : 's were'} already in the list and ${n === 1 ? 'was' : 'were'} not added again.`,
    yearLabel: 'Reporting year',
    yearInvalid: 'The year needs 4 digits, e.g. 2026.',
    deadlineLabel: 'Deadline',
    deadlinePlaceholder: 'dd/mm/yyyy',
    deadlineHint: 'A file received on the deadline day (Vietnam time) is on time.',
    deadlineInvalid: 'Not a valid date. Type it as day/month/year, e.g. 05/12/2026.',
    progressLabel: 'Reading progress',
    reading: (done, total, name) => `Reading ${done}/${total} files${name ? `: ${name}` : '…'}`,
    readDone: (done, total) => `Read ${done}/${total} files.`,
    loadFailed: (reason) => `Could not load the Excel file reader: ${reason}`,
    retry: 'Try again',
    computeFailed: (reason) => `Could not consolidate the data: ${reason}`,
    summaryTitle: 'Submissions',
    submitted: 'Submitted',
    rate: 'Reporting rate',
    onTime: 'On time',
    late: 'Late',
    missing: 'Not submitted',
    unreadable: 'Units with only unusable files',
    withErrors: 'With errors',
    unexpected: 'Not on the list',
    units: (n) => `${n} unit${n === 1 ? '' : 's'}`,
    missingUnits: (n) => `Units that have not submitted (${n})`,
    noneMissing: 'Every unit has submitted.',
    filesTitle: (n) => `Files received (${n})`,
    logLoad: 'Load the received register…',
    logHint:
      'Register of received files (.csv, .xlsx, .json): columns “Tệp” (file), “Thời điểm nhận” (received at, Vietnam time), optionally “Đơn vị gửi” (sender) — as khcn’s --received.',
    logLoaded: (file, rows, matched) =>
      `Using the received register “${file}” (${rows} rows): ${matched} files take their received time from it.`,
    logRemove: 'Remove',
    logRefused: (file) => `The register “${file}” has errors and is not used:`,
    logNotIn: (n) =>
      `${n} files are not in the register: their received time is the file date, which may be wrong.`,
    previousLoad: 'Load last period’s figures…',
    registerCounts: (rows, items, removed) =>
      `${rows} rows read → ${items} items (${removed} duplicates removed)`,
    previousHint:
      'Last year’s consolidated workbook (made by khcn) or a “khcn baseline” table: growth (C.14, D.14), last year’s value beside each indicator, warnings when a unit’s figure changed a lot.',
    previousLoaded: (file, year, indicators, units) =>
      `Using the ${year} figures from “${file}”: ${indicators} province indicators, ${units} units.`,
    previousRemove: 'Remove last period',
    previousRefused: (file) => `“${file}” cannot be used as last period’s figures:`,
    fileTimesNote:
      'Received times are taken from the files’ dates, which change when a file is downloaded from e-mail or copied, so “on time / late” may be wrong: check them against the register of incoming mail (khcn consolidate --received reads it).',
    filesSummary: (used, superseded, rejected) =>
      `${used} used · ${superseded} superseded · ${rejected} rejected`,
    unknownUnit: 'Not recognised',
    receivedAt: (when) => `Received ${when}`,
    timeliness: { 'on-time': 'On time', late: 'Late' },
    completion: { complete: 'Complete', blocked: 'Marked complete, has errors', draft: 'Draft' },
    use: { used: 'Used', superseded: 'Superseded', rejected: 'Rejected' },
    errors: (n) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
    write: 'Write results to workbook',
    writing: 'Writing the results…',
    writeHint:
      'The results are written as new sheets of the open workbook. Writing again replaces the previous results; your other sheets are not changed. Note: Excel clears its undo history when the add-in writes to the workbook — save first if you need it.',
    pin: 'Use this file',
    remove: 'Remove this file',
    editTime: 'Edit received time',
    editTimeLabel: 'Received at (Vietnam time), e.g. 05/12/2026 14:30',
    editTimeSave: 'Save',
    editTimeReset: 'Undo edit',
    editTimeInvalid: 'Not a date and time: write it like 05/12/2026 14:30.',
    editedTime: '(edited by the office)',
    problemsOnly: 'Only files with problems',
    moreProblems: (n) => `… and ${n} more (see the “Tình trạng nộp” sheet or the feedback workbook).`,
    written: 'The results were written to the workbook.',
    writtenSheets: (names) => `Sheets written: ${names}.`,
    replaced: (n) => `Replaced ${n} sheet${n === 1 ? '' : 's'} of the previous consolidation.`,
    charts: (n) => `Added ${n} chart${n === 1 ? '' : 's'}.`,
    writeFailed: (reason) => `Could not write the results: ${reason}`,
  },
  feedback: {
    title: 'Feedback for the units',
    hint: 'A copy of the unit’s own file with each problem as a note on its cell and a “Phản hồi” sheet saying how to fix it: send it back to the unit.',
    line: (unit, errors, warnings) => `${unit}: ${errors} errors, ${warnings} warnings`,
    download: 'Download',
    downloaded: (file) => `Downloaded “${file}”.`,
    missingFile: 'This file is no longer in the list: pick it again.',
    failed: (message) => `Could not make the feedback workbook: ${message}`,
  },
  reminders: {
    download: 'Download the reminder list (.csv)',
    hint: 'Missing, unusable, erroneous and late units, with contact and a ready message, for mail merge.',
    none: 'No unit needs a reminder.',
    downloaded: (count, file) => `Downloaded “${file}”: ${count} units to remind.`,
    failed: (message) => `Could not make the reminder list: ${message}`,
  },
  targets: {
    needsExcel: 'This tab needs Excel: open the add-in in Excel.',
    loading: 'Reading the targets sheet of this workbook…',
    empty:
      'No results yet: consolidate in the “Consolidate” tab, or open a workbook holding the “Mục tiêu KH17” sheet of a consolidation.',
    fromRun: 'From the consolidation just run in the “Consolidate” tab.',
    fromWorkbook: (sheet) => `From the “${sheet}” sheet of this workbook.`,
    readFailed: (message) => `Could not read the targets sheet of this workbook: ${message}`,
    filterLabel: 'Filter by verdict',
    filterAll: 'All targets',
    filterLow: 'Low confidence',
    coverage: (count, measured, met, onTrack) =>
      `${count} targets · measured ${measured} · 2025 milestone met ${met} · on track ${onTrack}`,
    unmeasured: 'No target of this group is measured.',
    milestone: (text) => `2025 milestone: ${text || '—'}`,
    value: (text) => `Value: ${text || '—'}`,
    lowConfidence: 'Low confidence',
    noneMatch: 'No target matches the filter.',
    selected: (code, sheet, row) => `Selected ${code}: row ${row} of “${sheet}”.`,
    notWritten:
      'The results are not in the workbook yet: click “Write results to the workbook” in “Consolidate” first.',
    selectFailed: (sheet) => `The sheet “${sheet}” is gone; consolidate again.`,
    download: 'Download the evaluation report (.docx)',
    downloading: 'Drafting the evaluation report…',
    downloadHint:
      'A draft in the Vietnamese administrative layout, with the consolidated workbook’s numbers; assessment and recommendations are left for the office.',
    downloaded: (file) => `Downloaded “${file}”.`,
    downloadFailed: (message) => `Could not draft the evaluation report: ${message}`,
  },
  registry: {
    title: 'Reporting units',
    builtin: (n) => `Built-in list (${n} units must report).`,
    fromFile: (file, n) =>
      `The office's list from “${file}” (${n} units must report), kept in this workbook.`,
    fromWorkbook: (n) => `The office's list kept in this workbook (${n} units must report).`,
    choose: 'Load a unit list…',
    reset: 'Use the built-in list',
    loading: 'Reading the unit list…',
    loaded: (file, n) =>
      `Loaded “${file}”: ${n} units must report. Templates and consolidation use this list.`,
    refused: (file) => `The list “${file}” has errors and is not used (the previous list stays):`,
    storedInvalid: 'The unit list kept in this workbook has errors; the built-in list is used.',
    failed: (reason) => `Could not read the unit list: ${reason}`,
  },
};

export const STRINGS: Record<Lang, Strings> = { vi, en };
