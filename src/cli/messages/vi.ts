/**
 * Every text the `khcn` command prints of its own, in Vietnamese (the default; `--lang en` for
 * English, messages/en.ts). Findings about files are issues (src/domain/messages); these are the
 * command's own lines: usage errors, summaries, help. `{name}` placeholders are filled by say().
 */
export const CLI_VI = {
  // Arguments
  ARGS_INVALID: 'Tham số không hợp lệ: {detail}\nXem “khcn --help”.',
  LANG_INVALID: 'Ngôn ngữ “{value}” không có: dùng --lang vi hoặc --lang en.',
  COMMAND_UNKNOWN: 'Không có lệnh “{command}”. Xem “khcn --help”.',
  COMMAND_NO_OPERANDS: 'Lệnh “{command}” không nhận tham số “{args}”.',
  OPTION_NOT_FOR: 'Lệnh “{command}” không nhận {option}. {hint}',
  CONSOLIDATE_UNITS_HINT: 'Danh sách đơn vị phải báo cáo: --units <tệp.json|tệp.xlsx|tệp.csv>.',
  YEAR_INVALID: 'Năm không hợp lệ: “{value}” (cần năm có 4 chữ số, ví dụ 2026).',
  DEADLINE_INVALID: 'Hạn nộp không hợp lệ: “{value}” (cần ngày dạng 2026-12-05 hoặc 05/12/2026).',
  POPULATION_INVALID: 'Số dân không hợp lệ: “{value}” (cần số nguyên dương, ví dụ 3619433 hoặc 3.619.433).',
  OUT_MISSING: 'Thiếu --out <{what}>.',
  OUT_EXTENSION: 'Tệp “{file}” phải có đuôi {ext}.',
  UNIT_MISSING: 'Thiếu --unit <mã đơn vị> (xem “khcn units”).',
  UNIT_UNKNOWN:
    'Không có đơn vị “{id}”. Xem mã đơn vị bằng lệnh “khcn units” (cột “Mã đơn vị”); xã, phường dùng mã dạng xp-<mã thống kê> (ví dụ xp-07210) hoặc mã thống kê (07210).',
  UNIT_SUGGEST: 'Có phải là: {units}',
  FILES_MISSING: 'Thiếu tên tệp: khcn validate <tệp.xlsx>...',
  INPUTS_MISSING:
    'Thiếu tệp hoặc thư mục cần tổng hợp: khcn consolidate <tệp hoặc thư mục>... --out <báo-cáo.xlsx>.',
  INPUTS_NONE_EXIST: 'Không tìm thấy: {inputs}. Hãy kiểm tra lại đường dẫn.',
  INPUTS_NO_FILE: 'Không tìm thấy tệp nào trong: {inputs}.',
  INPUT_NOT_FOUND: 'Không tìm thấy “{input}” (tệp này được ghi vào danh sách tệp bị loại của báo cáo).',
  PREFER_UNKNOWN: '--prefer “{file}”: không có tệp này trong các tệp được tổng hợp.',
  OPTION_FILE_UNREADABLE: 'Không đọc được tệp “{file}” ({option}): {reason}.',
  LIST_HAS_ERRORS: 'Tệp “{file}” ({option}) có lỗi, chưa dùng được.',
  MORE_ISSUES: '… và {count} vấn đề khác.',
  // Files written
  WRITE_FAILED: 'Không ghi được tệp “{file}”: {reason}.',
  WRITE_NO_PERMISSION: 'không có quyền ghi, hoặc tệp đang được mở trong Excel (hãy đóng tệp rồi chạy lại)',
  WRITE_BUSY: 'tệp đang được mở trong chương trình khác, ví dụ Excel (hãy đóng tệp rồi chạy lại)',
  WRITE_IS_FOLDER: 'đây là một thư mục, cần tên tệp',
  WRITE_NOT_FOLDER: 'một phần của đường dẫn là tệp, không phải thư mục',
  WRITE_DISK_FULL: 'ổ đĩa đã đầy',
  WRITE_READ_ONLY: 'ổ đĩa chỉ cho phép đọc',
  READ_NOT_FOUND: 'không tìm thấy tệp',
  READ_IS_FOLDER: 'đây là một thư mục',
  UNEXPECTED_ERROR: 'Lỗi không mong muốn: {detail}',
  // catalog, units, targets, dictionary, template(s), registry
  CATALOG_HEADERS: 'Mã|Tên chỉ tiêu|Đơn vị chủ trì|Đơn vị tính|Công thức',
  CATALOG_FOOTER: '{count} chỉ tiêu — danh mục phiên bản {version}',
  UNITS_HEADERS: 'Mã đơn vị|Mã TK|Tên đơn vị|Chủ trì|Phối hợp',
  UNITS_FOOTER: '{count} đơn vị báo cáo',
  TARGETS_HEADERS: 'Mã|Chỉ tiêu|{years}|Độ tin cậy',
  TARGETS_FOOTER:
    '{count} chỉ tiêu; {low} chỉ tiêu có độ tin cậy THẤP (bản quét khó đọc) — không dùng như số liệu chắc chắn.',
  CONFIDENCE_HIGH: 'cao',
  CONFIDENCE_MEDIUM: 'trung bình',
  CONFIDENCE_LOW: 'THẤP',
  BASELINE_WRITTEN:
    'Đã ghi bảng số liệu kỳ trước (năm {year}) vào {file}. Ghi số năm trước vào cột “Giá trị kỳ trước”, rồi dùng: khcn consolidate … --previous {file}',
  DICTIONARY_WRITTEN: 'Đã ghi từ điển chỉ số ({count} chỉ tiêu) vào {file}',
  TEMPLATE_WRITTEN: 'Đã ghi mẫu biểu của {unit} ({indicators} chỉ tiêu, {inputs} ô nhập) vào {file}',
  TEMPLATES_WRITTEN: 'Đã ghi {count} mẫu biểu năm {year} vào thư mục {folder} ({seconds} giây).',
  REGISTRY_WRITTEN:
    'Đã ghi danh sách {count} đơn vị vào {file}. Sở KH&CN thêm các viện, trường, doanh nghiệp, nhà mạng… vào trang “Đơn vị”, ghi đầu mối liên hệ ở trang “Đầu mối Sở KH&CN”, rồi dùng tệp với tham số --registry {file}.',
  // validate
  SEVERITY_ERROR: 'LỖI',
  SEVERITY_WARNING: 'CẢNH BÁO',
  SEVERITY_INFO: 'THÔNG TIN',
  VALIDATE_FILE: 'Tệp “{file}”{about}: {verdict}',
  VALIDATE_ABOUT: ' (đơn vị {unit}, năm {year})',
  VALIDATE_UNREADABLE: 'KHÔNG ĐỌC ĐƯỢC',
  VALIDATE_HAS_ERRORS: 'CÓ LỖI',
  VALIDATE_PASSED: 'ĐẠT',
  VALIDATE_COUNTS: '{errors} lỗi, {warnings} cảnh báo, {infos} thông tin',
  VALIDATE_INDICATOR_COUNTS:
    '; chỉ tiêu: {valid} hợp lệ, {invalid} có lỗi, {warned} cảnh báo, {empty} chưa nhập',
  VALIDATE_GENERAL: 'Chung:',
  VALIDATE_INDICATOR: 'Chỉ tiêu {code}{name}: {status}',
  VALIDATE_TOTAL_OK: '{count} tệp. Không có lỗi.',
  VALIDATE_TOTAL_ERRORS: '{count} tệp. Có tệp có lỗi: hãy sửa theo hướng dẫn ở trên rồi kiểm tra lại.',
  VALIDATE_TOTAL_UNREADABLE: '{count} tệp. Có tệp không đọc được: xem lý do ở trên.',
  // consolidate
  PROGRESS_READING: 'Đang đọc',
  PROGRESS_WRITING: 'Đang ghi báo cáo tổng hợp…',
  POPULATION_FROM_OPTION: 'số liệu nhập khi tổng hợp (tham số --population)',
  SUMMARY_FILES:
    'Tổng hợp số liệu năm {year} (hạn nộp {deadline}): đã đọc {files} tệp — {used} tệp được dùng, {superseded} tệp bị thay thế, {rejected} tệp bị loại.',
  SUMMARY_RECEIVED_FROM_LOG: 'Thời điểm nhận: {fromLog}/{files} tệp theo sổ theo dõi tệp đến {log}.',
  SUMMARY_RECEIVED_REST:
    'Thời điểm nhận: {fromLog}/{files} tệp theo sổ theo dõi tệp đến {log}, {rest} tệp còn lại theo thời gian sửa tệp.',
  SUMMARY_REJECTED: 'Tệp bị loại ({count}):',
  SUMMARY_SUPERSEDED: 'Tệp không dùng vì đơn vị có tệp khác được chọn ({count}):',
  SUMMARY_FILE_LINE: '  – {file}: {reason}',
  SUMMARY_COMPLETENESS:
    'Đã nhận báo cáo của {received}/{expected} đơn vị phải báo cáo{rate}: {onTime} đúng hạn, {late} nộp muộn.',
  SUMMARY_WITH_ERRORS: '{count} đơn vị có lỗi số liệu (xem trang “Tình trạng nộp”).',
  SUMMARY_MISSING: 'Chưa nộp: {count} đơn vị (danh sách ở trang “Tình trạng nộp” của báo cáo).',
  SUMMARY_UNREADABLE: 'Chỉ gửi tệp không dùng được (không đọc được hoặc bị loại) ({count}): {units}.',
  SUMMARY_LATE: 'Nộp muộn ({count}): {units}.',
  SUMMARY_MORE_UNITS: '{units}; … và {count} đơn vị khác',
  SUMMARY_UNEXPECTED: 'Có {count} đơn vị không thuộc danh sách phải báo cáo nhưng đã gửi tệp.',
  SUMMARY_CONFLICTS: 'Có {count} xung đột số liệu (xem trang “Xung đột” của báo cáo).',
  SUMMARY_CHOICES:
    'Cần Sở KH&CN chọn tệp cho {count} đơn vị (xem trang “Xung đột”); chọn bằng --prefer <tên tệp>:',
  SUMMARY_CHOICE_LINE: '  – {unit}: đang dùng “{used}”; tệp khác: {others}',
  SUMMARY_POPULATION_STATISTICS: 'Dân số tham chiếu: {value} người (theo {unit}, tệp “{file}”).',
  SUMMARY_POPULATION_FALLBACK:
    'Dân số tham chiếu: {value} người (chưa có số của Thống kê tỉnh, tạm dùng số theo {source}).',
  SUMMARY_PROVINCE_VIOLATED:
    'Kiểm tra toàn tỉnh: {count} quy tắc bị vi phạm ({high} mức quan trọng cao), xem trang “Kiểm tra toàn tỉnh”:',
  SUMMARY_ISSUE_LINE: '  – {text}',
  SUMMARY_SKIPPED: 'Bỏ qua {count} tệp ẩn, tệp khóa của Office (~$…) hoặc tệp hệ thống.',
  SUMMARY_WRITTEN: 'Đã ghi báo cáo tổng hợp vào {file}',
  REPORT_WRITTEN: 'Đã ghi dự thảo báo cáo đánh giá vào {file}',
  FEEDBACK_WRITTEN:
    'Đã ghi {count} phiếu phản hồi (bản sao tệp của đơn vị có ghi chú trên ô có vấn đề) vào thư mục {folder}',
  REMINDERS_WRITTEN: 'Đã ghi danh sách nhắc {count} đơn vị (liên hệ và nội dung nhắc) vào {file}',
  REPORT_FROM_WORKBOOK:
    'Lập báo cáo đánh giá từ sổ tổng hợp “{file}” (tổng hợp lúc {at}: {files} tệp, {units}/{expected} đơn vị đã nộp).',
  STORED_RUN_FORMAT:
    '“{file}” không phải sổ tổng hợp do lệnh khcn consolidate ghi (không có trang ẩn {sheet} đọc được). Hãy lập báo cáo từ các tệp của đơn vị: khcn report <thư mục> --out <tệp.docx>.',
  STORED_RUN_DAMAGED:
    'Dữ liệu tổng hợp trong trang ẩn {sheet} của “{file}” bị sửa hoặc hỏng nên không dùng được. Hãy tổng hợp lại (khcn consolidate) hoặc lập báo cáo từ các tệp của đơn vị.',
  LOG_WARNING: 'Cảnh báo: {text}',
  LOG_MORE_WARNINGS: '… và {count} cảnh báo khác về sổ theo dõi tệp đến (các dòng đó bị bỏ qua).',
} as const;

export type CliCode = keyof typeof CLI_VI;
