/**
 * Builders for catalogue components, formulas and rules, so `indicators.ts` reads as data and
 * every component of one kind gets the same bounds. All bounds live in BOUNDS: change them here.
 */
import type {
  Component,
  ComponentRole,
  ComponentScope,
  CrossRule,
  Formula,
  FormulaId,
  Indicator,
  LinkMeasure,
  RegisterKey,
  TargetLink,
} from './schema';

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system (1899-12-30 absorbs Excel's fictitious 29/02/1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** ISO date (yyyy-mm-dd) → Excel date serial. Date components and their bounds are serials. */
export function isoToExcelSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH) / MS_PER_DAY);
}

/** Excel date serial → ISO date (yyyy-mm-dd). */
export function excelSerialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.round(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

interface Range {
  readonly min: number;
  readonly max: number;
  readonly warnAbove?: number;
}

/**
 * Hard bounds (error outside) and plausibility thresholds (warning above) per kind of value.
 * Values are per reporting unit; the province total is not bounded here.
 */
export const BOUNDS = {
  /** Counts of papers, documents, products… per unit. */
  count: { min: 0, max: 100_000, warnAbove: 1_000 },
  /** Million VND. 1e9 million = 1 000 000 billion VND, far above any provincial budget. */
  money: { min: 0, max: 1e9, warnAbove: 10_000_000 },
  /** Persons. Bắc Ninh had 3 619 433 inhabitants in 2025. */
  population: { min: 0, max: 20_000_000, warnAbove: 5_000_000 },
  /** Full-time equivalents (decimal). */
  fte: { min: 0, max: 1_000_000, warnAbove: 50_000 },
  /** Persons (staff, trainees, jobs): a province-wide survey total can pass 100 000. */
  persons: { min: 0, max: 5_000_000, warnAbove: 200_000 },
  /** Million VND of a province-wide total (a provincial budget is ~60 000 000 million VND). */
  provinceMoney: { min: 0, max: 1e9, warnAbove: 300_000_000 },
  /** Fractions: 0.125 = 12,5 %. */
  percent: { min: 0, max: 1 },
  /** Technology Readiness Level. */
  level: { min: 1, max: 9 },
  /** Score of a "Mức độ …" assessment on a 0–100 scale. */
  score: { min: 0, max: 100 },
  /** Million VND per worker per year. */
  productivity: { min: 0, max: 100_000, warnAbove: 5_000 },
  /** Citations of one paper (items of a citation list). */
  citationsPerPaper: { min: 0, max: 1_000_000, warnAbove: 10_000 },
  /** Total citations of a unit's papers. */
  citations: { min: 0, max: 10_000_000, warnAbove: 100_000 },
  /** Excel serials of 2020-01-01 and 2030-12-31. */
  date: { min: isoToExcelSerial('2020-01-01'), max: isoToExcelSerial('2030-12-31') },
  /** Characters: Excel's limit for one cell. */
  text: { min: 0, max: 32_767 },
} as const satisfies Record<string, Range>;

/** A unit of measure in both languages. */
export interface UnitLabel {
  readonly vi: string;
  readonly en: string;
}

export const U = {
  persons: { vi: 'người', en: 'persons' },
  fte: { vi: 'FTE', en: 'FTE' },
  million: { vi: 'triệu đồng', en: 'million VND' },
  documents: { vi: 'văn bản', en: 'documents' },
  groups: { vi: 'nhóm', en: 'groups' },
  facilities: { vi: 'cơ sở', en: 'facilities' },
  stations: { vi: 'trạm', en: 'stations' },
  subscribers: { vi: 'thuê bao', en: 'subscriptions' },
  systems: { vi: 'hệ thống', en: 'systems' },
  papers: { vi: 'bài báo', en: 'papers' },
  citations: { vi: 'lượt trích dẫn', en: 'citations' },
  publications: { vi: 'ấn phẩm', en: 'publications' },
  awards: { vi: 'giải thưởng', en: 'awards' },
  level: { vi: 'mức TRL', en: 'TRL' },
  applications: { vi: 'đơn', en: 'applications' },
  products: { vi: 'sản phẩm', en: 'products' },
  models: { vi: 'mô hình', en: 'models' },
  standards: { vi: 'tiêu chuẩn, quy chuẩn', en: 'standards' },
  titles: { vi: 'văn bằng', en: 'titles' },
  results: { vi: 'kết quả', en: 'results' },
  technologies: { vi: 'công nghệ', en: 'technologies' },
  enterprises: { vi: 'doanh nghiệp', en: 'enterprises' },
  contracts: { vi: 'hợp đồng', en: 'contracts' },
  items: { vi: 'thiết bị', en: 'items of equipment' },
  trainees: { vi: 'lượt người', en: 'person-trainings' },
  jobs: { vi: 'việc làm', en: 'jobs' },
  productivity: { vi: 'triệu đồng/lao động/năm', en: 'million VND per worker per year' },
  points: { vi: 'điểm (thang 0–100)', en: 'points (0–100 scale)' },
  percent: { vi: '%', en: '%' },
  per10k: { vi: 'người/vạn dân', en: 'per 10,000 population' },
  perPaper: { vi: 'triệu đồng/bài báo', en: 'million VND per paper' },
  citationsPerPaper: { vi: 'lượt trích dẫn/bài báo', en: 'citations per paper' },
  hIndex: { vi: 'chỉ số h', en: 'h-index' },
  date: { vi: 'ngày', en: 'date' },
  text: { vi: 'văn bản tự do', en: 'free text' },
  dois: { vi: 'DOI', en: 'DOI' },
  list: { vi: 'danh sách', en: 'list' },
} as const satisfies Record<string, UnitLabel>;

export interface Options {
  /** Default: true for numbers, false for lists and text. */
  readonly required?: boolean;
  /** Who enters it (default 'all'); 'lead' makes the lead the official source by default. */
  readonly scope?: ComponentScope;
  /** Who gives the province figure (default: 'sum' for numbers, 'list' for lists, 'note' for text). */
  readonly role?: ComponentRole;
  /** role 'official': the unit giving the figure (default: the lead). */
  readonly officialUnit?: string;
  /** role 'official': how others' values are checked (default 'equal'). */
  readonly crossCheck?: 'equal' | 'parts';
  readonly register?: RegisterKey;
  /** A level at the reporting date rather than a flow of the year. */
  readonly stock?: boolean;
  readonly warnAbove?: number;
  /** Overrides the kind's hard maximum (counts of people or subscriptions exceed 100 000). */
  readonly max?: number;
  readonly hintVi?: string;
  readonly hintEn?: string;
}

function build(
  key: string,
  labelVi: string,
  labelEn: string,
  type: Component['type'],
  unit: UnitLabel,
  range: Range,
  defaults: { required: boolean; role: ComponentRole },
  o: Options,
  listItem?: 'number' | 'text',
): Component {
  const scope = o.scope ?? 'all';
  const warnAbove = o.warnAbove ?? range.warnAbove;
  // A value only the lead enters can only come from the lead: its official source.
  const role = o.role ?? (scope === 'lead' ? 'official' : defaults.role);
  return {
    key,
    labelVi,
    labelEn,
    type,
    unitVi: unit.vi,
    unitEn: unit.en,
    min: range.min,
    max: o.max ?? range.max,
    ...(warnAbove !== undefined ? { warnAbove } : {}),
    required: o.required ?? defaults.required,
    scope,
    role,
    ...(o.officialUnit !== undefined ? { officialUnit: o.officialUnit } : {}),
    ...(role === 'official' ? { crossCheck: o.crossCheck ?? 'equal' } : {}),
    ...(o.register !== undefined ? { register: o.register } : {}),
    ...(o.stock === true ? { timing: 'stock' as const } : {}),
    ...(o.hintVi !== undefined ? { hintVi: o.hintVi } : {}),
    ...(o.hintEn !== undefined ? { hintEn: o.hintEn } : {}),
    ...(listItem !== undefined ? { listItem } : {}),
  };
}

const NUMBER = { required: true, role: 'sum' } as const;

/** A whole-number count, summed across units. */
export function count(key: string, vi: string, en: string, unit: UnitLabel, o: Options = {}): Component {
  return build(key, vi, en, 'integer', unit, BOUNDS.count, NUMBER, o);
}

/** An amount in million VND, summed across units. */
export function money(key: string, vi: string, en: string, o: Options = {}): Component {
  return build(key, vi, en, 'money', U.million, BOUNDS.money, NUMBER, o);
}

/** Full-time equivalents (decimal), summed across units. */
export function fte(key: string, vi: string, en: string, o: Options = {}): Component {
  return build(key, vi, en, 'decimal', U.fte, BOUNDS.fte, NUMBER, o);
}

/** A decimal measure with explicit bounds. */
export function decimal(
  key: string,
  vi: string,
  en: string,
  unit: UnitLabel,
  range: Range,
  o: Options = {},
): Component {
  return build(key, vi, en, 'decimal', unit, range, NUMBER, o);
}

/** The registry id of the provincial statistics office: the source of the reference population. */
export const STATISTICS_UNIT = 'thong-ke';

/**
 * The province's average population: the run's ONE reference population (every per-capita value
 * uses it). Only the statistics office enters it, in the indicators it is assigned; elsewhere the
 * component is filled in by the run.
 */
export function population(o: Options = {}): Component {
  return build(
    'population',
    'Dân số trung bình của tỉnh',
    'Average population of the province',
    'integer',
    U.persons,
    BOUNDS.population,
    NUMBER,
    {
      scope: 'official',
      role: 'population',
      officialUnit: STATISTICS_UNIT,
      stock: true,
      hintVi: 'Dân số trung bình năm do Thống kê tỉnh công bố (không dùng số dân của từng đơn vị).',
      hintEn:
        "The annual average population published by the provincial statistics office (not a unit's own).",
      ...o,
    },
  );
}

/** A TRL level 1–9 chosen from a list; levels are pooled across units. */
export function level(key: string, vi: string, en: string, o: Options = {}): Component {
  return build(key, vi, en, 'level', U.level, BOUNDS.level, { required: false, role: 'list' }, o);
}

/** An assessment score on a 0–100 scale, entered by the lead unit. */
export function score(key: string, vi: string, en: string, o: Options = {}): Component {
  return build(key, vi, en, 'decimal', U.points, BOUNDS.score, NUMBER, { scope: 'lead', ...o });
}

/** An Excel date serial between 2020-01-01 and 2030-12-31. */
export function date(key: string, vi: string, en: string, o: Options = {}): Component {
  return build(key, vi, en, 'date', U.date, BOUNDS.date, { required: false, role: 'note' }, o);
}

/** A list of numbers (citation counts); bounds apply to each item. Lists are merged across units. */
export function numberList(key: string, vi: string, en: string, unit: UnitLabel, o: Options = {}): Component {
  return build(
    key,
    vi,
    en,
    'list',
    unit,
    BOUNDS.citationsPerPaper,
    { required: false, role: 'list' },
    o,
    'number',
  );
}

/** A list of identifiers or names (DOIs, document numbers) kept as evidence; merged across units. */
export function textList(
  key: string,
  vi: string,
  en: string,
  unit: UnitLabel = U.list,
  o: Options = {},
): Component {
  return build(key, vi, en, 'list', unit, BOUNDS.text, { required: false, role: 'list' }, o, 'text');
}

/** Free text (a method description, notes); bounds are its length in characters. */
export function text(key: string, vi: string, en: string, o: Options = {}): Component {
  return build(key, vi, en, 'text', U.text, BOUNDS.text, { required: false, role: 'note' }, o);
}

export function formula(
  fn: FormulaId,
  args: readonly string[],
  resultType: Formula['resultType'],
  unit: UnitLabel,
): Formula {
  return { fn, args: [...args], resultType, unitVi: unit.vi, unitEn: unit.en };
}

export interface RuleOptions {
  readonly importance?: CrossRule['importance'];
  readonly missing?: CrossRule['missing'];
}

/** left ≤ right (each a component or a sum of components), with the reason shown when it fails. */
export function atMost(
  left: string | readonly string[],
  right: string | readonly string[],
  reasonVi: string,
  reasonEn: string,
  o: RuleOptions = {},
): CrossRule {
  const list = (x: string | readonly string[]): string[] => (typeof x === 'string' ? [x] : [...x]);
  return {
    left: list(left),
    op: '<=',
    right: list(right),
    importance: o.importance ?? 'high',
    missing: o.missing ?? 'skip-if-any',
    reasonVi,
    reasonEn,
  };
}

/** Parts that must add up to their total (a breakdown by sex, occupation or sector). */
export function partsAddUp(
  parts: readonly string[],
  total: string,
  reasonVi: string,
  reasonEn: string,
  o: RuleOptions = {},
): CrossRule {
  return {
    left: [...parts],
    op: '=',
    right: [total],
    importance: o.importance ?? 'medium',
    missing: o.missing ?? 'skip-if-any',
    reasonVi,
    reasonEn,
  };
}

/** The usual rule of a share: its numerator cannot exceed its denominator. */
export function partOfWhole(part: string, whole: string, partVi: string, wholeVi: string): CrossRule {
  return atMost(
    part,
    whole,
    `${partVi} không thể lớn hơn ${wholeVi}.`,
    `The numerator (${part}) cannot exceed the denominator (${whole}).`,
  );
}

/** A link whose measure is the same as the target's: it gets a met / not met verdict. */
export function link(code: string, measure: LinkMeasure = 'value', noteVi?: string): TargetLink {
  return { code, measure, comparable: 'same', ...(noteVi !== undefined ? { noteVi } : {}) };
}

/** A link to a component's growth against the previous period (needs --previous). */
export function growthLink(
  code: string,
  key: string,
  comparable: TargetLink['comparable'],
  noteVi: string,
): TargetLink {
  return { code, measure: { growth: key }, comparable, noteVi };
}

/** A link to a related but different measure: shown side by side, never judged. */
export function related(code: string, measure: LinkMeasure, noteVi: string): TargetLink {
  return { code, measure, comparable: 'related', noteVi };
}

/** Group names and logic-model stages of the plan's appendix. */
export const GROUP_INFO = {
  I: { nameVi: 'Tiêu chí đầu vào', nameEn: 'Input criteria', stage: 'input' },
  II: { nameVi: 'Tiêu chí về khoa học', nameEn: 'Science criteria', stage: 'output' },
  III: { nameVi: 'Tiêu chí về công nghệ', nameEn: 'Technology criteria', stage: 'output' },
  IV: { nameVi: 'Tiêu chí về kinh tế', nameEn: 'Economic criteria', stage: 'outcome' },
  V: { nameVi: 'Tiêu chí về xã hội', nameEn: 'Social criteria', stage: 'impact' },
} as const satisfies Record<
  Indicator['group'],
  { nameVi: string; nameEn: string; stage: Indicator['stage'] }
>;

/** All units report to Sở KH&CN before 05/12/2026 (the plan's appendix). */
export const DEADLINE = '2026-12-05';

/** What an indicator entry states; group, stage, deadline and status are filled in by `indicator`. */
export type IndicatorInput = Omit<
  Indicator,
  'group' | 'groupNameVi' | 'stage' | 'deadline' | 'definitionStatus' | 'crossRules' | 'targets'
> &
  Partial<Pick<Indicator, 'crossRules' | 'targets'>>;

export function indicator(i: IndicatorInput): Indicator {
  const group = i.code.split('.')[0] as Indicator['group'];
  const info = GROUP_INFO[group];
  if (info === undefined) throw new RangeError(`Indicator code ${i.code} has no group I–V`);
  return {
    ...i,
    group,
    groupNameVi: info.nameVi,
    stage: info.stage,
    deadline: DEADLINE,
    crossRules: i.crossRules ?? [],
    targets: i.targets ?? [],
    definitionStatus: 'working',
  };
}
