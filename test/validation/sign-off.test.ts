/**
 * The sign-off block and the completion rule: complete only when marked "Hoàn thành", signed
 * (preparer, head, date) and free of errors; every other state is a draft, said so at its cell.
 */
import { analyzeTemplate } from '../../src/domain/validation';
import { inputName } from '../../src/domain/template/names';
import { catalog, codes, EMPTY, num, SIGNED, TestReading, txt } from './helpers';

const UNIT = 'thong-ke';
const analyse = (r: TestReading) => analyzeTemplate(catalog, r.build(), { file: 'tk.xlsx' });
const markCell = (r: TestReading): string =>
  r.layout.signOff?.find((s) => s.field === 'complete')?.range ?? '?';

describe('the sign-off block in the template', () => {
  it('sits below the indicators on the data sheet, five named cells in column E, the mark a drop-down', () => {
    const { layout } = new TestReading(UNIT);
    expect(layout.signOff?.map((s) => [s.field, s.name, s.sheet])).toEqual([
      ['preparer', 'KHCN_KY_NGUOI_LAP', 'Nhập liệu'],
      ['phone', 'KHCN_KY_DIEN_THOAI', 'Nhập liệu'],
      ['head', 'KHCN_KY_THU_TRUONG', 'Nhập liệu'],
      ['signedOn', 'KHCN_KY_NGAY', 'Nhập liệu'],
      ['complete', 'KHCN_HOAN_THANH', 'Nhập liệu'],
    ]);
    const lastInputRow = Math.max(...layout.inputs.map((i) => Number(/(\d+)$/.exec(i.range)?.[1])));
    const rows = layout.signOff?.map((s) => Number(s.range.slice(1))) ?? [];
    expect(rows[0]).toBeGreaterThan(lastInputRow);
    expect(rows).toEqual(rows.map((_, i) => (rows[0] ?? 0) + i));
    const data = layout.sheets.find((s) => s.name === 'Nhập liệu');
    const mark = data?.cells.find((c) => c.address === markCell(new TestReading(UNIT)));
    expect(mark).toMatchObject({ value: 'Chưa hoàn thành', locked: false });
    expect(mark?.validation).toMatchObject({ kind: 'list', items: ['Hoàn thành', 'Chưa hoàn thành'] });
    // The mark's status cell counts the indicators' "Lỗi" statuses above it.
    const status = data?.cells.find((c) => c.address === `H${markCell(new TestReading(UNIT)).slice(1)}`);
    expect(status?.formula).toContain('KHCN_HOAN_THANH="Hoàn thành"');
    expect(status?.formula).toMatch(/COUNTIF\(H4:H\d+,"Lỗi\*"\)/);
  });
});

describe('the completion rule', () => {
  it('a template without the block (older version) is unmarked, without an issue', () => {
    const a = analyse(new TestReading(UNIT));
    expect(a.values.signOff).toEqual({ completion: 'unmarked' });
    expect(codes(a.issues)).toEqual([]);
  });

  it('the default mark "Chưa hoàn thành" is a draft: one info at the mark', () => {
    const r = new TestReading(UNIT).signOff({ ...SIGNED, complete: txt('Chưa hoàn thành') });
    const a = analyse(r);
    expect(a.values.signOff?.completion).toBe('draft');
    expect(a.issues.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([
      ['FILE_NOT_COMPLETE', 'info', 'Nhập liệu', markCell(r)],
    ]);
  });

  it('marked, signed and without errors: complete, with who signed and when', () => {
    const a = analyse(new TestReading(UNIT).signOff());
    expect(codes(a.issues)).toEqual([]);
    expect(a.values.signOff).toEqual({
      completion: 'complete',
      preparer: 'Nguyễn Văn An',
      phone: '0222 3822 123',
      head: 'Trần Thị Bình',
      signedOn: '2026-12-03',
    });
  });

  it('the mark typed by hand without accents still counts; a date typed as text is read', () => {
    const r = new TestReading(UNIT).signOff({
      ...SIGNED,
      complete: txt('hoan thanh'),
      signedOn: txt('03/12/2026'),
    });
    const a = analyse(r);
    expect(a.values.signOff?.completion).toBe('complete');
    expect(a.values.signOff?.signedOn).toBe('2026-12-03');
    expect(codes(a.issues)).toEqual(['DATE_AS_TEXT']);
  });

  it('marked but the head of unit and the date are blank: two errors and the mark is blocked', () => {
    const r = new TestReading(UNIT).signOff({ ...SIGNED, head: EMPTY, signedOn: EMPTY });
    const a = analyse(r);
    expect(a.values.signOff?.completion).toBe('blocked');
    expect(a.issues.map((i) => [i.code, i.definedName, i.params.fieldVi ?? i.params.errors])).toEqual([
      ['SIGN_OFF_MISSING', 'KHCN_KY_THU_TRUONG', 'Thủ trưởng đơn vị (họ và tên)'],
      ['SIGN_OFF_MISSING', 'KHCN_KY_NGAY', 'Ngày ký'],
      ['COMPLETE_WITH_ERRORS', 'KHCN_HOAN_THANH', 2],
    ]);
  });

  it('marked with an error in the figures: blocked, the message counts the errors', () => {
    const r = new TestReading(UNIT).signOff().set(inputName('I.2', 'fte'), num(-1));
    const a = analyse(r);
    expect(a.values.signOff?.completion).toBe('blocked');
    const last = a.issues.at(-1);
    expect(last).toMatchObject({ code: 'COMPLETE_WITH_ERRORS', severity: 'error', cell: markCell(r) });
    const errorsBefore = a.issues.slice(0, -1).filter((i) => i.severity === 'error').length;
    expect(errorsBefore).toBe(1);
    expect(last?.params).toEqual({ errors: 1 });
  });

  it('a warning does not block: a phone number that is not one is a warning, the file stays complete', () => {
    const a = analyse(new TestReading(UNIT).signOff({ ...SIGNED, phone: txt('gọi chị An') }));
    expect(a.issues.map((i) => [i.code, i.severity])).toEqual([['SIGN_OFF_PHONE_INVALID', 'warning']]);
    expect(a.values.signOff?.completion).toBe('complete');
  });
});
