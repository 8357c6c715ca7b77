/**
 * Validation and consolidation findings as DATA. Adapters build `Issue`s and
 * render them with `renderIssue`; no message text is assembled anywhere else, so
 * every finding reads the same in the task pane, the CLI and the reports.
 *
 * Message templates (messages/vi.ts, messages/en.ts) use `{name}` placeholders.
 * Each code declares its parameters and how they are shown:
 * - 'number'    a quantity, shown in the language's convention (vi 1.234,5); as a
 *               percentage when `issue.percent` is true (the component is a percent)
 * - 'raw'       a number shown digit by digit, without thousands separators
 *               (the two readings of an ambiguous text must not look alike)
 * - 'text'      shown verbatim (file names, cell text, years, positions)
 * - 'localized' given twice, as `<name>Vi` and `<name>En` (labels from the catalogue)
 * - 'op'        a comparison '<=' | '>=' | '=' shown as ≤ / ≥ / =
 */
import type { FormulaId } from './catalog/schema';
import { FORMULAS, type FormulaErrorCode, type FormulaFailure } from './formulas';
import { MESSAGES_EN, WHERE_EN } from './messages/en';
import { MESSAGES_VI, WHERE_VI } from './messages/vi';
import { formatNumber, type Lang } from './numbers';

export type { Lang } from './numbers';
export type Severity = 'error' | 'warning' | 'info';

export const ISSUE_CODES = [
  // The file as a whole
  'FILE_NOT_FOUND',
  'FILE_NOT_XLSX',
  'FILE_XLSM',
  'FILE_CORRUPT',
  'FILE_CORRUPT_PART',
  'FILE_TAMPERED',
  'FILE_READ_TIMEOUT',
  'FILE_READ_OUT_OF_MEMORY',
  'FILE_PASSWORD_PROTECTED',
  'FILE_TOO_LARGE',
  'FILE_DUPLICATE_UNIT',
  'FILE_SUPERSEDED_PINNED',
  'FILE_SUPERSEDED_SUSPECT',
  'FILE_SUPERSEDED_DRAFT',
  'FILE_TIE',
  'SUBMISSION_LATE',
  // Template identity and structure
  'IDENTITY_MISSING',
  'IDENTITY_INVALID',
  'IDENTITY_SUSPECT',
  'IDENTITY_UNKNOWN_UNIT',
  'TEMPLATE_WRONG_YEAR',
  'TEMPLATE_WRONG_UNIT',
  'TEMPLATE_OLD_VERSION',
  'SHEET_MISSING',
  'NAME_MISSING',
  'NAME_BROKEN',
  'NAME_MOVED',
  'NAME_WRONG_PLACE',
  'MERGED_INPUT_CELL',
  // The sign-off block and the completion mark
  'SIGN_OFF_MISSING',
  'SIGN_OFF_PHONE_INVALID',
  'COMPLETE_WITH_ERRORS',
  'FILE_NOT_COMPLETE',
  'DRAFT_USED',
  // One input cell
  'VALUE_REQUIRED',
  'VALUE_REQUIRED_MEASURE',
  'TEXT_REQUIRED',
  'VALUE_NOT_NUMBER',
  'NUMBER_AS_TEXT',
  'NUMBER_AS_TEXT_VI',
  'NUMBER_AS_TEXT_EN',
  'NUMBER_AMBIGUOUS',
  'VALUE_NOT_INTEGER',
  'VALUE_BELOW_MIN',
  'VALUE_ABOVE_MAX',
  'VALUE_UNUSUALLY_HIGH',
  'VALUE_PERCENT_SCALE',
  'VALUE_NOT_DATE',
  'DATE_AS_TEXT',
  'DATE_OUT_OF_RANGE',
  'FORMULA_IN_INPUT',
  'FORMULA_NO_CACHED_VALUE',
  'CELL_ERROR_VALUE',
  'CELL_UNREADABLE',
  'VALUE_PERCENT_NOT_ALLOWED',
  'LEAD_ONLY_VALUE_IGNORED',
  // Lists typed into one cell
  'LIST_ITEM_INVALID',
  'LIST_ITEM_AMBIGUOUS',
  'LIST_ITEM_DOI_INVALID',
  // Between values
  'CROSS_RULE_VIOLATED',
  // Derived values (FormulaErrorCode)
  'DERIVED_MISSING',
  'DERIVED_DIV_ZERO',
  'DERIVED_NEGATIVE',
  'DERIVED_NOT_INTEGER',
  'DERIVED_OUT_OF_RANGE',
  'DERIVED_EMPTY_LIST',
  // Consolidation
  'SUBMISSION_MISSING',
  'COOPERATING_DISAGREES',
  'VALUE_NOT_USED_BY_RULE',
  'POPULATION_FALLBACK',
  'INDICATOR_NO_DATA',
  'LIST_DUPLICATES_MERGED',
  'DEFINITION_WORKING',
  'TARGET_LOW_CONFIDENCE',
  'CROSS_CHECK_PARTS_EXCEED',
  'OFFICIAL_MISSING_SUBSTITUTE',
  'OFFICIAL_MISSING_NO_SUBSTITUTE',
  'REGISTER_COUNT_SUMMED',
  'PROVINCE_RULE_VIOLATED',
  'PROVINCE_RULE_UNCHECKABLE',
  'PLACEHOLDER_UNIT_FILE',
  // The register of received files (--received, the task pane)
  'RECEIVED_LOG_NO_HEADER',
  'RECEIVED_LOG_EMPTY',
  'RECEIVED_LOG_NO_FILE',
  'RECEIVED_LOG_NO_TIME',
  'RECEIVED_LOG_BAD_TIME',
  'RECEIVED_LOG_TWO_TIMES',
  'RECEIVED_LOG_UNMATCHED',
  'RECEIVED_LOG_AMBIGUOUS',
  'RECEIVED_LOG_SECOND_TIME',
  // The previous period (--previous) and the checks against it and against peers
  'PREVIOUS_NO_TABLE',
  'PREVIOUS_NO_YEAR',
  'PREVIOUS_BAD_ROW',
  'PREVIOUS_NOT_EARLIER',
  'VALUE_CHANGE_VS_PREVIOUS',
  'VALUE_OUTLIER_PEERS',
  'BASELINE_DIFFERS_FROM_PREVIOUS',
  // Registers (one row per item) and their union across units
  'REGISTER_TABLE_TOO_LARGE',
  'REGISTER_COLUMN_MISSING',
  'REGISTER_REQUIRED',
  'REGISTER_VALUE_INVALID',
  'REGISTER_DUPLICATE_IN_UNIT',
  'REGISTER_ATTRIBUTE_DISAGREES',
  'REGISTER_COUNT_DIFFERS',
  'REGISTER_LIST_DIFFERS',
  'REGISTER_USED',
  'REGISTER_COUNTS_ADDED',
  'REGISTER_POSSIBLE_DUPLICATES',
  'REGISTER_GROUP_HINDEX',
  'TRL_DISTRIBUTION',
  // Lists the office hands in (--units, user tables)
  'TABLE_NOT_UTF8',
  'TABLE_BAD_JSON',
  'TABLE_JSON_SHAPE',
  'TABLE_FORMAT',
  'UNITS_LIST_EMPTY',
  'UNITS_LIST_UNKNOWN',
  // The unit registry file (khcn registry, --registry)
  'REGISTRY_MISSING_COLUMN',
  'REGISTRY_EMPTY',
  'REGISTRY_BAD_ID',
  'REGISTRY_DUPLICATE_ID',
  'REGISTRY_ID_GENERATED',
  'REGISTRY_EMPTY_NAME',
  'REGISTRY_UNKNOWN_CATEGORY',
  'REGISTRY_TAX_CODE_INVALID',
  'REGISTRY_TAX_CODE_DUPLICATE',
  'REGISTRY_STAT_CODE_INVALID',
  'REGISTRY_BAD_FLAG',
  'REGISTRY_EMAIL_INVALID',
  'REGISTRY_MISSING_UNIT',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** "Nothing entered" in a required input: absent, not wrong (never blocks a unit's other figures). */
export const NOTHING_ENTERED: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'VALUE_REQUIRED',
  'VALUE_REQUIRED_MEASURE',
  'TEXT_REQUIRED',
]);

export type ParamKind = 'number' | 'raw' | 'text' | 'localized' | 'op';
export interface IssueDef {
  severity: Severity;
  params: Readonly<Record<string, ParamKind>>;
}

const NONE = {} as const;

export const ISSUE_DEFS = {
  FILE_NOT_FOUND: { severity: 'error', params: NONE },
  FILE_NOT_XLSX: { severity: 'error', params: { ext: 'text' } },
  FILE_XLSM: { severity: 'error', params: NONE },
  FILE_CORRUPT: { severity: 'error', params: NONE },
  FILE_CORRUPT_PART: { severity: 'error', params: { part: 'text' } },
  FILE_TAMPERED: { severity: 'error', params: { part: 'text' } },
  FILE_READ_TIMEOUT: { severity: 'error', params: { seconds: 'number' } },
  FILE_READ_OUT_OF_MEMORY: { severity: 'error', params: { mb: 'number' } },
  FILE_PASSWORD_PROTECTED: { severity: 'error', params: NONE },
  FILE_TOO_LARGE: { severity: 'error', params: { sizeMb: 'number', maxMb: 'number' } },
  FILE_DUPLICATE_UNIT: { severity: 'warning', params: { unit: 'text', otherFile: 'text' } },
  FILE_SUPERSEDED_PINNED: { severity: 'info', params: { otherFile: 'text' } },
  FILE_SUPERSEDED_SUSPECT: { severity: 'warning', params: { otherFile: 'text' } },
  FILE_SUPERSEDED_DRAFT: { severity: 'info', params: { otherFile: 'text' } },
  FILE_TIE: { severity: 'warning', params: { otherFile: 'text' } },
  SUBMISSION_LATE: { severity: 'warning', params: { unit: 'text', deadline: 'text', submitted: 'text' } },
  IDENTITY_MISSING: { severity: 'error', params: NONE },
  IDENTITY_INVALID: { severity: 'error', params: { problems: 'text' } },
  IDENTITY_SUSPECT: { severity: 'warning', params: { unit: 'text', reasons: 'localized' } },
  IDENTITY_UNKNOWN_UNIT: { severity: 'error', params: { unitId: 'text' } },
  TEMPLATE_WRONG_YEAR: { severity: 'error', params: { found: 'text', expected: 'text' } },
  TEMPLATE_WRONG_UNIT: { severity: 'error', params: { found: 'text', expected: 'text' } },
  TEMPLATE_OLD_VERSION: { severity: 'warning', params: { found: 'text', expected: 'text' } },
  SHEET_MISSING: { severity: 'error', params: { name: 'text' } },
  NAME_MISSING: { severity: 'error', params: { name: 'text' } },
  NAME_BROKEN: { severity: 'error', params: { name: 'text' } },
  NAME_MOVED: { severity: 'warning', params: { name: 'text', expected: 'text', found: 'text' } },
  NAME_WRONG_PLACE: { severity: 'error', params: { name: 'text', expected: 'text', found: 'text' } },
  MERGED_INPUT_CELL: { severity: 'warning', params: { range: 'text' } },
  SIGN_OFF_MISSING: { severity: 'error', params: { field: 'localized' } },
  SIGN_OFF_PHONE_INVALID: { severity: 'warning', params: { text: 'text' } },
  COMPLETE_WITH_ERRORS: { severity: 'error', params: { errors: 'number' } },
  FILE_NOT_COMPLETE: { severity: 'info', params: NONE },
  DRAFT_USED: { severity: 'warning', params: NONE },
  VALUE_REQUIRED: { severity: 'error', params: NONE },
  VALUE_REQUIRED_MEASURE: { severity: 'error', params: NONE },
  TEXT_REQUIRED: { severity: 'error', params: NONE },
  VALUE_NOT_NUMBER: { severity: 'error', params: { text: 'text' } },
  NUMBER_AS_TEXT: { severity: 'warning', params: { text: 'text', value: 'number' } },
  NUMBER_AS_TEXT_VI: { severity: 'warning', params: { text: 'text', value: 'number' } },
  NUMBER_AS_TEXT_EN: { severity: 'warning', params: { text: 'text', value: 'number' } },
  NUMBER_AMBIGUOUS: { severity: 'error', params: { text: 'text', readingVi: 'raw', readingEn: 'raw' } },
  VALUE_NOT_INTEGER: { severity: 'error', params: { value: 'number' } },
  VALUE_BELOW_MIN: { severity: 'error', params: { value: 'number', min: 'number' } },
  VALUE_ABOVE_MAX: { severity: 'error', params: { value: 'number', max: 'number' } },
  VALUE_UNUSUALLY_HIGH: { severity: 'warning', params: { value: 'number', threshold: 'number' } },
  VALUE_PERCENT_SCALE: { severity: 'error', params: { value: 'number', suggested: 'number' } },
  VALUE_NOT_DATE: { severity: 'error', params: { text: 'text' } },
  DATE_AS_TEXT: { severity: 'warning', params: { text: 'text', date: 'text' } },
  DATE_OUT_OF_RANGE: { severity: 'error', params: { date: 'text', min: 'text', max: 'text' } },
  FORMULA_IN_INPUT: { severity: 'warning', params: { formula: 'text' } },
  FORMULA_NO_CACHED_VALUE: { severity: 'error', params: { formula: 'text' } },
  CELL_ERROR_VALUE: { severity: 'error', params: { error: 'text' } },
  CELL_UNREADABLE: { severity: 'error', params: { reason: 'localized', text: 'text' } },
  VALUE_PERCENT_NOT_ALLOWED: { severity: 'error', params: { text: 'text' } },
  LEAD_ONLY_VALUE_IGNORED: { severity: 'info', params: { leadUnit: 'text' } },
  LIST_ITEM_INVALID: { severity: 'error', params: { position: 'text', item: 'text' } },
  LIST_ITEM_AMBIGUOUS: {
    severity: 'error',
    params: { position: 'text', item: 'text', readingVi: 'raw', readingEn: 'raw' },
  },
  LIST_ITEM_DOI_INVALID: { severity: 'warning', params: { position: 'text', item: 'text' } },
  CROSS_RULE_VIOLATED: {
    severity: 'error',
    params: {
      left: 'localized',
      leftValue: 'number',
      op: 'op',
      right: 'localized',
      rightValue: 'number',
      reason: 'localized',
    },
  },
  DERIVED_MISSING: { severity: 'info', params: { formula: 'localized', param: 'localized' } },
  DERIVED_DIV_ZERO: { severity: 'error', params: { formula: 'localized', param: 'localized' } },
  DERIVED_NEGATIVE: { severity: 'error', params: { formula: 'localized', param: 'localized' } },
  DERIVED_NOT_INTEGER: { severity: 'error', params: { formula: 'localized', param: 'localized' } },
  DERIVED_OUT_OF_RANGE: { severity: 'error', params: { formula: 'localized', param: 'localized' } },
  DERIVED_EMPTY_LIST: { severity: 'warning', params: { formula: 'localized', param: 'localized' } },
  SUBMISSION_MISSING: { severity: 'warning', params: { unit: 'text', deadline: 'text' } },
  COOPERATING_DISAGREES: {
    severity: 'warning',
    params: { unit: 'text', value: 'number', leadUnit: 'text', leadValue: 'number' },
  },
  VALUE_NOT_USED_BY_RULE: { severity: 'info', params: { usedUnit: 'text' } },
  POPULATION_FALLBACK: { severity: 'warning', params: { value: 'number', source: 'text' } },
  INDICATOR_NO_DATA: { severity: 'warning', params: NONE },
  LIST_DUPLICATES_MERGED: { severity: 'info', params: { count: 'number' } },
  DEFINITION_WORKING: { severity: 'info', params: NONE },
  TARGET_LOW_CONFIDENCE: { severity: 'info', params: { target: 'text' } },
  CROSS_CHECK_PARTS_EXCEED: {
    severity: 'warning',
    params: { count: 'number', sum: 'number', officialUnit: 'text', officialValue: 'number' },
  },
  OFFICIAL_MISSING_SUBSTITUTE: {
    severity: 'warning',
    params: { officialUnit: 'text', count: 'number', value: 'number' },
  },
  OFFICIAL_MISSING_NO_SUBSTITUTE: { severity: 'warning', params: { officialUnit: 'text', count: 'number' } },
  REGISTER_COUNT_SUMMED: { severity: 'info', params: { count: 'number' } },
  PROVINCE_RULE_VIOLATED: {
    severity: 'warning',
    params: {
      left: 'localized',
      leftValue: 'number',
      op: 'op',
      right: 'localized',
      rightValue: 'number',
      reason: 'localized',
      importance: 'localized',
    },
  },
  PROVINCE_RULE_UNCHECKABLE: {
    severity: 'info',
    params: { left: 'localized', op: 'op', right: 'localized', missing: 'localized' },
  },
  PLACEHOLDER_UNIT_FILE: { severity: 'warning', params: { category: 'text' } },
  RECEIVED_LOG_NO_HEADER: { severity: 'error', params: NONE },
  RECEIVED_LOG_EMPTY: { severity: 'error', params: NONE },
  RECEIVED_LOG_NO_FILE: { severity: 'error', params: { row: 'text', time: 'text' } },
  RECEIVED_LOG_NO_TIME: { severity: 'error', params: { row: 'text', name: 'text' } },
  RECEIVED_LOG_BAD_TIME: { severity: 'error', params: { row: 'text', name: 'text', time: 'text' } },
  RECEIVED_LOG_TWO_TIMES: {
    severity: 'error',
    params: { name: 'text', firstRow: 'text', firstTime: 'text', row: 'text', time: 'text' },
  },
  RECEIVED_LOG_UNMATCHED: { severity: 'warning', params: { row: 'text', name: 'text' } },
  RECEIVED_LOG_AMBIGUOUS: { severity: 'warning', params: { row: 'text', name: 'text', candidates: 'text' } },
  RECEIVED_LOG_SECOND_TIME: {
    severity: 'warning',
    params: { row: 'text', name: 'text', firstRow: 'text', firstTime: 'text' },
  },
  PREVIOUS_NO_TABLE: { severity: 'error', params: NONE },
  PREVIOUS_NO_YEAR: { severity: 'error', params: { label: 'text' } },
  PREVIOUS_BAD_ROW: { severity: 'error', params: { row: 'text', column: 'text', text: 'text' } },
  PREVIOUS_NOT_EARLIER: { severity: 'error', params: { found: 'text', expected: 'text' } },
  VALUE_CHANGE_VS_PREVIOUS: {
    severity: 'warning',
    params: { value: 'number', previous: 'number', year: 'text' },
  },
  VALUE_OUTLIER_PEERS: {
    severity: 'warning',
    params: { value: 'number', median: 'number', peers: 'number', category: 'localized' },
  },
  BASELINE_DIFFERS_FROM_PREVIOUS: {
    severity: 'warning',
    params: { value: 'number', previous: 'number', year: 'text' },
  },
  REGISTER_TABLE_TOO_LARGE: { severity: 'error', params: { table: 'text', range: 'text' } },
  REGISTER_COLUMN_MISSING: { severity: 'error', params: { column: 'text', table: 'text' } },
  REGISTER_REQUIRED: { severity: 'error', params: { column: 'text' } },
  REGISTER_VALUE_INVALID: {
    severity: 'error',
    params: { column: 'text', text: 'text', expected: 'localized' },
  },
  REGISTER_DUPLICATE_IN_UNIT: { severity: 'warning', params: { firstRow: 'text' } },
  REGISTER_ATTRIBUTE_DISAGREES: {
    severity: 'warning',
    params: { column: 'text', item: 'text', values: 'text', used: 'text', rule: 'localized' },
  },
  REGISTER_COUNT_DIFFERS: {
    severity: 'warning',
    params: { typed: 'number', derived: 'number', register: 'localized', rule: 'localized' },
  },
  REGISTER_LIST_DIFFERS: {
    severity: 'warning',
    params: { typed: 'text', derived: 'text', register: 'localized', rule: 'localized' },
  },
  REGISTER_USED: {
    severity: 'info',
    params: {
      register: 'localized',
      sheet: 'text',
      rule: 'localized',
      items: 'number',
      units: 'number',
      removed: 'number',
    },
  },
  REGISTER_COUNTS_ADDED: {
    severity: 'warning',
    params: { count: 'number', units: 'text', register: 'localized' },
  },
  REGISTER_POSSIBLE_DUPLICATES: { severity: 'warning', params: { count: 'number', register: 'localized' } },
  REGISTER_GROUP_HINDEX: { severity: 'info', params: { groups: 'text' } },
  TRL_DISTRIBUTION: { severity: 'info', params: { levels: 'text', count: 'number', high: 'number' } },
  TABLE_NOT_UTF8: { severity: 'error', params: NONE },
  TABLE_BAD_JSON: { severity: 'error', params: { detail: 'text' } },
  TABLE_JSON_SHAPE: { severity: 'error', params: NONE },
  TABLE_FORMAT: { severity: 'error', params: { ext: 'text' } },
  UNITS_LIST_EMPTY: { severity: 'error', params: NONE },
  UNITS_LIST_UNKNOWN: { severity: 'error', params: { count: 'number', ids: 'text' } },
  REGISTRY_MISSING_COLUMN: { severity: 'error', params: { column: 'text' } },
  REGISTRY_EMPTY: { severity: 'error', params: NONE },
  REGISTRY_BAD_ID: { severity: 'error', params: { row: 'text', id: 'text' } },
  REGISTRY_DUPLICATE_ID: { severity: 'error', params: { row: 'text', id: 'text', firstRow: 'text' } },
  REGISTRY_ID_GENERATED: { severity: 'info', params: { row: 'text', id: 'text' } },
  REGISTRY_EMPTY_NAME: { severity: 'error', params: { row: 'text' } },
  REGISTRY_UNKNOWN_CATEGORY: {
    severity: 'error',
    params: { row: 'text', category: 'text', known: 'text' },
  },
  REGISTRY_TAX_CODE_INVALID: { severity: 'error', params: { row: 'text', taxCode: 'text' } },
  REGISTRY_TAX_CODE_DUPLICATE: {
    severity: 'error',
    params: { row: 'text', taxCode: 'text', firstRow: 'text' },
  },
  REGISTRY_STAT_CODE_INVALID: { severity: 'error', params: { row: 'text', statCode: 'text' } },
  REGISTRY_BAD_FLAG: { severity: 'error', params: { row: 'text', value: 'text' } },
  REGISTRY_EMAIL_INVALID: { severity: 'warning', params: { row: 'text', email: 'text' } },
  REGISTRY_MISSING_UNIT: { severity: 'error', params: { unit: 'text', id: 'text', indicators: 'text' } },
} as const satisfies Record<IssueCode, IssueDef>;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** Indicator code, e.g. 'II.1'. */
  indicator?: string;
  /** Component key; its labels, when known, are in params.componentVi / params.componentEn. */
  component?: string;
  file?: string;
  sheet?: string;
  /** A1 address, e.g. 'D12'. */
  cell?: string;
  definedName?: string;
  /** The number params are fractions of a percent component: show them as percentages. */
  percent?: boolean;
  params: Record<string, string | number>;
}

type Defs = typeof ISSUE_DEFS;
type ParamValue<K> = K extends 'number' | 'raw'
  ? number
  : K extends 'op'
    ? '<=' | '>=' | '='
    : K extends 'localized'
      ? string
      : string | number;
/** The params a code needs; a 'localized' param `x` is given as `xVi` and `xEn`. */
export type IssueParams<C extends IssueCode> = {
  [
    P in keyof Defs[C]['params'] as Defs[C]['params'][P] extends 'localized'
      ? `${P & string}Vi` | `${P & string}En`
      : P
  ]: ParamValue<Defs[C]['params'][P]>;
};

export interface IssueContext {
  severity?: Severity;
  indicator?: string;
  component?: string;
  componentLabel?: { vi: string; en: string };
  file?: string;
  sheet?: string;
  cell?: string;
  definedName?: string;
  percent?: boolean;
}

/** Builds an issue with the code's default severity; the compiler checks the params. */
export function makeIssue<C extends IssueCode>(
  code: C,
  params: IssueParams<C>,
  ctx: IssueContext = {},
): Issue {
  const { severity, componentLabel, ...where } = ctx;
  const labels: Record<string, string> = componentLabel
    ? { componentVi: componentLabel.vi, componentEn: componentLabel.en }
    : {};
  return {
    code,
    severity: severity ?? ISSUE_DEFS[code].severity,
    ...where,
    params: { ...(params as Record<string, string | number>), ...labels },
  };
}

type DerivedCode = Extract<IssueCode, `DERIVED_${string}`>;
const DERIVED: Record<FormulaErrorCode, DerivedCode> = {
  MISSING: 'DERIVED_MISSING',
  DIV_ZERO: 'DERIVED_DIV_ZERO',
  NEGATIVE: 'DERIVED_NEGATIVE',
  NOT_INTEGER: 'DERIVED_NOT_INTEGER',
  OUT_OF_RANGE: 'DERIVED_OUT_OF_RANGE',
  EMPTY_LIST: 'DERIVED_EMPTY_LIST',
};

/** The issue explaining why a derived value could not be computed. */
export function issueFromFormulaFailure(
  id: FormulaId,
  failure: FormulaFailure,
  ctx: IssueContext = {},
): Issue {
  const spec = FORMULAS[id];
  const param = spec.params.find((p) => p.name === failure.param);
  const params: IssueParams<DerivedCode> = {
    formulaVi: spec.nameVi,
    formulaEn: spec.nameEn,
    paramVi: param?.labelVi ?? failure.param,
    paramEn: param?.labelEn ?? failure.param,
  };
  return makeIssue(DERIVED[failure.error], params, ctx);
}

// ---------------------------------------------------------------------------
// Rendering

export const MESSAGES: Record<Lang, Record<IssueCode, string>> = { vi: MESSAGES_VI, en: MESSAGES_EN };

export interface WhereLabels {
  file: string;
  sheet: string;
  cell: string;
  definedName: string;
  indicator: string;
  indicatorComponent: string;
}
const WHERE: Record<Lang, WhereLabels> = { vi: WHERE_VI, en: WHERE_EN };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
/** Shown for a param the caller forgot, so a raw `{placeholder}` never reaches a user. */
const MISSING_PARAM = '[?]';

/** The placeholder names of a template, in order of appearance. */
export const placeholders = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/** A message template with its `{name}` placeholders filled (shared by every message map). */
export const fillTemplate = (template: string, value: (name: string) => string | undefined): string =>
  template.replace(PLACEHOLDER, (_, name: string) => value(name) ?? MISSING_PARAM);

const langSuffix = (lang: Lang): string => (lang === 'vi' ? 'Vi' : 'En');

function showParam(issue: Issue, name: string, lang: Lang): string | undefined {
  const kind = (ISSUE_DEFS[issue.code].params as Readonly<Record<string, ParamKind>>)[name];
  const v =
    kind === 'localized' ? (issue.params[name + langSuffix(lang)] ?? issue.params[name]) : issue.params[name];
  if (v === undefined) return undefined;
  if (typeof v === 'number' && (kind === 'number' || kind === 'raw')) {
    return formatNumber(v, lang, {
      percent: issue.percent === true,
      grouping: kind === 'number',
      maxDecimals: kind === 'raw' ? 10 : undefined,
    });
  }
  if (kind === 'op') return v === '<=' ? '≤' : v === '>=' ? '≥' : String(v);
  // Catalogue labels and reasons may end with a full stop; the template supplies its own.
  if (kind === 'localized') return String(v).replace(/[.\s]+$/, '');
  return String(v);
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** "Tệp “X”, trang “Y”, ô Z (chỉ tiêu II.1 – Số FTE)"; '' when the issue has no location. */
export function where(issue: Issue, lang: Lang): string {
  const w = WHERE[lang];
  const at = (['file', 'sheet', 'cell', 'definedName'] as const)
    .filter((k) => issue[k] !== undefined && issue[k] !== '')
    .map((k) => fillTemplate(w[k], () => issue[k]));
  const label = issue.params[`component${langSuffix(lang)}`] ?? issue.component;
  const subject =
    issue.indicator === undefined
      ? ''
      : label === undefined
        ? fillTemplate(w.indicator, () => issue.indicator)
        : fillTemplate(w.indicatorComponent, (n) => (n === 'indicator' ? issue.indicator : String(label)));
  const location = at.join(', ');
  const text = location && subject ? `${location} (${subject})` : location || subject;
  return capitalize(text);
}

/** The full message: where it is, what is wrong and how to fix it. */
export function renderIssue(issue: Issue, lang: Lang): string {
  const body = fillTemplate(MESSAGES[lang][issue.code], (name) => showParam(issue, name, lang));
  const w = where(issue, lang);
  return w ? `${w}: ${body}` : body;
}
