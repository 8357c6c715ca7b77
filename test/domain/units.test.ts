import {
  compareVi,
  indicatorsForUnit,
  loadCatalog,
  sortByNameVi,
  unitsForIndicator,
} from '../../src/domain/catalog';
import { UNIT_CATEGORIES } from '../../src/domain/catalog/schema';
import { col, readReference } from './reference-tables';

const catalog = loadCatalog();
const communes = readReference('bacninh-communes-2025.csv');
const codesFor = (unitId: string, role: 'lead' | 'cooperating') =>
  indicatorsForUnit(catalog, unitId)
    .filter((a) => a.role === role)
    .map((a) => a.indicator.code);

describe('registry', () => {
  it('has unique, stable ASCII ids and NFC names', () => {
    const ids = catalog.units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const u of catalog.units) {
      expect(u.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(u.nameVi).toBe(u.nameVi.normalize('NFC'));
      expect(u.nameEn.trim()).not.toBe('');
    }
  });

  it('holds every agency the plan names as lead or cooperating unit', () => {
    const expected: Record<string, string> = {
      'so-khcn': 'Sở Khoa học và Công nghệ',
      'so-tu-phap': 'Sở Tư pháp',
      'thong-ke': 'Thống kê tỉnh',
      'so-tai-chinh': 'Sở Tài chính',
      'so-cong-thuong': 'Sở Công Thương',
      'so-nnmt': 'Sở Nông nghiệp và Môi trường',
      'so-y-te': 'Sở Y tế',
      'so-noi-vu': 'Sở Nội vụ',
      'vp-ubnd': 'Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)',
      'lien-hiep-hoi': 'Liên hiệp các Hội khoa học và kỹ thuật tỉnh',
    };
    for (const [id, name] of Object.entries(expected)) {
      expect(catalog.units.find((u) => u.id === id)).toMatchObject({ nameVi: name, kind: 'agency' });
    }
  });

  it('includes the 99 communes and wards with their statistics codes and type', () => {
    const inRegistry = catalog.units.filter((u) => u.kind === 'commune');
    expect(inRegistry).toHaveLength(99);
    for (const row of communes) {
      const code = col(row, 'ma_nso');
      expect(catalog.units.find((u) => u.id === `xp-${code}`)).toMatchObject({
        nameVi: col(row, 'ten_day_du'),
        statCode: code,
        communeType: col(row, 'loai'),
        categories: ['commune'],
      });
    }
    expect(inRegistry.filter((u) => u.communeType === 'Phường')).toHaveLength(33);
    expect(inRegistry.filter((u) => u.communeType === 'Xã')).toHaveLength(66);
    expect(catalog.units.find((u) => u.id === 'xp-07210')?.nameEn).toBe('Bắc Giang Ward');
    expect(catalog.units.find((u) => u.id === 'xp-07246')?.nameEn).toBe('Xuân Lương Commune');
  });

  it('has at least one unit of every category, with a placeholder for each unlisted one', () => {
    for (const cat of UNIT_CATEGORIES) {
      expect([cat, catalog.units.some((u) => u.categories.includes(cat))]).toEqual([cat, true]);
    }
    const placeholders = catalog.units.filter((u) => u.kind === 'placeholder');
    const covered = new Set(placeholders.flatMap((u) => u.categories));
    for (const cat of ['research-university', 'st-organization', 'enterprise', 'telecom', 'association']) {
      expect(covered).toContain(cat);
    }
    expect(placeholders.map((u) => u.id)).toContain('vien-truong-mau');
  });
});

describe('indicators map the plan’s wording to units and categories', () => {
  // An independent reading of the "Đơn vị phối hợp" column.
  const NAMED: [RegExp, string][] = [
    [/Sở Tư [pP]háp/, 'so-tu-phap'],
    [/Thống kê tỉnh/, 'thong-ke'],
    [/Sở Khoa học và Công nghệ/, 'so-khcn'],
    [/Sở Công Thương/, 'so-cong-thuong'],
    [/Sở Nông nghiệp và Môi trường|Sở NN&MT/, 'so-nnmt'],
    [/Sở Y tế/, 'so-y-te'],
    [/Văn phòng UBND tỉnh/, 'vp-ubnd'],
    [/Liên hiệp các Hội/, 'lien-hiep-hoi'],
  ];
  const CATEGORIES: [RegExp, string][] = [
    [/xã, phường/, 'commune'],
    [/[Vv]iện|[Tt]rường Đại học/, 'research-university'],
    [/tổ chức KH&?CN/, 'st-organization'],
    [/doanh nghiệp|doanh ngành/, 'enterprise'],
    [/viễn thông/, 'telecom'],
    [/chính trị- ?xã hội/, 'association'],
    [/[Ss]ở, ban, ngành|sở, ngành|cơ quan/, 'department'],
  ];
  const LEADS: Record<string, string> = {
    'Sở Khoa học và Công nghệ': 'so-khcn',
    'Thống kê tỉnh': 'thong-ke',
    'Sở Tài chính': 'so-tai-chinh',
    'Sở Công Thương': 'so-cong-thuong',
    'Sở Nội vụ': 'so-noi-vu',
    'Sở Nông nghiệp và Môi trường': 'so-nnmt',
    'Văn phòng UBND tỉnh (Trung tâm Phục vụ HCC)': 'vp-ubnd',
  };

  it.each(catalog.indicators.map((i) => [i.code, i] as const))('%s', (_code, i) => {
    expect(i.leadUnitId).toBe(LEADS[i.leadUnitVi]);
    const named = NAMED.filter(([re]) => re.test(i.cooperatingVi)).map(([, id]) => id);
    expect([...i.cooperatingUnitIds].sort()).toEqual(named.sort());
    const read = CATEGORIES.filter(([re]) => re.test(i.cooperatingVi)).map(([, c]) => c);
    // "đơn vị, cá nhân có liên quan" (I.2) also covers those who do R&D: institutes, S&T organisations, firms.
    const extra = i.code === 'I.2' ? ['research-university', 'st-organization', 'enterprise'] : [];
    expect([...i.cooperatingCategories].sort()).toEqual([...read, ...extra].sort());
  });
});

describe('indicatorsForUnit', () => {
  it('gives a commune I.1 and I.6 as cooperating unit, and nothing to lead', () => {
    expect(codesFor('xp-07210', 'cooperating')).toEqual(['I.1', 'I.6']);
    expect(codesFor('xp-09529', 'lead')).toEqual([]);
  });

  it('gives the statistics office I.2 (and V.3, V.9) as lead', () => {
    expect(codesFor('thong-ke', 'lead')).toEqual(['I.2', 'V.3', 'V.9']);
    expect(codesFor('thong-ke', 'cooperating')).toEqual(expect.arrayContaining(['I.5', 'II.1', 'IV.5']));
    // it is not a provincial department, so "Các sở, ban, ngành" does not reach it
    expect(codesFor('thong-ke', 'cooperating')).not.toContain('III.1');
  });

  it('lists each indicator once, lead before cooperating when both apply', () => {
    const skhcn = indicatorsForUnit(catalog, 'so-khcn');
    const codes = skhcn.map((a) => a.indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(skhcn.find((a) => a.indicator.code === 'I.1')?.role).toBe('lead'); // also a "Sở, ban, ngành"
    expect(skhcn.find((a) => a.indicator.code === 'I.4')?.role).toBe('cooperating');
    expect(codesFor('so-khcn', 'lead')).toHaveLength(29);
  });

  it('reaches units through their category', () => {
    expect(codesFor('vien-truong-mau', 'cooperating')).toEqual(
      expect.arrayContaining(['I.3', 'I.6', 'I.7', 'II.1', 'II.7', 'III.8', 'III.14']),
    );
    expect(codesFor('vien-thong-mau', 'cooperating')).toEqual(['I.7']);
    expect(codesFor('doanh-nghiep-mau', 'cooperating')).toContain('IV.1');
    expect(codesFor('lien-hiep-hoi', 'cooperating')).toEqual(['II.9']);
  });

  it('gives an unknown unit nothing', () => {
    expect(indicatorsForUnit(catalog, 'khong-co')).toEqual([]);
  });
});

describe('unitsForIndicator', () => {
  it('returns the lead and the cooperating units sorted by Vietnamese name', () => {
    const { lead, cooperating } = unitsForIndicator(catalog, 'I.1');
    expect(lead.id).toBe('so-khcn');
    const ids = cooperating.map((u) => u.id);
    expect(ids).not.toContain('so-khcn');
    expect(ids).toContain('so-tu-phap');
    expect(cooperating.filter((u) => u.kind === 'commune')).toHaveLength(99);
    const names = cooperating.map((u) => u.nameVi);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('lists named agencies for I.5 exactly', () => {
    expect(
      unitsForIndicator(catalog, 'i.5')
        .cooperating.map((u) => u.id)
        .sort(),
    ).toEqual(['so-khcn', 'thong-ke']);
  });

  it('throws on an unknown indicator', () => {
    expect(() => unitsForIndicator(catalog, 'VI.1')).toThrow(RangeError);
  });
});

describe('Vietnamese sorting', () => {
  it('sorts Đ after D and compares NFC and NFD alike', () => {
    const sorted = sortByNameVi([{ nameVi: 'Đông Cứu' }, { nameVi: 'Dương Hưu' }, { nameVi: 'An Lạc' }]);
    expect(sorted.map((x) => x.nameVi)).toEqual(['An Lạc', 'Dương Hưu', 'Đông Cứu']);
    expect(compareVi('Phúc Hòa', 'Phúc Hòa'.normalize('NFD'))).toBe(0);
  });
});
