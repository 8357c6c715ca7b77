/** Help text of `khcn`, Vietnamese first, English second. */
export const HELP = `khcn — công cụ dòng lệnh đánh giá KH, CN & ĐMST năm 2026 (tỉnh Bắc Ninh)

Cách dùng:
  khcn catalog [--json]                    Danh mục 50 chỉ tiêu đánh giá (đầy đủ thành phần, công thức, cách tổng hợp)
  khcn units [--json]                      Danh sách đơn vị báo cáo (sở, ngành, 99 xã/phường, nhóm đơn vị) và chỉ tiêu của từng đơn vị
  khcn targets [--json]                    78 chỉ tiêu của Kế hoạch 17/KH-UBND, kèm độ tin cậy của bản đọc
  khcn dictionary --out <tệp.xlsx|tệp.md>  Ghi "Từ điển chỉ số" ra tệp Excel hoặc Markdown
  khcn template --unit <mã> [--year 2026] [--out <tệp.xlsx>] [--json]
                                           Ghi mẫu biểu nhập liệu của một đơn vị (mã: xem "khcn units";
                                           xã/phường: xp-07210 hoặc mã thống kê 07210)
  khcn templates --out <thư mục> [--year 2026] [--json]
                                           Ghi mẫu biểu của tất cả đơn vị, mỗi đơn vị một tệp
  khcn validate <tệp.xlsx>... [--unit <mã>] [--year 2026] [--json]
                                           Kiểm tra các biểu đã nhập số liệu (đọc theo tên vùng KHCN_…):
                                           mã thoát 0 = không có lỗi (có thể có cảnh báo), 1 = có lỗi,
                                           2 = có tệp không đọc được (các tệp khác vẫn được kiểm tra)
  khcn consolidate <tệp hoặc thư mục>... --out <báo-cáo.xlsx> [--year 2026] [--deadline 2026-12-05]
                   [--units <danh-sách.json|danh-sách.xlsx>] [--received <nhật-ký.csv|.json|.xlsx>]
                   [--population <số dân>] [--json]
                                           Tổng hợp các biểu đơn vị đã gửi thành báo cáo Excel (tổng hợp,
                                           chi tiết nguồn, tình trạng nộp, xung đột, mục tiêu KH17) và in tóm tắt.
                                           Thư mục được đọc cả thư mục con; mọi tệp trong đó đều được xét
                                           (tệp sai định dạng bị loại và nêu lý do), trừ tệp ẩn và tệp khóa ~$….
                                           Đơn vị có nhiều tệp: dùng tệp nhận sau cùng.
                                           --deadline: hạn nộp (2026-12-05 hoặc 05/12/2026), mặc định 05/12/2026
                                           --units: danh sách đơn vị phải báo cáo (JSON: mảng mã đơn vị; Excel:
                                             trang đầu, cột "Mã đơn vị"/"id" hoặc cột A); mặc định mọi đơn vị
                                           --received: sổ theo dõi tệp đến, ghi thời điểm nhận từng tệp (CSV
                                             UTF-8 phân cách ; hoặc , / Excel: trang đầu; cột "Tệp" và cột
                                             "Thời điểm nhận"; JSON: {"tên tệp": "thời điểm"}); thời điểm dạng
                                             05/12/2026 14:30, 05/12/2026 (0 giờ) hoặc ISO 8601, giờ Việt Nam.
                                             Tệp không có trong sổ: lấy thời gian sửa tệp (ngày tải về, sao chép
                                             có thể làm sai lệch thời gian này)
                                           --population: số dân trung bình khi Thống kê tỉnh chưa gửi
                                             (mặc định 3.619.433 người theo Nghị quyết 202/2025/QH15)
                                           Mã thoát 0 = đã ghi báo cáo (kể cả khi có tệp bị loại: xem tóm tắt),
                                           2 = không lập được báo cáo (sai tham số, không có tệp, sổ --received
                                           sai, không ghi được); lệnh này không dùng mã 1
  khcn help | --help                       Trợ giúp này

Mã thoát: 0 = thành công; 1 = dữ liệu có lỗi (validate); 2 = không thực hiện được (sai tham số, không đọc/ghi được tệp).

—

khcn — command line of the 2026 S&T and innovation evaluation (Bắc Ninh province)

Usage:
  khcn catalog [--json]                    The 50 evaluation indicators (components, formulas, aggregation rules)
  khcn units [--json]                      Reporting units (departments, 99 communes/wards, unit categories) and their indicators
  khcn targets [--json]                    The 78 targets of Plan 17/KH-UBND with the confidence of their reading
  khcn dictionary --out <file.xlsx|file.md> Write the indicator dictionary to an Excel or Markdown file
  khcn template --unit <id> [--year 2026] [--out <file.xlsx>] [--json]
                                           Write one unit's data-entry template (ids: "khcn units")
  khcn templates --out <dir> [--year 2026] [--json]
                                           Write every unit's template, one file per unit
  khcn validate <file.xlsx>... [--unit <id>] [--year 2026] [--json]
                                           Check filled templates (read by their KHCN_… defined names):
                                           exit 0 = no errors (warnings allowed), 1 = errors,
                                           2 = a file could not be read (the others are still checked)
  khcn consolidate <files or folders>... --out <report.xlsx> [--year 2026] [--deadline 2026-12-05]
                   [--units <list.json|list.xlsx>] [--received <log.csv|.json|.xlsx>]
                   [--population <n>] [--json]
                                           Consolidate the units' filled templates into an Excel report (summary,
                                           source detail, submission status, conflicts, Plan 17 targets) and print
                                           a summary. Folders are read with their subfolders; every file in them
                                           counts (a wrong format is rejected with its reason) except hidden files
                                           and ~$… lock files. A unit with several files: the last received is used.
                                           --deadline: last day to submit (2026-12-05 or 05/12/2026), default 05/12/2026
                                           --units: units expected to report (JSON: array of unit ids; Excel: first
                                             sheet, column "Mã đơn vị"/"id" or column A); default: every unit
                                           --received: log of when each file was received (CSV UTF-8 separated by
                                             ; or , / Excel: first sheet; columns "file" and "received_at"; JSON:
                                             {"file name": "time"}); times as 05/12/2026 14:30, 05/12/2026
                                             (midnight) or ISO 8601, Vietnam time. Files it does not list: their
                                             modification time (downloads and copies change it)
                                           --population: average population when the statistics office has not
                                             reported (default 3,619,433, Resolution 202/2025/QH15)
                                           Exit 0 = report written (even with rejected files: see the summary),
                                           2 = no report (bad options, no input file, bad --received log, output
                                           not writable); this command does not use 1
  khcn help | --help                       This help

Exit codes: 0 = success; 1 = the data has errors (validate); 2 = could not run (bad arguments, unreadable/unwritable file).
`;
