/**
 * Checks zod cannot express: every reference inside the catalogue resolves (formula arguments,
 * headline, cross rules, target links, unit ids, categories) and the statistical conventions hold
 * (a share has its numerator ≤ denominator rule, a value only the lead enters is taken from the
 * lead, …). loadCatalog refuses a catalogue with any problem, so a bad data edit fails loudly.
 */
import { measureIsPercent, measureKey, measureSpec, measureTiming } from './measures';
import type {
  Component,
  ComponentRole,
  ComponentType,
  Formula,
  FormulaId,
  Indicator,
  ReportingUnit,
  Target,
} from './schema';

export interface CatalogData {
  readonly indicators: readonly Indicator[];
  readonly units: readonly ReportingUnit[];
  readonly targets: readonly Target[];
}

const NUMERIC: readonly ComponentType[] = ['integer', 'decimal', 'money', 'percent'];
const SUMMABLE: readonly ComponentType[] = ['integer', 'decimal', 'money'];

interface Signature {
  /** A fixed number of arguments, or 'many' (≥ 1) for a pooled list. */
  readonly args: number | 'many';
  readonly accepts: readonly ComponentType[];
  readonly results: readonly Formula['resultType'][];
}

/**
 * How catalogue formulas use the functions of formulas.ts. For TRL_MEDIAN and TOTAL, several
 * components feed one list parameter: their values are pooled (blanks skipped).
 */
const SIGNATURES: Record<FormulaId, Signature> = {
  FTE_PER_10K: { args: 2, accepts: NUMERIC, results: ['decimal'] },
  PER_10K: { args: 2, accepts: NUMERIC, results: ['decimal'] },
  SHARE: { args: 2, accepts: NUMERIC, results: ['percent'] },
  AVG_CITATIONS: { args: 2, accepts: NUMERIC, results: ['decimal'] },
  COST_PER_PUB: { args: 2, accepts: NUMERIC, results: ['money'] },
  GROWTH: { args: 2, accepts: NUMERIC, results: ['percent'] },
  IMPROVEMENT: { args: 2, accepts: NUMERIC, results: ['decimal'] },
  HINDEX: { args: 1, accepts: ['list'], results: ['integer'] },
  TRL_MEDIAN: { args: 'many', accepts: ['level'], results: ['decimal'] },
  TOTAL: { args: 'many', accepts: SUMMABLE, results: ['integer', 'decimal', 'money'] },
};

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function isNfc(s: string): boolean {
  return s === s.normalize('NFC');
}

/** The component types each reporting role can combine. */
const ROLE_TYPES: Record<ComponentRole, readonly ComponentType[]> = {
  // Texts and dates of the official source (its method, its baseline date) are kept as they are.
  official: [...NUMERIC, 'text', 'date'],
  sum: SUMMABLE,
  max: SUMMABLE,
  register: SUMMABLE,
  list: ['list', 'level'],
  note: ['text', 'date'],
  population: ['integer'],
};

function componentProblems(ind: Indicator, c: Component): string[] {
  const at = `${ind.code}.${c.key}`;
  const p: string[] = [];
  // A warning threshold at or above the maximum never fires (the value is an error first).
  if (c.warnAbove !== undefined && (c.warnAbove < c.min || c.warnAbove >= c.max)) {
    p.push(`${at}: warnAbove ${c.warnAbove} outside [${c.min}, ${c.max})`);
  }
  if (!ROLE_TYPES[c.role].includes(c.type)) p.push(`${at}: type '${c.type}' cannot have role '${c.role}'`);
  if (c.scope === 'official' && c.role !== 'official' && c.role !== 'population') {
    p.push(`${at}: scope 'official' needs role 'official' or 'population'`);
  }
  if (c.scope === 'lead' && !(c.role === 'note' || (c.role === 'official' && c.officialUnit === undefined))) {
    p.push(`${at}: a lead-only component is the lead's official figure (or a note)`);
  }
  if (c.officialUnit !== undefined && c.role !== 'official' && c.role !== 'population') {
    p.push(`${at}: officialUnit without role 'official' or 'population'`);
  }
  if (c.role === 'population' && c.officialUnit === undefined)
    p.push(`${at}: population needs its source unit`);
  if (c.register !== undefined && c.role !== 'register' && c.role !== 'list') {
    p.push(`${at}: only register counts and lists name a register`);
  }
  if (typeof c.scope === 'object') {
    for (const cat of c.scope.categories)
      if (!ind.cooperatingCategories.includes(cat))
        p.push(`${at}: scope category '${cat}' does not cooperate on ${ind.code}`);
  }
  if (!isNfc(c.labelVi)) p.push(`${at}: labelVi is not NFC`);
  return p;
}

function formulaProblems(ind: Indicator, f: Formula): string[] {
  const p: string[] = [];
  const sig = SIGNATURES[f.fn];
  const fixed = typeof sig.args === 'number';
  if (fixed ? f.args.length !== sig.args : f.args.length < 1) {
    p.push(`${ind.code}: ${f.fn} takes ${String(sig.args)} argument(s), got ${f.args.length}`);
  }
  if (f.fn === 'TOTAL' && f.args.length < 2) p.push(`${ind.code}: TOTAL of fewer than two parts`);
  if (!sig.results.includes(f.resultType))
    p.push(`${ind.code}: ${f.fn} cannot give a '${f.resultType}' result`);
  for (const key of f.args) {
    const c = ind.components.find((x) => x.key === key);
    if (!c) {
      p.push(`${ind.code}: formula argument '${key}' is not a component`);
    } else if (!sig.accepts.includes(c.type)) {
      p.push(`${ind.code}: ${f.fn} cannot take '${key}' of type '${c.type}'`);
    } else if (c.type === 'list' && c.listItem !== 'number') {
      p.push(`${ind.code}: ${f.fn} needs a list of numbers, '${key}' holds text`);
    }
  }
  if (duplicates(f.args).length > 0) p.push(`${ind.code}: a formula argument is repeated`);
  if (f.fn === 'SHARE') {
    const [part, whole] = f.args;
    const single = (keys: readonly string[], key: string | undefined): boolean =>
      keys.length === 1 && keys[0] === key;
    if (!ind.crossRules.some((r) => single(r.left, part) && r.op === '<=' && single(r.right, whole))) {
      p.push(`${ind.code}: SHARE needs the cross rule ${String(part)} <= ${String(whole)}`);
    }
  }
  return p;
}

/** Rules on how the province-level value is obtained. */
function aggregationProblems(ind: Indicator): string[] {
  const p: string[] = [];
  const f = ind.formula;
  const inputs =
    ind.headline.kind === 'component' ? [ind.headline.key] : f ? f.args : ([] as readonly string[]);
  const byKey = (k: string): Component | undefined => ind.components.find((c) => c.key === k);
  switch (ind.aggregation) {
    case 'sum':
      for (const c of ind.components) {
        if (SUMMABLE.includes(c.type) && !['sum', 'register', 'official', 'max'].includes(c.role)) {
          p.push(`${ind.code}: aggregation 'sum' but '${c.key}' has role '${c.role}'`);
        }
      }
      break;
    case 'lead':
      for (const k of inputs) {
        if (byKey(k)?.role !== 'official')
          p.push(`${ind.code}: aggregation 'lead' but '${k}' is not official`);
      }
      break;
    case 'distribution':
      if (f?.fn !== 'TRL_MEDIAN') p.push(`${ind.code}: aggregation 'distribution' needs TRL_MEDIAN`);
      break;
    case 'mergeList':
      if (f?.fn !== 'HINDEX') p.push(`${ind.code}: aggregation 'mergeList' needs HINDEX`);
      break;
    case 'dedupCount': {
      const hasIds = ind.components.some((c) => c.listItem === 'text' && c.role === 'list');
      const head = ind.headline.kind === 'component' ? byKey(ind.headline.key) : undefined;
      if (!hasIds || head?.type !== 'integer') {
        p.push(`${ind.code}: aggregation 'dedupCount' needs an integer headline and a list of identifiers`);
      }
      break;
    }
    case 'recompute':
      break;
  }
  return p;
}

/** Target links: the measure exists, is a percentage when the target is, and a same-measure link compares like with like. */
function linkProblems(ind: Indicator, targets: ReadonlyMap<string, Target>): string[] {
  const p: string[] = [];
  for (const t of ind.targets) {
    const target = targets.get(t.code);
    const spec = measureSpec(ind, t.measure);
    const shown = measureKey(t.measure);
    if (!target) p.push(`${ind.code}: target ${t.code} does not exist`);
    if (spec === undefined) {
      p.push(`${ind.code}: target measure '${shown}' is not a number of the indicator`);
      continue;
    }
    if (!target) continue;
    if (measureIsPercent(spec) !== target.isPercent) {
      p.push(
        `${ind.code}: ${t.code} is ${target.isPercent ? '' : 'not '}a percentage but '${shown}' is the opposite`,
      );
    }
    if (t.comparable === 'same' && measureTiming(spec) !== target.timing) {
      p.push(
        `${ind.code}: ${t.code} is a ${target.timing} but '${shown}' is a ${measureTiming(spec)}: link them as 'related'`,
      );
    }
  }
  return p;
}

/** Who enters and who gives the figure must be units that take part in the indicator. */
function officialProblems(ind: Indicator, units: ReadonlyMap<string, ReportingUnit>): string[] {
  const p: string[] = [];
  for (const c of ind.components) {
    const id = c.officialUnit;
    if (id === undefined) continue;
    const unit = units.get(id);
    if (unit === undefined) {
      p.push(`${ind.code}.${c.key}: official unit '${id}' is not in the registry`);
      continue;
    }
    const takesPart =
      ind.leadUnitId === id ||
      ind.cooperatingUnitIds.includes(id) ||
      unit.categories.some((cat) => ind.cooperatingCategories.includes(cat));
    // The reference population is supplied by the run where its source does not take part.
    if (c.role === 'official' && !takesPart)
      p.push(`${ind.code}.${c.key}: official unit '${id}' does not report ${ind.code}`);
  }
  return p;
}

function indicatorProblems(
  ind: Indicator,
  units: ReadonlyMap<string, ReportingUnit>,
  categories: ReadonlySet<string>,
  targets: ReadonlyMap<string, Target>,
): string[] {
  const unitIds = new Set(units.keys());
  const p: string[] = [];
  if (ind.code.split('.')[0] !== ind.group)
    p.push(`${ind.code}: group '${ind.group}' does not match the code`);
  for (const s of [ind.nameVi, ind.leadUnitVi, ind.cooperatingVi])
    if (!isNfc(s)) p.push(`${ind.code}: text not NFC`);

  const keys = ind.components.map((c) => c.key);
  for (const d of duplicates(keys)) p.push(`${ind.code}: component key '${d}' is repeated`);
  for (const c of ind.components) p.push(...componentProblems(ind, c));
  const numeric = (k: string): boolean => {
    const c = ind.components.find((x) => x.key === k);
    return c !== undefined && NUMERIC.includes(c.type);
  };

  if (ind.headline.kind === 'component') {
    if (!numeric(ind.headline.key))
      p.push(`${ind.code}: headline '${ind.headline.key}' is not a numeric component`);
  } else if (!ind.formula) {
    p.push(`${ind.code}: headline is the formula but there is none`);
  }
  if (ind.formula) p.push(...formulaProblems(ind, ind.formula));
  p.push(...aggregationProblems(ind));

  for (const r of ind.crossRules) {
    const keys = [...r.left, ...r.right];
    if (!keys.every(numeric) || r.left.some((k) => r.right.includes(k)) || duplicates(keys).length > 0) {
      p.push(
        `${ind.code}: cross rule ${r.left.join('+')} ${r.op} ${r.right.join('+')} needs distinct numeric components`,
      );
    }
  }
  p.push(...linkProblems(ind, targets), ...officialProblems(ind, units));

  if (!unitIds.has(ind.leadUnitId))
    p.push(`${ind.code}: lead unit '${ind.leadUnitId}' is not in the registry`);
  for (const id of ind.cooperatingUnitIds) {
    if (!unitIds.has(id)) p.push(`${ind.code}: cooperating unit '${id}' is not in the registry`);
    if (id === ind.leadUnitId) p.push(`${ind.code}: the lead unit is also listed as cooperating`);
  }
  for (const cat of ind.cooperatingCategories) {
    if (!categories.has(cat)) p.push(`${ind.code}: no unit of category '${cat}' in the registry`);
  }
  return p;
}

/** Every problem found, as English messages for developers; [] when the catalogue is sound. */
export function catalogProblems(data: CatalogData): string[] {
  const p: string[] = [];
  for (const d of duplicates(data.indicators.map((i) => i.code))) p.push(`indicator ${d} is repeated`);
  for (const d of duplicates(data.units.map((u) => u.id))) p.push(`unit id ${d} is repeated`);
  for (const d of duplicates(data.targets.map((t) => t.code))) p.push(`target ${d} is repeated`);
  const codes = data.units.flatMap((u) => (u.statCode ? [u.statCode] : []));
  for (const d of duplicates(codes)) p.push(`statistics code ${d} is repeated`);
  for (const u of data.units) {
    if (!isNfc(u.nameVi)) p.push(`unit ${u.id}: name not NFC`);
    if ((u.kind === 'commune') !== (u.statCode !== undefined && u.communeType !== undefined)) {
      p.push(`unit ${u.id}: communes, and only communes, have a statistics code and type`);
    }
  }
  const units = new Map(data.units.map((u) => [u.id, u]));
  const categories = new Set(data.units.flatMap((u) => u.categories));
  const targets = new Map(data.targets.map((t) => [t.code, t]));
  for (const ind of data.indicators) p.push(...indicatorProblems(ind, units, categories, targets));
  return p;
}
