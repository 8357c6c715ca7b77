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
  khcn help | --help                       Trợ giúp này

Mã thoát: 0 = thành công; 1 = dữ liệu có lỗi; 2 = không thực hiện được (sai tham số, không đọc/ghi được tệp).

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
  khcn help | --help                       This help

Exit codes: 0 = success; 1 = the data has errors; 2 = could not run (bad arguments, unreadable/unwritable file).
`;
