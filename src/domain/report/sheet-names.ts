/** Names of the sheets the consolidation owns (Vietnamese; ≤ 31 characters). */
export const REPORT_SHEETS = {
  summary: 'Tổng hợp',
  detail: 'Chi tiết nguồn',
  status: 'Tình trạng nộp',
  matrix: 'Ma trận đơn vị',
  conflicts: 'Xung đột',
  checks: 'Kiểm tra toàn tỉnh',
  targets: 'Mục tiêu KH17',
} as const;

export type ReportSheetKey = keyof typeof REPORT_SHEETS;
