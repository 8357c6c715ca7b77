import type { RegisterUnion } from '../registers/union';
/**
 * Input and output of the consolidation core: the values the units reported (already read
 * and validated from their workbooks) → one province-level result per indicator.
 */
import type { Aggregation } from '../catalog';
import type { TrlLevel } from '../formulas';
import type { Issue } from '../issues';

/** Where a reported value was read, so every province figure can be traced back to a cell. */
export interface ValueSource {
  file: string;
  sheet: string;
  /** A1 address of the (first) cell. */
  cell: string;
  /** The template's defined name, KHCN_<code>_<key>. */
  definedName: string;
}

/**
 * One component value reported by one unit, already parsed:
 * - number: counts, money, FTE, scores, dates (Excel serials), TRL levels; percents as fractions
 * - string: a text component
 * - readonly number[]: a number list (citation counts)
 * - readonly string[]: a text list (DOIs, document numbers)
 * A blank input is simply ABSENT from `values`: never 0 (missing ≠ zero). An empty list counts
 * as absent too. A value whose shape does not fit its component is ignored (validation reports it).
 */
export interface ReportedValue {
  /** Indicator code, e.g. 'II.1'. */
  indicator: string;
  /** Component key, e.g. 'papers'. */
  component: string;
  value: number | string | readonly number[] | readonly string[];
  source: ValueSource;
}

/**
 * Everything one unit reported. Upstream guarantees one value per (indicator, component) and unit;
 * should a unit appear twice, the value with the first source (file, sheet, cell) wins, so the
 * result still does not depend on the order of the submissions.
 */
export interface UnitSubmission {
  /** Registry id of the unit ('thong-ke', 'so-khcn', …). */
  unitId: string;
  values: readonly ReportedValue[];
}

export interface ConsolidateOptions {
  /** The fallback population when Thống kê tỉnh has not reported one: 3 619 433 (2025). */
  officialPopulation: number;
  /** Named in the POPULATION_FALLBACK flag. Default: 'Nghị quyết 202/2025/QH15'. */
  populationSource?: string;
  /** The run's reference population; computed from the submissions when absent. */
  population?: ReferencePopulation;
  /** The report year: the periods of register-derived figures (without it, registers are not used). */
  year?: number;
  /** The registers of the used files, de-duplicated over the units (consolidation/registers.ts). */
  registers?: readonly RegisterUnion[];
}

/**
 * The ONE population every per-capita value of a run uses: the statistics office's reported
 * average population for the year, or (when it has not reported one) the built-in official
 * figure, flagged once for the whole report.
 */
export type ReferencePopulation =
  | { from: 'statistics'; value: number; unitId: string; indicator: string; source: ValueSource }
  | { from: 'fallback'; value: number; sourceText: string };

/**
 * How the other reporters' values compare with an official figure (role 'official'): shown beside
 * the province value, never added to it.
 */
export interface CrossCheck {
  officialUnit: string;
  /** null when the official unit did not report (see `substitute`). */
  officialValue: number | null;
  check: 'equal' | 'parts';
  /** The other reporters' values, by unit id. */
  others: { unitId: string; value: number }[];
  /** Σ of the others (null when there are none). */
  othersSum: number | null;
  /**
   * 'parts': official − Σ others (negative: the parts exceed the whole). 'equal': the other value
   * farthest from the official one, minus the official one. null without both sides.
   */
  difference: number | null;
  /** The others' figure stands in for a missing official one (labelled, never silent). */
  substitute: boolean;
}

export type ConsolidatedValue = number | string | readonly number[] | readonly string[] | null;

/** One component at province level. */
export interface ConsolidatedComponent {
  /** null: nobody (or, for lead components, not the lead) reported it. */
  value: ConsolidatedValue;
  /**
   * Units whose values make up `value` (sorted): all reporting units for sum/concat, the lead for
   * lead components (none when the population fallback is used), the unit(s) holding the maximum
   * for max, the units that wrote notes for 'none'.
   */
  contributors: string[];
  /** Role 'official': the official figure against the other reporters' values. */
  crossCheck?: CrossCheck;
}

/** A reported value that the province result is built from. */
export interface ProvenanceRef {
  unitId: string;
  component: string;
  source: ValueSource;
}

/**
 * When a formula divides two summed components (Σnumerator ÷ Σdenominator), both sums run over
 * the same units: those that reported every summed argument. A unit giving a numerator without
 * its denominator is left out of the ratio (and flagged) instead of skewing it.
 */
export interface RatioBase {
  /** Units counted in the ratio, sorted. */
  units: string[];
  /** The summed arguments over those units. */
  inputs: Record<string, number | null>;
}

export interface ConsolidatedIndicator {
  code: string;
  /** The headline value (formula result or headline component); null when it cannot be computed. */
  value: number | null;
  /** Every catalogue component, by key. */
  components: Record<string, ConsolidatedComponent>;
  /** Units that reported at least one usable value for the indicator, sorted. */
  reportingUnits: string[];
  leadReported: boolean;
  rule: Aggregation;
  flags: Issue[];
  /** TRL 1–9 counts of the pooled levels ('distribution' indicators only). */
  distribution?: Record<TrlLevel, number>;
  ratioBase?: RatioBase;
  /**
   * The indicator's formula beside a component headline (I.4's share of the budget, IV.5's share
   * of active enterprises); null when it cannot be computed. Absent for formula headlines.
   */
  formulaValue?: number | null;
  /** The reported values used, in catalogue component order then unit id. */
  usedValues: ProvenanceRef[];
}
