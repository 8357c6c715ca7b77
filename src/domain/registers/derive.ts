/**
 * Which indicator components are counted from which register, and how: one row per component
 * (the items that count, and whether the component is their number, the sum of a column or the
 * list of a column's values). The same rows give a unit's own figure from its own list (validation)
 * and the province's from the de-duplicated union (consolidation), and README's table.
 */
import type { RegisterKey } from '../catalog/schema';
import { yearOfValue, type RegisterValue } from './rows';

type Values = Readonly<Record<string, RegisterValue>>;

/** Which items count, given the report year. */
export interface ItemFilter {
  /** Each listed column must hold one of its values. */
  match?: readonly { column: string; values: readonly string[] }[];
  /** Yes/no columns that must say "Có". */
  yes?: readonly string[];
  /** A year or date column that must fall in [year − back, year]; items without it do not count. */
  period?: { column: string; back?: number };
}

export type Measure = { count: true } | { sum: string } | { list: string };

export interface Derivation {
  indicator: string;
  /** The component that gets the figure (for III.1 the first TRL slot gets every level). */
  component: string;
  /** Other components the register's figure stands in for (III.1: the other TRL slots). */
  replaces?: readonly string[];
  /** A column whose groups also get the figure's h-index each (II.7: research groups). */
  hIndexBy?: string;
  register: RegisterKey;
  filter: ItemFilter;
  measure: Measure;
  /** The rule in words, for the dictionary and README. */
  ruleVi: string;
  ruleEn: string;
}

const INTL = { column: 'kind', values: ['Bài báo quốc tế'] } as const;
const PATENTS = { column: 'kind', values: ['Sáng chế', 'Giải pháp hữu ích'] } as const;

const d = (
  indicator: string,
  component: string,
  register: RegisterKey,
  filter: ItemFilter,
  measure: Measure,
  ruleVi: string,
  ruleEn: string,
): Derivation => ({ indicator, component, register, filter, measure, ruleVi, ruleEn });

const COUNT: Measure = { count: true };

/** IP items of some kinds counted by the year of a date column (filed: III.2, granted: III.7). */
const ipByKind =
  (indicator: string, period: string, vi: (name: string) => string, en: (name: string) => string) =>
  ([component, kinds, nameVi, nameEn]: readonly [string, readonly string[], string, string]): Derivation =>
    d(
      indicator,
      component,
      'ip',
      { match: [{ column: 'kind', values: kinds }], period: { column: period } },
      COUNT,
      vi(nameVi),
      en(nameEn),
    );

export const DERIVATIONS: readonly Derivation[] = [
  d(
    'I.1',
    'legal_docs',
    'documents',
    { match: [{ column: 'kind', values: ['Văn bản quy phạm pháp luật'] }], period: { column: 'issued' } },
    COUNT,
    'văn bản quy phạm pháp luật ban hành trong năm',
    'legal normative documents issued in the year',
  ),
  d(
    'I.1',
    'policy_docs',
    'documents',
    {
      match: [{ column: 'kind', values: ['Chính sách, chương trình, đề án'] }],
      period: { column: 'issued' },
    },
    COUNT,
    'chính sách, chương trình, đề án ban hành trong năm',
    'policies, programmes and plans issued in the year',
  ),
  d(
    'I.3',
    'strong_groups',
    'infrastructure',
    { match: [{ column: 'kind', values: ['Nhóm nghiên cứu mạnh'] }] },
    COUNT,
    'nhóm nghiên cứu mạnh',
    'strong research groups',
  ),
  d(
    'I.6',
    'labs',
    'infrastructure',
    { match: [{ column: 'kind', values: ['Phòng thí nghiệm'] }] },
    COUNT,
    'phòng thí nghiệm',
    'laboratories',
  ),
  d(
    'I.6',
    'innovation_facilities',
    'infrastructure',
    { match: [{ column: 'kind', values: ['Cơ sở ĐMST'] }] },
    COUNT,
    'cơ sở ĐMST',
    'innovation facilities',
  ),
  d(
    'I.6',
    'equipment_value',
    'infrastructure',
    {},
    { sum: 'value' },
    'tổng giá trị trang thiết bị của mọi dòng',
    'total equipment value of every row',
  ),
  d(
    'I.7',
    'research_computing',
    'infrastructure',
    { match: [{ column: 'kind', values: ['Hạ tầng tính toán'] }] },
    COUNT,
    'hạ tầng tính toán',
    'computing infrastructure',
  ),
  ...(['II.1:papers', 'II.3:intl_papers', 'II.4:intl_papers', 'II.8:intl_papers'] as const).map((k) => {
    const [ind = '', comp = ''] = k.split(':');
    return d(
      ind,
      comp,
      'publications',
      { match: [INTL], yes: ['indexed'], period: { column: 'year' } },
      COUNT,
      'bài báo quốc tế, WoS/Scopus = Có, xuất bản trong năm',
      'international papers, WoS/Scopus = yes, published in the year',
    );
  }),
  d(
    'II.2',
    'papers',
    'publications',
    { match: [{ column: 'kind', values: ['Bài báo trong nước'] }], period: { column: 'year' } },
    COUNT,
    'bài báo trong nước xuất bản trong năm',
    'domestic papers published in the year',
  ),
  d(
    'II.3',
    'q1_papers',
    'publications',
    { match: [INTL, { column: 'quartile', values: ['Q1'] }], yes: ['indexed'], period: { column: 'year' } },
    COUNT,
    'bài báo quốc tế, WoS/Scopus = Có, xuất bản trong năm, nhóm tạp chí = Q1',
    'international papers, WoS/Scopus = yes, published in the year, quartile = Q1',
  ),
  d(
    'II.4',
    'intl_coauthored',
    'publications',
    { match: [INTL], yes: ['indexed', 'foreign'], period: { column: 'year' } },
    COUNT,
    'bài báo quốc tế trong năm có đồng tác giả nước ngoài = Có',
    "the year's international papers with a foreign co-author = yes",
  ),
  ...(
    [
      ['monographs', 'Sách chuyên khảo', 'monographs'],
      ['textbooks', 'Giáo trình', 'textbooks'],
      ['teaching_materials', 'Tài liệu giảng dạy', 'teaching materials'],
    ] as const
  ).map(([comp, kind, en]) =>
    d(
      'II.5',
      comp,
      'publications',
      { match: [{ column: 'kind', values: [kind] }], period: { column: 'year' } },
      COUNT,
      `${kind.toLowerCase()} xuất bản trong năm`,
      `${en} published in the year`,
    ),
  ),
  d(
    'II.6',
    'citations',
    'publications',
    { match: [INTL], yes: ['indexed'], period: { column: 'year', back: 4 } },
    { sum: 'citations' },
    'tổng số trích dẫn của bài báo quốc tế xuất bản trong 5 năm (năm báo cáo và 4 năm trước)',
    'citations of the international papers of the 5-year window (report year and the 4 before)',
  ),
  d(
    'II.6',
    'papers',
    'publications',
    { match: [INTL], yes: ['indexed'], period: { column: 'year', back: 4 } },
    COUNT,
    'bài báo quốc tế xuất bản trong 5 năm (năm báo cáo và 4 năm trước)',
    'international papers of the same 5-year window',
  ),
  {
    ...d(
      'II.7',
      'citations',
      'publications',
      { match: [INTL] },
      { list: 'citations' },
      'số trích dẫn của từng bài báo quốc tế trong danh sách (mỗi bài một lần); h cả danh sách và h từng nhóm nghiên cứu',
      'citations of each international paper listed (each paper once); h of the list and of each research group',
    ),
    hIndexBy: 'group',
  },
  {
    // The register's levels stand in for all ten typed TRL slots.
    ...d(
      'III.1',
      'trl_1',
      'tasks',
      { period: { column: 'year' } },
      { list: 'trl' },
      'mức TRL của mọi nhiệm vụ nghiệm thu trong năm (mỗi mã nhiệm vụ một lần)',
      'TRL of every task accepted in the year (each task code once)',
    ),
    replaces: [2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => `trl_${i}`),
  },
  ...(
    [
      [
        'patent_utility_apps',
        PATENTS.values,
        'đơn sáng chế, giải pháp hữu ích',
        'patent and utility solution',
      ],
      ['design_apps', ['Kiểu dáng công nghiệp'], 'đơn kiểu dáng công nghiệp', 'industrial design'],
      ['trademark_apps', ['Nhãn hiệu'], 'đơn nhãn hiệu', 'trademark'],
      [
        'other_apps',
        ['Giống cây trồng', 'Thiết kế bố trí mạch tích hợp', 'Khác'],
        'đơn giống cây trồng, thiết kế bố trí và khác',
        'plant variety, layout design and other',
      ],
    ] as const
  ).map(
    ipByKind(
      'III.2',
      'filed',
      (vi) => `${vi} nộp trong năm`,
      (en) => `${en} applications filed in the year`,
    ),
  ),
  ...(
    [
      ['patents_utility', PATENTS.values, 'sáng chế, giải pháp hữu ích', 'patents and utility solutions'],
      ['ic_layouts', ['Thiết kế bố trí mạch tích hợp'], 'thiết kế bố trí mạch tích hợp', 'IC layout designs'],
      ['varieties', ['Giống cây trồng'], 'giống cây trồng', 'plant varieties'],
    ] as const
  ).map(
    ipByKind(
      'III.7',
      'granted',
      (vi) => `văn bằng ${vi} cấp trong năm`,
      (en) => `${en} granted in the year`,
    ),
  ),
  d(
    'III.8',
    'results',
    'tasks',
    { period: { column: 'year', back: 2 } },
    COUNT,
    'nhiệm vụ nghiệm thu trong 3 năm (năm báo cáo và 2 năm trước)',
    'tasks accepted in the 3-year window',
  ),
  d(
    'III.8',
    'commercialised',
    'tasks',
    { yes: ['commercialised'], period: { column: 'year', back: 2 } },
    COUNT,
    'nhiệm vụ nghiệm thu trong 3 năm, đã thương mại hoá = Có',
    'tasks accepted in the 3-year window, commercialised = yes',
  ),
  ...(
    [
      ['IV.1', 'licence_contracts', 'ip_revenue', 'Li-xăng, chuyển nhượng quyền SHTT', 'licence'],
      ['IV.2', 'transfer_contracts', 'transfer_revenue', 'Chuyển giao công nghệ', 'technology-transfer'],
    ] as const
  ).flatMap(([ind, count, revenue, kind, en]) => [
    d(
      ind,
      count,
      'contracts',
      { match: [{ column: 'kind', values: [kind] }], period: { column: 'signed' } },
      COUNT,
      `hợp đồng “${kind}” ký trong năm`,
      `${en} contracts signed in the year`,
    ),
    d(
      ind,
      revenue,
      'contracts',
      { match: [{ column: 'kind', values: [kind] }], period: { column: 'signed' } },
      { sum: 'value' },
      `tổng giá trị hợp đồng “${kind}” ký trong năm`,
      `total value of the ${en} contracts signed in the year`,
    ),
  ]),
  ...(
    [
      ['IV.5', 'beneficiaries'],
      ['V.3', 'applying_enterprises'],
    ] as const
  ).map(([ind, comp]) =>
    d(
      ind,
      comp,
      'enterprises',
      { yes: ['usesResults'] },
      COUNT,
      'doanh nghiệp có “Sử dụng kết quả nghiên cứu” = Có',
      'enterprises using research results = yes',
    ),
  ),
  d(
    'IV.6',
    'innovative_startups',
    'enterprises',
    { match: [{ column: 'kind', values: ['Khởi nghiệp sáng tạo'] }], period: { column: 'founded' } },
    COUNT,
    'khởi nghiệp sáng tạo thành lập trong năm',
    'innovative start-ups founded in the year',
  ),
  d(
    'IV.6',
    'st_enterprises',
    'enterprises',
    { match: [{ column: 'kind', values: ['Doanh nghiệp KH&CN'] }], period: { column: 'certified' } },
    COUNT,
    'doanh nghiệp KH&CN được chứng nhận trong năm',
    'S&T enterprises certified in the year',
  ),
  d(
    'V.4',
    'documents',
    'documents',
    { yes: ['usesResults'], period: { column: 'issued' } },
    COUNT,
    'văn bản ban hành trong năm có “Sử dụng kết quả nghiên cứu” = Có',
    'documents issued in the year that use research results',
  ),
];

export function itemCounts(dv: Derivation, v: Values, year: number): boolean {
  const f = dv.filter;
  if (f.match?.some((k) => !k.values.includes(String(v[k.column] ?? '')))) return false;
  if (f.yes && !f.yes.every((c) => v[c] === true)) return false;
  if (f.period) {
    const y = yearOfValue(v[f.period.column]);
    if (y === undefined || y > year || y < year - (f.period.back ?? 0)) return false;
  }
  return true;
}

/** The figure of `dv` over the items that count: their number, or the sum or list of a column. */
export function measureOf(dv: Derivation, counted: readonly Values[]): number | number[] {
  const m = dv.measure;
  if ('count' in m) return counted.length;
  const column = 'list' in m ? m.list : m.sum;
  const numbers = counted.flatMap((v) => {
    const x = v[column];
    return typeof x === 'number' ? [x] : [];
  });
  return 'list' in m ? numbers : numbers.reduce((a, b) => a + b, 0);
}

/** The figure of `dv` over items (a unit's rows or the union's items): a number or a list. */
export const deriveValue = (dv: Derivation, items: readonly Values[], year: number): number | number[] =>
  measureOf(
    dv,
    items.filter((v) => itemCounts(dv, v, year)),
  );

export const derivationsOf = (indicator: string): readonly Derivation[] =>
  DERIVATIONS.filter((x) => x.indicator === indicator);
