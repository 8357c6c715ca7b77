/**
 * Zod schemas of the indicator catalogue, the reporting-unit registry and the
 * provincial targets. The catalogue data is validated against these when it is
 * loaded, so a bad edit of the data fails loudly instead of producing wrong numbers.
 */
import { z } from 'zod';
import {
  GROUPS,
  STAGES,
  COMPONENT_TYPES,
  COMPONENT_ROLES,
  REGISTER_KEYS,
  UNIT_CATEGORIES,
  FORMULA_IDS,
  AGGREGATIONS,
  TARGET_YEARS,
} from './constants';

export * from './constants';

export const groupSchema = z.enum(GROUPS);
export type Group = z.infer<typeof groupSchema>;

export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

export const componentTypeSchema = z.enum(COMPONENT_TYPES);
export type ComponentType = z.infer<typeof componentTypeSchema>;

export const componentRoleSchema = z.enum(COMPONENT_ROLES);
export type ComponentRole = z.infer<typeof componentRoleSchema>;

export const registerKeySchema = z.enum(REGISTER_KEYS);
export type RegisterKey = z.infer<typeof registerKeySchema>;

export const unitCategorySchema = z.enum(UNIT_CATEGORIES);
export type UnitCategory = z.infer<typeof unitCategorySchema>;

/**
 * Which of the units assigned to an indicator have the input in their template:
 * 'all' (lead and cooperating units), 'lead', 'official' (only the component's official unit),
 * 'none' (nobody: the value is supplied by the run, like the reference population), or the
 * cooperating units of some categories (telecom providers alone report 5G coverage).
 */
export const componentScopeSchema = z.union([
  z.enum(['all', 'lead', 'official', 'none']),
  z.object({ categories: z.array(unitCategorySchema).min(1) }),
]);
export type ComponentScope = z.infer<typeof componentScopeSchema>;

export const componentSchema = z
  .object({
    /** ASCII identifier used in defined names: KHCN_<code>_<key>. */
    key: z.string().regex(/^[a-z][a-z0-9_]*$/),
    labelVi: z.string().min(1),
    labelEn: z.string().min(1),
    type: componentTypeSchema,
    /** Unit of measure shown next to the input ("người", "triệu đồng", "%"). */
    unitVi: z.string().min(1),
    unitEn: z.string().min(1),
    /** Hard bounds: outside them the value is an error. Percent bounds are fractions. */
    min: z.number(),
    max: z.number(),
    /** Above this the value is plausible but unusual: a warning, not an error. */
    warnAbove: z.number().optional(),
    required: z.boolean(),
    scope: componentScopeSchema,
    role: componentRoleSchema,
    /** role 'official' or 'population': the registry id of the unit giving the province figure. */
    officialUnit: z.string().optional(),
    /** role 'official': how the other reporters' values are checked against the official one. */
    crossCheck: z.enum(['equal', 'parts']).optional(),
    /** role 'register' (and lists that feed one): the register the items belong to. */
    register: registerKeySchema.optional(),
    /** 'stock': a level at the reporting date (groups, facilities, staff); default: a flow of the year. */
    timing: z.literal('stock').optional(),
    hintVi: z.string().optional(),
    hintEn: z.string().optional(),
    /**
     * What a 'list' holds. 'number': each item is a number and min/max/warnAbove bound each
     * item (citation counts). 'text': identifiers or names (DOIs, document numbers); for these
     * and for 'text' components min/max bound the length in characters (Excel's cell limit is 32 767).
     */
    listItem: z.enum(['number', 'text']).optional(),
  })
  .refine((c) => c.min <= c.max, { message: 'min must be <= max' })
  .refine((c) => (c.type === 'list') === (c.listItem !== undefined), {
    message: "listItem is required for (and only for) type 'list'",
  })
  .refine((c) => (c.role === 'official') === (c.crossCheck !== undefined), {
    message: "crossCheck is required for (and only for) role 'official'",
  })
  .refine((c) => c.role !== 'register' || c.register !== undefined, {
    message: "role 'register' names its register",
  });
export type Component = z.infer<typeof componentSchema>;

/**
 * Derived formulas. Each id is one pure function in `domain/formulas.ts`, one
 * KHCN custom function (same name) and one native Excel formula for templates.
 */
export const formulaIdSchema = z.enum(FORMULA_IDS);
export type FormulaId = z.infer<typeof formulaIdSchema>;

export const formulaSchema = z.object({
  fn: formulaIdSchema,
  /** Component keys, in the function's parameter order. */
  args: z.array(z.string()).min(1),
  /** Unit of measure of the result. */
  unitVi: z.string(),
  unitEn: z.string(),
  /** Result type drives number formats: percent results are fractions. */
  resultType: z.enum(['decimal', 'percent', 'money', 'integer']),
});
export type Formula = z.infer<typeof formulaSchema>;

/**
 * How the province-level value is obtained from the units' values.
 * - sum: sum the components, the value is the (single / TOTAL) sum
 * - recompute: aggregate each component by its own rule, then apply the formula
 *   (ratios are Σnumerator ÷ Σdenominator, never a mean of unit rates)
 * - lead: the lead unit's values only
 * - distribution: pool all levels reported and describe the distribution (median)
 * - dedupCount: count distinct items of a list (DOIs) plus undocumented counts
 * - mergeList: merge lists and recompute (h-index from merged citation lists)
 */
export const aggregationSchema = z.enum(AGGREGATIONS);
export type Aggregation = z.infer<typeof aggregationSchema>;

/**
 * A rule between values of one indicator: Σleft <op> Σright ('=' for parts that must add up to
 * their total). Checked in each unit's file and again on the province values, DHIS2-style:
 * `importance` ranks violations; `missing` says what happens when a side has no value
 * ('skip-if-any' side is missing, 'skip-if-all' values are missing, 'never' skip: a missing
 * value is then reported as a rule that cannot be checked; missing is never read as 0).
 */
export const crossRuleSchema = z.object({
  left: z.array(z.string()).min(1),
  op: z.enum(['<=', '>=', '=']),
  right: z.array(z.string()).min(1),
  importance: z.enum(['high', 'medium', 'low']),
  missing: z.enum(['skip-if-any', 'skip-if-all', 'never']),
  /** Vietnamese and English description of why, shown in the message. */
  reasonVi: z.string(),
  reasonEn: z.string(),
});
export type CrossRule = z.infer<typeof crossRuleSchema>;

/**
 * The number of an indicator compared with a Plan 17/KH-UBND target: 'value' (the headline),
 * 'formula' (the indicator's formula when the headline is a component, e.g. I.4's budget share),
 * a component key, or a formula over components (B.10 counts persons: headcount per 10,000).
 */
export const linkMeasureSchema = z.union([
  z.string(),
  z.object({ fn: formulaIdSchema, args: z.array(z.string()).min(1) }),
  /** The yearly growth of a component's province value against the previous period (--previous). */
  z.object({ growth: z.string() }),
]);
export type LinkMeasure = z.infer<typeof linkMeasureSchema>;

/**
 * One indicator ↔ target link. 'same': both measure the same thing (same quantity, same stock or
 * flow), so the target gets a verdict; 'related': only related, shown side by side without one.
 */
export const targetLinkSchema = z.object({
  code: z.string().regex(/^[A-E]\.\d+$/),
  measure: linkMeasureSchema,
  comparable: z.enum(['same', 'related']),
  noteVi: z.string().optional(),
});
export type TargetLink = z.infer<typeof targetLinkSchema>;

export const indicatorSchema = z.object({
  code: z.string().regex(/^(I|II|III|IV|V)\.\d+$/),
  group: groupSchema,
  groupNameVi: z.string(),
  stage: stageSchema,
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  /** Verbatim from the plan's appendix. */
  leadUnitVi: z.string(),
  cooperatingVi: z.string(),
  /** Resolved registry ids. */
  leadUnitId: z.string(),
  cooperatingUnitIds: z.array(z.string()),
  /** Registry categories named by the plan without listing units ("Các Viện nghiên cứu, trường Đại học"). */
  cooperatingCategories: z.array(z.string()),
  /** ISO date. */
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  unitOfMeasureVi: z.string(),
  unitOfMeasureEn: z.string(),
  components: z.array(componentSchema).min(1),
  /** The headline value: the formula's result, or one component. */
  headline: z.union([
    z.object({ kind: z.literal('formula') }),
    z.object({ kind: z.literal('component'), key: z.string() }),
  ]),
  formula: formulaSchema.optional(),
  aggregation: aggregationSchema,
  /**
   * Which units a province ratio (Σnumerator ÷ Σdenominator) runs over: those reporting every
   * summed argument ('reporting', default), or only those whose denominator is above zero
   * ('positive-denominator': II.8 divides spending by the papers of the units that publish).
   */
  ratioUnits: z.enum(['reporting', 'positive-denominator']).optional(),
  crossRules: z.array(crossRuleSchema),
  targets: z.array(targetLinkSchema),
  /** Working definitions pending the Ministry's methodology (1969/QĐ-BKHCN, TT 45/2025/TT-BKHCN). */
  definitionStatus: z.enum(['working', 'official']),
  methodVi: z.string(),
  methodEn: z.string(),
  /** Who gives the province figure of each component, and why (the reporting roles in words). */
  reportingVi: z.string().min(1),
  reportingEn: z.string().min(1),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const reportingUnitSchema = z.object({
  /** Stable id, ASCII: used on the command line, in file names and in template identity. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  kind: z.enum(['agency', 'commune', 'placeholder']),
  categories: z.array(unitCategorySchema).min(1),
  /** Statistics code (mã đơn vị hành chính) for communes/wards. */
  statCode: z.string().optional(),
  /** Phường / Xã for communes. */
  communeType: z.enum(['Phường', 'Xã']).optional(),
  /** Vietnamese tax code (mã số thuế) of an enterprise: 10 digits, or 10 + '-' + 3 for a branch. */
  taxCode: z.string().optional(),
  /** Who the office writes to (registry file columns "Người liên hệ", "Email", "Điện thoại"). */
  contact: z
    .object({ person: z.string().optional(), email: z.string().optional(), phone: z.string().optional() })
    .optional(),
  /** Expected to report (completeness counts these); placeholders never are. */
  mustReport: z.boolean(),
});
export type ReportingUnit = z.infer<typeof reportingUnitSchema>;

/** Who units write to at the coordinating office (shown on every template's instructions sheet). */
export const officeContactSchema = z.object({
  nameVi: z.string().min(1),
  person: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
});
export type OfficeContact = z.infer<typeof officeContactSchema>;

export type TargetYear = (typeof TARGET_YEARS)[number];

/** One cell of Appendix I of Plan 17/KH-UBND, parsed into comparable form. */
export const targetValueSchema = z.discriminatedUnion('op', [
  z.object({ op: z.enum(['>=', '>', '=', '<=', '<']), value: z.number(), raw: z.string() }),
  z.object({ op: z.literal('range'), min: z.number(), max: z.number(), raw: z.string() }),
  /** "Top 10" in a ranking: rank <= n */
  z.object({ op: z.literal('top'), value: z.number(), raw: z.string() }),
  /** "Tăng dần theo từng năm", "≥3% và tăng dần…": a trend, not directly comparable. */
  z.object({ op: z.literal('trend'), floor: z.number().optional(), raw: z.string() }),
  /** "Phấn đấu có 01 công trình": an aspiration with a number. */
  z.object({ op: z.literal('text'), value: z.number().optional(), raw: z.string() }),
]);
export type TargetValue = z.infer<typeof targetValueSchema>;

export const targetSchema = z.object({
  /**
   * 'stock': a level at a date (enterprises in the province, centres operating); 'flow': what
   * happens in a year ("mỗi năm"); 'rate': a share, index or rank. A same-measure link compares
   * like with like: a yearly flow is never judged against a stock target.
   */
  timing: z.enum(['stock', 'flow', 'rate']),
  /** Which way is better: 'lower' for ranks (Top 10), 'higher' otherwise (exceeding a range is met). */
  better: z.enum(['higher', 'lower']),
  code: z.string().regex(/^[A-E]\.\d+$/),
  section: z.string(),
  nameVi: z.string(),
  unitVi: z.string(),
  /** Percent targets store fractions (≥60% -> 0.6), like percent components. */
  isPercent: z.boolean(),
  values: z.record(z.string(), targetValueSchema),
  monitoringAgencyVi: z.string(),
  source: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  note: z.string(),
});
export type Target = z.infer<typeof targetSchema>;
