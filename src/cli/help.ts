/** Help text of `khcn`, Vietnamese first, English second. */
export const HELP = `khcn — công cụ dòng lệnh đánh giá KH, CN & ĐMST năm 2026 (tỉnh Bắc Ninh)

Cách dùng:
  khcn catalog [--json]                    Danh mục 50 chỉ tiêu đánh giá (đầy đủ thành phần, công thức, cách tổng hợp)
  khcn units [--json]                      Danh sách đơn vị báo cáo (sở, ngành, 99 xã/phường, nhóm đơn vị) và chỉ tiêu của từng đơn vị
  khcn targets [--json]                    78 chỉ tiêu của Kế hoạch 17/KH-UBND, kèm độ tin cậy của bản đọc
  khcn dictionary --out <tệp.xlsx|tệp.md>  Ghi "Từ điển chỉ số" ra tệp Excel hoặc Markdown
  khcn help | --help                       Trợ giúp này

Mã thoát: 0 = thành công; 1 = dữ liệu có lỗi; 2 = không thực hiện được (sai tham số, không đọc/ghi được tệp).

—

khcn — command line of the 2026 S&T and innovation evaluation (Bắc Ninh province)

Usage:
  khcn catalog [--json]                    The 50 evaluation indicators (components, formulas, aggregation rules)
  khcn units [--json]                      Reporting units (departments, 99 communes/wards, unit categories) and their indicators
  khcn targets [--json]                    The 78 targets of Plan 17/KH-UBND with the confidence of their reading
  khcn dictionary --out <file.xlsx|file.md> Write the indicator dictionary to an Excel or Markdown file
  khcn help | --help                       This help

Exit codes: 0 = success; 1 = the data has errors; 2 = could not run (bad arguments, unreadable/unwritable file).
`;
