/**
 * The reminder list over the hand-made run of ./fixtures: Thống kê tỉnh has not submitted, Sở Tài
 * chính was late (06/12/2026 08:00 in Hà Nội), Sở KH&CN on time. Contacts come from the registry.
 */
import type { Catalog } from '../../src/domain/catalog';
import { reportContext } from '../../src/domain/report/context';
import { reminders, reminderTable, remindersSheet } from '../../src/domain/report/reminders';
import { catalog, makeRun } from './fixtures';

const run = makeRun();
// The office's registry gives Thống kê tỉnh a contact and the office its own.
const withContacts: Catalog = {
  ...catalog,
  office: {
    nameVi: 'Sở Khoa học và Công nghệ tỉnh Bắc Ninh',
    phone: '0222 3822 xxx',
    email: 'khcn@bacninh.gov.vn',
  },
  units: catalog.units.map((u) =>
    u.id === 'thong-ke'
      ? { ...u, contact: { person: 'Nguyễn Văn A', phone: '0912 000 111', email: 'a@tk.vn' } }
      : u,
  ),
};

test('lists the units to write to, most urgent first, with their contact', () => {
  const list = reminders(reportContext(withContacts, run));
  expect(list.map((r) => [r.unitId, r.state])).toEqual([
    ['thong-ke', 'missing'],
    ['so-tai-chinh', 'late'],
  ]);
  expect(list[0]).toMatchObject({
    person: 'Nguyễn Văn A',
    phone: '0912 000 111',
    email: 'a@tk.vn',
    file: '',
  });
});

test('writes a message for each situation, with the deadline and the office to send to', () => {
  const [missing, late] = reminders(reportContext(withContacts, run));
  expect(missing?.message).toBe(
    'Kính gửi Thống kê tỉnh. Đến nay Sở Khoa học và Công nghệ tỉnh Bắc Ninh chưa nhận được biểu số liệu ' +
      'đánh giá KH, CN & ĐMST năm 2026 của đơn vị (hạn nộp 05/12/2026). Đề nghị đơn vị điền biểu mẫu đã được ' +
      'gửi và gửi về Sở Khoa học và Công nghệ tỉnh Bắc Ninh (0222 3822 xxx, khcn@bacninh.gov.vn) sớm nhất.',
  );
  // 2026-12-06T01:00:00Z is 08:00 on 06/12/2026 in Hà Nội (UTC+7).
  expect(late?.message).toContain('đã nhận tệp “so-tai-chinh.xlsx” lúc 06/12/2026 08:00, sau hạn 05/12/2026');
});

test('gives the same rows to the CSV table and the sheet', () => {
  const ctx = reportContext(withContacts, run);
  const list = reminders(ctx);
  const table = reminderTable(list);
  expect(table[0]).toEqual([
    'Mã đơn vị',
    'Đơn vị',
    'Tình trạng',
    'Người liên hệ',
    'Điện thoại',
    'Email',
    'Tệp',
    'Số lỗi',
    'Nội dung nhắc',
  ]);
  expect(table.slice(1).map((r) => r.slice(0, 3))).toEqual([
    ['thong-ke', 'Thống kê tỉnh', 'Chưa nộp'],
    ['so-tai-chinh', 'Sở Tài chính', 'Trễ hạn'],
  ]);
  const sheet = remindersSheet(ctx, list);
  expect(sheet.rows.map((r) => r.map((c) => c.v))).toEqual(
    table.slice(1).map((r) => r.map((v, i) => (i === 7 ? Number(v) : v === '' ? null : v))),
  );
});
