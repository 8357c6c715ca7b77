import { loadCatalog } from '../../src/domain/catalog';
import { buildDictionary, DICTIONARY_COLUMNS, formulaInWords } from '../../src/domain/dictionary';

const catalog = loadCatalog();
const rows = buildDictionary(catalog);
const rowOf = (code: string) => {
  const row = rows.find((r) => r.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
};

describe('Từ điển chỉ số', () => {
  it('has one row per indicator, in catalogue order', () => {
    expect(rows).toHaveLength(50);
    expect(rows.map((r) => r.code)).toEqual(catalog.indicators.map((i) => i.code));
  });

  it('declares unique columns with Vietnamese and English headers', () => {
    const keys = DICTIONARY_COLUMNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of DICTIONARY_COLUMNS) {
      expect(c.headerVi.trim()).not.toBe('');
      expect(c.headerEn.trim()).not.toBe('');
    }
    for (const key of [
      'code',
      'nameVi',
      'nameEn',
      'group',
      'stage',
      'unitOfMeasure',
      'components',
      'formula',
    ]) {
      expect(keys).toContain(key);
    }
    for (const key of ['aggregation', 'lead', 'cooperating', 'targets', 'definitionStatus']) {
      expect(keys).toContain(key);
    }
  });

  it.each(rows.map((r) => [r.code, r] as const))('%s fills every column', (_code, row) => {
    expect(Object.keys(row).sort()).toEqual(DICTIONARY_COLUMNS.map((c) => c.key).sort());
    for (const c of DICTIONARY_COLUMNS)
      expect([c.key, (row[c.key] ?? '').trim() !== '']).toEqual([c.key, true]);
  });

  it('lists each component with its unit and bounds, one per line', () => {
    const i2 = rowOf('I.2');
    const lines = i2.components?.split('\n') ?? [];
    expect(lines).toHaveLength(catalog.indicators.find((i) => i.code === 'I.2')?.components.length ?? 0);
    const population = lines.find((l) => l.includes('Dân số trung bình'));
    expect(population).toContain('Dân số trung bình của tỉnh (người; 0–20.000.000');
    expect(population).toContain('nhập: chỉ Thống kê tỉnh');
    expect(population).toContain('dân số tham chiếu chung');
    expect(lines[0]).toContain('toàn tỉnh: số chính thức của Thống kê tỉnh');
    expect(rowOf('V.5').components).toContain('01/01/2020–31/12/2030');
    expect(rowOf('III.1').components).toContain('(mức TRL; 1–9;');
  });

  it('explains formulas with the components’ own labels', () => {
    expect(rowOf('I.2').formula).toBe(
      'Số nhân lực quy đổi toàn thời gian (FTE) ÷ Dân số trung bình của tỉnh × 10.000',
    );
    expect(rowOf('II.3').formula).toContain('÷ Số bài báo quốc tế (WoS/Scopus) (tỷ lệ %)');
    expect(rowOf('III.7').formula?.split(' + ')).toHaveLength(3);
    expect(rowOf('II.1').formula).toContain('nhập trực tiếp');
    const ii7 = catalog.indicators.find((i) => i.code === 'II.7');
    expect(ii7 && formulaInWords(ii7)).toContain('Chỉ số h');
  });

  it('says how the province value is aggregated, in Vietnamese', () => {
    expect(rowOf('II.7').aggregation).toContain('không cộng chỉ số h');
    expect(rowOf('I.2').aggregation).toContain('không lấy trung bình tỷ lệ');
  });

  it('shows related targets with name and reading confidence', () => {
    expect(rowOf('I.2').targets).toContain('B.10 Số người thực hiện công tác nghiên cứu khoa học');
    expect(rowOf('I.2').targets).toContain('[độ tin cậy: cao]');
    expect(rowOf('III.2').targets).toContain('C.7');
    expect(rowOf('III.2').targets).toContain('thấp'); // C.7's 2025 value is a guess
    expect(rowOf('I.3').targets).toBe('Không có chỉ tiêu tương ứng');
  });

  it('keeps the plan’s wording for lead and cooperating units, and the definition status', () => {
    expect(rowOf('V.5').lead).toBe('Văn phòng UBND tỉnh (Trung tâm Phục vụ HCC)');
    expect(rowOf('I.1').cooperating).toBe(
      'Sở Tư pháp; Các Sở, ban, ngành; UBND xã, phường trên địa bàn tỉnh',
    );
    expect(rowOf('I.1').definitionStatus).toContain('tạm thời');
    expect(rowOf('I.1').stage).toBe('Đầu vào (Input)');
    expect(rowOf('IV.1').stage).toBe('Hiệu quả (Outcome)');
  });
});
