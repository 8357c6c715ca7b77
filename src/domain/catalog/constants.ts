/**
 * The catalogue's closed lists as plain constants (no zod): the schema (schema.ts) builds its
 * enums from them, and code that only needs the lists — the task pane's first screen among
 * them — does not load the validator.
 */
export const GROUPS = ['I', 'II', 'III', 'IV', 'V'] as const;

export const STAGES = ['input', 'output', 'outcome', 'impact'] as const;

/**
 * What a unit types into one input cell.
 * - percent: stored as a fraction (0.125 = 12,5 %), bounds are fractions too
 * - money: million VND
 * - level: a whole number on a scale (TRL 1–9), entered from a list
 * - date: an Excel date serial (1900 date system, 43831 = 2020-01-01); bounds are serials too
 * - list: free text holding a list separated by `;` or new lines (DOIs, citation counts)
 */
export const COMPONENT_TYPES = [
  'integer',
  'decimal',
  'percent',
  'money',
  'level',
  'date',
  'text',
  'list',
] as const;

/**
 * Who gives the province figure of one component (the reporting role; README has the table).
 * - official: ONE designated source gives it (`officialUnit`, default the indicator's lead unit):
 *   the statistics office's survey, Sở Tài chính's accounts. Other reporters' values are a
 *   cross-check shown beside it (`crossCheck`: 'equal' = they report the same figure, 'parts' =
 *   they report parts of it, so their sum must not exceed it), never added on top.
 * - sum: additive across reporters whose scopes cannot overlap (each unit's own staff, spending).
 * - max: overlapping coverages (telecom providers' 5G coverage): the largest one.
 * - register: a count of things several units may report at once (papers, patents, enterprises):
 *   counted from de-duplicated register lists (`register`); until a unit gives its list, the
 *   units' counts are added and the result is marked as possibly double counted.
 * - list: items pooled across units (citation counts of papers, TRL levels of results).
 * - note: free text kept for provenance, not aggregated.
 * - population: the run's one reference population (the statistics office's average population).
 */
export const COMPONENT_ROLES = ['official', 'sum', 'max', 'register', 'list', 'note', 'population'] as const;

/** The registers (lists of identified items) that count things shared between units. */
export const REGISTER_KEYS = [
  'publications',
  'ip',
  'tasks',
  'enterprises',
  'contracts',
  'documents',
  'infrastructure',
] as const;

export const UNIT_CATEGORIES = [
  'department', // sở, ban, ngành cấp tỉnh
  'statistics', // Thống kê tỉnh
  'commune', // UBND xã, phường
  'research-university', // viện nghiên cứu, trường đại học
  'st-organization', // tổ chức KH&CN
  'enterprise', // doanh nghiệp (incl. doanh nghiệp KH&CN)
  'telecom', // đơn vị cung cấp dịch vụ viễn thông
  'association', // Liên hiệp các Hội KH&KT, tổ chức chính trị - xã hội
] as const;

export const FORMULA_IDS = [
  'FTE_PER_10K', // (fte, population) -> fte / population * 10 000
  'PER_10K', // (count, population) -> count / population * 10 000
  'SHARE', // (part, total) -> part / total, a fraction shown as %
  'AVG_CITATIONS', // (citations, papers)
  'COST_PER_PUB', // (spending, papers) -> million VND per paper
  'GROWTH', // (current, previous) -> current / previous - 1
  'IMPROVEMENT', // (current score, baseline score) -> current - baseline (points)
  'HINDEX', // (citation list)
  'TRL_MEDIAN', // (levels 1–9)
  'TOTAL', // (a, b, ...) -> sum of the present parts
] as const;

export const AGGREGATIONS = ['sum', 'recompute', 'lead', 'distribution', 'dedupCount', 'mergeList'] as const;

export const TARGET_YEARS = [2025, 2030, 2035, 2040, 2045] as const;
