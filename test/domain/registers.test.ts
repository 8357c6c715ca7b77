/**
 * Registers: rows read and checked cell by cell, and the union over units — each item once, with
 * provenance, "có thể trùng" for title-only matches, and the written rule for disagreements.
 * Expected values are worked out by hand in the comments.
 */
import { registerDef } from '../../src/domain/registers/definitions';
import { issnOk, readRegisterRows, titleKeyOf, type RegisterTable } from '../../src/domain/registers/rows';
import { unionRegister, type ReportedRow } from '../../src/domain/registers/union';
import { renderIssue } from '../../src/domain/issues';
import type { UserCell } from '../../src/domain/user-table';

const PUB = registerDef('publications');
const PUB_HEADER = PUB.columns.map((c) => c.headerVi);

/** A table from rows of { header: value }; the header is sheet row 3 and the table starts in column A. */
function table(file: string, headers: readonly string[], rows: Record<string, UserCell>[]): RegisterTable {
  return {
    file,
    sheet: 'DS',
    firstColumn: 1,
    rows: [
      { row: 3, cells: [...headers] },
      ...rows.map((r, i) => ({ row: 4 + i, cells: headers.map((h) => r[h] ?? null) })),
    ],
  };
}

const paper = (doi: string | null, title: string, more: Record<string, UserCell> = {}) => ({
  DOI: doi,
  'Tên bài': title,
  'Loại công bố': 'Bài báo quốc tế',
  'Năm xuất bản': 2026,
  ...more,
});

describe('reading one unit’s publications', () => {
  it('normalises DOIs, checks each cell and names the sheet cell; a repeated DOI counts once', () => {
    const t = table('vien.xlsx', PUB_HEADER, [
      paper('https://doi.org/10.1234/ABC.1', 'Bài một'),
      paper('doi:10.1234/abc.1', 'Bài một (lặp)'), // same DOI → warning, not counted
      paper('10.1234', 'Bài hai'), // not a DOI → error in A6, row kept without DOI
      paper(null, 'Bài ba', { 'Năm xuất bản': 'năm ngoái' }), // required year invalid → not an item
      paper(null, '  Bài   BỐN!  ', { 'Nhóm tạp chí (Q1–Q4)': 'q1', 'WoS/Scopus': 'có' }),
    ]);
    const { rows, issues } = readRegisterRows(PUB, t);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['REGISTER_DUPLICATE_IN_UNIT', 'A5'],
      ['REGISTER_VALUE_INVALID', 'A6'],
      ['REGISTER_VALUE_INVALID', 'F7'],
    ]);
    expect(renderIssue(issues[1]!, 'vi')).toContain('trang “DS”, ô A6');
    // Rows with a DOI carry no title key (the union works it out when some row has no identity).
    expect(rows.map((r) => [r.source.row, r.key, r.titleKey ?? titleKeyOf(PUB, r.values)])).toEqual([
      [4, '10.1234/abc.1', 'bai mot|2026'],
      [6, undefined, 'bai hai|2026'],
      [8, undefined, 'bai bon|2026'],
    ]);
    expect(rows[0]?.titleKey).toBeUndefined();
    expect(rows[2]?.values).toMatchObject({ quartile: 'Q1', indexed: true });
  });

  it('ISSN check digit (mod 11, X = 10)', () => {
    // 0378-5955: 0·8+3·7+7·6+8·5+5·4+9·3+5·2 = 160; 160 mod 11 = 6; 11 − 6 = 5 ✓
    expect(issnOk('0378-5955')).toBe(true);
    expect(issnOk('0378-5954')).toBe(false);
    // 2049-3630: 2·8+0+4·6+9·5+3·4+6·3+3·2 = 121 ≡ 0 → check 0 ✓
    expect(issnOk('2049-3630')).toBe(true);
  });
});

describe('the union over units', () => {
  const rowsOf = (unitId: string, t: RegisterTable): ReportedRow[] =>
    readRegisterRows(PUB, t).rows.map((row) => ({ unitId, row }));

  const khcn = rowsOf(
    'so-khcn',
    table('so-khcn.xlsx', PUB_HEADER, [
      paper('10.1000/shared', 'Bài chung', {
        'Số trích dẫn': 4,
        'Ngày tra cứu': '01/11/2026',
        'Nhóm tạp chí (Q1–Q4)': 'Q2',
      }),
      paper(null, 'Nghiên cứu lúa chịu mặn', { 'Năm xuất bản': 2026 }),
    ]),
  );
  const uni = rowsOf(
    'dh-nong-lam',
    table('dh.xlsx', PUB_HEADER, [
      // The same paper with the URL prefix, a later look-up with more citations, another quartile.
      paper('https://doi.org/10.1000/SHARED', 'Bài chung', {
        'Số trích dẫn': 7,
        'Ngày tra cứu': '20/11/2026',
        'Nhóm tạp chí (Q1–Q4)': 'Q1',
      }),
      paper('10.1000/only-uni', 'Bài riêng'),
      // A near-duplicate by title (accents, case, punctuation) and year, without DOI.
      paper(null, 'NGHIÊN CỨU lúa chịu mặn.', { 'Năm xuất bản': 2026 }),
    ]),
  );
  const u = unionRegister(PUB, [...uni, ...khcn]);

  it('counts a DOI once however written, and keeps who listed it, where', () => {
    // 5 rows: shared ×2 → 1 item; only-uni; two title-only rows stay 2 items → 4 items.
    expect(u.rowsRead).toBe(5);
    expect(u.items).toHaveLength(4);
    expect(u.duplicatesRemoved).toBe(1);
    const shared = u.items.find((i) => i.key === '10.1000/shared');
    expect(shared?.reporters).toEqual(['dh-nong-lam', 'so-khcn']);
    expect(shared?.sources.map((s) => [s.unitId, s.file, s.sheet, s.row])).toEqual([
      ['dh-nong-lam', 'dh.xlsx', 'DS', 4],
      ['so-khcn', 'so-khcn.xlsx', 'DS', 4],
    ]);
  });

  it('takes citations from the latest look-up and other attributes from the lead, listing each disagreement', () => {
    const shared = u.items.find((i) => i.key === '10.1000/shared');
    expect(shared?.values.citations).toBe(7); // 20/11 is later than 01/11
    expect(shared?.values.quartile).toBe('Q2'); // so-khcn leads the publications register
    expect(u.disagreements.map((d) => [d.params.column, d.params.used])).toEqual([
      ['Nhóm tạp chí (Q1–Q4)', 'Q2 (so-khcn)'],
      ['Số trích dẫn', '7 (dh-nong-lam)'],
      ['Ngày tra cứu', '2026-11-20 (dh-nong-lam)'],
    ]);
  });

  it('never merges title-only rows: both are marked as possible duplicates of each other', () => {
    const noKey = u.items.filter((i) => i.key === undefined);
    expect(noKey).toHaveLength(2);
    const [a, b] = noKey;
    expect(a?.possibleDuplicates).toEqual([b?.id]);
    expect(b?.possibleDuplicates).toEqual([a?.id]);
    expect(u.items.find((i) => i.key === '10.1000/only-uni')?.possibleDuplicates).toEqual([]);
  });

  it('gives the same union whatever the order of the units', () => {
    expect(unionRegister(PUB, [...khcn, ...uni])).toEqual(u);
  });
});

describe('other registers’ identities', () => {
  it('the same patent application from two units, an enterprise from three, a contract from both sides', () => {
    const ip = registerDef('ip');
    const ipHeader = ip.columns.map((c) => c.headerVi);
    const app = (n: string, title: string) => ({
      'Số đơn': n,
      'Ngày nộp': '10/03/2026',
      Loại: 'Sáng chế',
      'Tên đối tượng': title,
    });
    const ipUnion = unionRegister(ip, [
      ...readRegisterRows(ip, table('a.xlsx', ipHeader, [app('1-2026-01234', 'Máy sấy')])).rows.map(
        (row) => ({ unitId: 'so-khcn', row }),
      ),
      ...readRegisterRows(
        ip,
        table('b.xlsx', ipHeader, [app('1 - 2026 - 01234', 'Máy sấy nông sản')]),
      ).rows.map((row) => ({
        unitId: 'vien-a',
        row,
      })),
    ]);
    expect(ipUnion.items).toHaveLength(1);
    expect(ipUnion.items[0]?.reporters).toEqual(['so-khcn', 'vien-a']);

    const ent = registerDef('enterprises');
    const entHeader = ent.columns.map((c) => c.headerVi);
    // 0100109106: 0·31+1·29+0·23+0·19+1·17+0·13+9·7+1·5+0·3 = 114; 114 mod 11 = 4; 10 − 4 = 6 ✓
    const firm = (code: string) => ({
      'Mã số thuế': code,
      'Tên doanh nghiệp': 'Công ty A',
      Loại: 'Doanh nghiệp KH&CN',
    });
    const entUnion = unionRegister(
      ent,
      ['so-cong-thuong', 'so-khcn', 'xp-07210'].flatMap((unitId, i) =>
        readRegisterRows(
          ent,
          table(`${unitId}.xlsx`, entHeader, [firm(['0100109106', '0100 109 106', '0100.109.106'][i]!)]),
        ).rows.map((row) => ({ unitId, row })),
      ),
    );
    expect(entUnion.items.map((i) => [i.key, i.reporters.length])).toEqual([['0100109106', 3]]);
    // A wrong check digit is an error at the cell, and no identity.
    const wrong = readRegisterRows(ent, table('x.xlsx', entHeader, [firm('0100109107')]));
    expect(wrong.issues.map((i) => [i.code, i.cell])).toEqual([['REGISTER_VALUE_INVALID', 'A4']]);
    expect(wrong.rows[0]?.key).toBeUndefined();

    const con = registerDef('contracts');
    const conHeader = con.columns.map((c) => c.headerVi);
    const contract = (n: string) => ({
      'Số hợp đồng': n,
      'Ngày ký': '05/06/2026',
      'Loại hợp đồng': 'Chuyển giao công nghệ',
      'Tên công nghệ': 'Công nghệ B',
      'Giá trị (triệu đồng)': 850,
    });
    const conUnion = unionRegister(con, [
      ...readRegisterRows(con, table('ban.xlsx', conHeader, [contract('Số 15/2026/HĐ-CGCN')])).rows.map(
        (row) => ({ unitId: 'vien-a', row }),
      ),
      ...readRegisterRows(con, table('mua.xlsx', conHeader, [contract('15/2026/hđ-cgcn')])).rows.map(
        (row) => ({ unitId: 'dn-b', row }),
      ),
    ]);
    // One contract, 850 million once (not 1 700).
    expect(conUnion.items).toHaveLength(1);
    expect(conUnion.items[0]?.values.value).toBe(850);
  });
});
