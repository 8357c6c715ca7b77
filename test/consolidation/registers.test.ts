/**
 * Registers in a consolidation run: the used files' register rows united over the units (a DOI
 * shared by two units counts once), rows of a superseded file never count, and the workbook gets
 * one sheet per register with who listed each item and the possible duplicates.
 */
import { buildRun } from '../../src/domain/consolidation';
import { buildReport } from '../../src/domain/report/build-report';
import { catalog } from '../validation/helpers';
import { file, OPTIONS, PUB } from './register-fixtures';

describe('registers in the run', () => {
  const run = buildRun(
    catalog,
    [
      file('so-khcn', 'so-khcn.xlsx', [
        ['10.1000/shared', 'Bài chung', 2026],
        ['10.1000/khcn', 'Bài của Sở', 2026],
        [null, 'Lúa chịu mặn', 2026],
      ]),
      file('thong-ke', 'thong-ke.xlsx', [
        ['https://doi.org/10.1000/SHARED', 'Bài chung', 2026],
        [null, 'LÚA chịu mặn!', 2026],
      ]),
      // An older file of the statistics office: superseded, its rows never count.
      file('thong-ke', 'thong-ke-cu.xlsx', [['10.1000/old-only', 'Bài cũ', 2026]], '2026-11-01T03:00:00Z'),
    ],
    OPTIONS,
  );

  it('unites the used files’ rows: 5 rows read, the shared DOI once, title-only rows kept apart', () => {
    const [pubs] = run.registers ?? [];
    expect(pubs?.register).toBe('publications');
    expect(pubs?.rowsRead).toBe(5);
    expect(pubs?.items.map((i) => [i.key ?? null, i.reporters])).toEqual([
      ['10.1000/khcn', ['so-khcn']],
      ['10.1000/shared', ['so-khcn', 'thong-ke']],
      [null, ['so-khcn']],
      [null, ['thong-ke']],
    ]);
    expect(pubs?.duplicatesRemoved).toBe(1);
    expect(pubs?.items[2]?.possibleDuplicates).toEqual([4]);
  });

  it('writes one sheet per register: who listed each item, how many, possible duplicates, where', () => {
    const sheet = buildReport(catalog, run).sheets.find((s) => s.name === PUB.sheetVi);
    const col = (h: string) => sheet?.columns.findIndex((c) => c.header === h) ?? -1;
    const shared = sheet?.rows[1];
    expect(shared?.[col('DOI')]?.v).toBe('10.1000/shared');
    expect(shared?.[col('Báo cáo bởi')]?.v).toBe('Sở Khoa học và Công nghệ; Thống kê tỉnh');
    expect(shared?.[col('Số đơn vị báo cáo')]?.v).toBe(2);
    expect(String(shared?.[col('Nơi kê khai (tệp · trang · dòng)')]?.v)).toBe(
      'so-khcn.xlsx · DS Công bố · dòng 4\nthong-ke.xlsx · DS Công bố · dòng 4',
    );
    expect(sheet?.rows[2]?.[col('Có thể trùng')]?.v).toBe('với mục 4');
    expect(sheet?.table?.name).toBe('TongHop_DS_PUBLICATIONS');
  });

  it('a run without register rows has no register sheet', () => {
    const plain = buildRun(catalog, [], OPTIONS);
    expect(plain.registers).toBeUndefined();
    expect(buildReport(catalog, plain).sheets.map((s) => s.name)).not.toContain(PUB.sheetVi);
  });
});
