/**
 * 'Nhắc đơn vị': the units the office must write to — missing, late, file unusable, file with
 * errors — each with its contact from the registry and a ready Vietnamese message for its
 * situation (mail merge: one row per unit, the message in one cell). Built from the same run as
 * the status sheet, so the two always agree.
 */
import { findUnit, type OfficeContact } from '../catalog';
import type { UnitState, UnitStatusRow } from '../consolidation/run-types';
import { renderIssue } from '../issues';
import { viDateFromIso } from '../template/vi-format';
import { formatVietnamTime } from '../vietnam-time';
import { fit, num, text, INTEGER_FORMAT } from './cells';
import type { ReportContext } from './context';
import { UNIT_STATE_LABELS } from './labels';
import { STATE_STYLE } from './status-sheet';
import type { ReportColumn, ReportSheet } from './types';

/** The states that need a message, most urgent first. */
export const REMINDER_STATES: readonly UnitState[] = ['missing', 'unreadable', 'errors', 'late'];

export interface Reminder {
  unitId: string;
  unitNameVi: string;
  state: UnitState;
  person: string;
  phone: string;
  email: string;
  file: string;
  errors: number;
  message: string;
}

export const REMINDER_COLUMNS = {
  unitId: 'Mã đơn vị',
  unit: 'Đơn vị',
  state: 'Tình trạng',
  person: 'Người liên hệ',
  phone: 'Điện thoại',
  email: 'Email',
  file: 'Tệp',
  errors: 'Số lỗi',
  message: 'Nội dung nhắc',
} as const;

function officeLine(office: OfficeContact): string {
  const how = [office.person, office.phone, office.email].filter(
    (x): x is string => x !== undefined && x !== '',
  );
  return how.length === 0 ? office.nameVi : `${office.nameVi} (${how.join(', ')})`;
}

function messageOf(ctx: ReportContext, u: UnitStatusRow, office: OfficeContact): string {
  const year = ctx.run.options.year;
  const deadline = viDateFromIso(ctx.run.options.deadline);
  const to = officeLine(office);
  const greeting = `Kính gửi ${u.unitNameVi}.`;
  const file = u.file ?? '';
  switch (u.state) {
    case 'missing':
      return (
        `${greeting} Đến nay ${office.nameVi} chưa nhận được biểu số liệu đánh giá KH, CN & ĐMST năm ${year} ` +
        `của đơn vị (hạn nộp ${deadline}). Đề nghị đơn vị điền biểu mẫu đã được gửi và gửi về ${to} sớm nhất.`
      );
    case 'unreadable': {
      const line = ctx.run.files.find((f) => f.file === file);
      const why = line?.reason === undefined ? '' : ` Lý do: ${renderIssue(line.reason, 'vi')}`;
      return (
        `${greeting} Tệp “${file}” đơn vị gửi không dùng được để tổng hợp.${why} ` +
        `Đề nghị đơn vị kiểm tra và gửi lại biểu mẫu năm ${year} về ${to}.`
      );
    }
    case 'errors':
      return (
        `${greeting} Tệp “${file}” còn ${u.errors} lỗi; các chỉ tiêu có lỗi chưa được đưa vào số liệu toàn tỉnh. ` +
        `Đề nghị đơn vị mở tệp bằng bổ trợ (tab Kiểm tra) hoặc xem phiếu phản hồi, sửa và gửi lại về ${to}.`
      );
    case 'late':
      return (
        `${greeting} ${office.nameVi} đã nhận tệp “${file}” lúc ${formatVietnamTime(u.receivedAt ?? '')}, ` +
        `sau hạn ${deadline}; số liệu vẫn được tổng hợp. Đề nghị đơn vị lưu ý gửi đúng hạn ở các kỳ sau.`
      );
    case 'on-time':
      return '';
  }
}

/** Every expected unit to write to, most urgent first, then in the status table's order. */
export function reminders(ctx: ReportContext): Reminder[] {
  const office = ctx.catalog.office;
  const rank = (s: UnitState): number => REMINDER_STATES.indexOf(s);
  return ctx.run.units
    .filter((u) => u.expected && rank(u.state) >= 0)
    .map((u, i) => ({ u, i }))
    .sort((a, b) => rank(a.u.state) - rank(b.u.state) || a.i - b.i)
    .map(({ u }) => {
      const c = findUnit(ctx.catalog, u.unitId)?.contact;
      return {
        unitId: u.unitId,
        unitNameVi: u.unitNameVi,
        state: u.state,
        person: c?.person ?? '',
        phone: c?.phone ?? '',
        email: c?.email ?? '',
        file: u.file ?? '',
        errors: u.errors,
        message: messageOf(ctx, u, office),
      };
    });
}

const C = REMINDER_COLUMNS;
const COLUMNS: readonly ReportColumn[] = [
  { header: C.unitId, width: 14 },
  { header: C.unit, width: 32 },
  { header: C.state, width: 16 },
  { header: C.person, width: 22 },
  { header: C.phone, width: 14 },
  { header: C.email, width: 26 },
  { header: C.file, width: 30 },
  { header: C.errors, width: 8 },
  { header: C.message, width: 90 },
];

/** The list as rows of text (CSV for mail merge), header first. */
export function reminderTable(list: readonly Reminder[]): string[][] {
  return [
    COLUMNS.map((c) => c.header),
    ...list.map((r) => [
      r.unitId,
      r.unitNameVi,
      UNIT_STATE_LABELS[r.state],
      r.person,
      r.phone,
      r.email,
      r.file,
      String(r.errors),
      r.message,
    ]),
  ];
}

export const REMINDERS_SHEET = 'Nhắc đơn vị';

/** The list as a sheet (its own workbook for the office's mail merge). */
export function remindersSheet(ctx: ReportContext, list: readonly Reminder[]): ReportSheet {
  return {
    name: REMINDERS_SHEET,
    preamble: [
      [text(`Danh sách nhắc đơn vị — báo cáo năm ${ctx.run.options.year}`, 'title')],
      [
        text(
          `Lập lúc ${formatVietnamTime(ctx.run.options.readAt)}; ${list.length} đơn vị cần nhắc.`,
          'subtitle',
        ),
      ],
      [],
    ],
    columns: [...COLUMNS],
    rows: list.map((r) =>
      fit(
        [
          text(r.unitId),
          text(r.unitNameVi),
          text(UNIT_STATE_LABELS[r.state], STATE_STYLE[r.state]),
          text(r.person),
          text(r.phone),
          text(r.email),
          text(r.file),
          num(r.errors, INTEGER_FORMAT),
          text(r.message),
        ],
        COLUMNS.length,
      ),
    ),
    ...(list.length > 0 ? { table: { name: 'KHCN_NhacDonVi' } } : {}),
    freezeHeader: true,
  };
}
