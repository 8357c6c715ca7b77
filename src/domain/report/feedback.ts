/**
 * Phiếu phản hồi: what goes back to a unit whose used file has problems — each problem of its own
 * file (not the office's own matters: duplicates, ties, lateness), where it is and what to do, in
 * the message map's words. The xlsx adapter (xlsx/feedback-writer.ts) puts each one as a note on
 * its cell of a copy of the unit's file and lists them all on a sheet.
 */
import type { ConsolidationRun } from '../consolidation/run-types';
import { renderIssue, type Issue, type IssueCode } from '../issues';

/** Findings about the office's handling of the files, not about the unit's figures. */
const OFFICE_ONLY: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'FILE_DUPLICATE_UNIT',
  'FILE_SUPERSEDED_PINNED',
  'FILE_SUPERSEDED_SUSPECT',
  'FILE_SUPERSEDED_DRAFT',
  'FILE_TIE',
  'SUBMISSION_LATE',
  'IDENTITY_SUSPECT',
  'DRAFT_USED',
]);

export interface FeedbackItem {
  file: string;
  unitId: string;
  unitNameVi: string;
  issues: Issue[];
}

/** One item per unit whose used file has problems of its own, in the status table's order. */
export function feedbackItems(run: ConsolidationRun): FeedbackItem[] {
  const lines = new Map(run.files.map((f) => [f.file, f]));
  return run.units.flatMap((u) => {
    const line = u.file === undefined ? undefined : lines.get(u.file);
    if (line === undefined || line.use !== 'used') return [];
    const issues = line.issues.filter(
      (i) => !OFFICE_ONLY.has(i.code) && (i.severity === 'error' || i.severity === 'warning'),
    );
    return issues.length === 0
      ? []
      : [{ file: line.file, unitId: u.unitId, unitNameVi: u.unitNameVi, issues }];
  });
}

export const FEEDBACK_SHEET = 'Phản hồi';

export const FEEDBACK_TEXT = {
  title: (unit: string, file: string): string => `Phiếu phản hồi của Sở KH&CN cho ${unit} — tệp “${file}”`,
  intro:
    'Các vấn đề dưới đây được ghi thành ghi chú trên đúng ô của trang “Nhập liệu”. Đề nghị đơn vị sửa lỗi (bắt buộc) và xem lại cảnh báo, rồi gửi lại tệp gốc đã sửa (không gửi lại phiếu này).',
  columns: ['STT', 'Mức độ', 'Trang', 'Ô', 'Chỉ tiêu', 'Nội dung và cách sửa'],
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  note: (severity: string, text: string): string => `${severity}: ${text}`,
} as const;

/** The problem without its location (the note sits on the cell; the sheet has its own columns). */
export const problemText = (issue: Issue): string =>
  renderIssue({ ...issue, file: undefined, sheet: undefined, cell: undefined, definedName: undefined }, 'vi');

/** The feedback file's name: the unit recognises its own file name in it. */
export const feedbackFileName = (file: string): string =>
  `Phieu_phan_hoi_${file.replace(/^.*[\\/]/, '')}`.replace(/\.xlsx$/i, '') + '.xlsx';
