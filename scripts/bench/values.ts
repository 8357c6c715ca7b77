/**
 * Plausible values a unit types into its template, for the benchmark's generated workbooks.
 * Only the inputs present in the unit's template are filled (lead-only inputs exist only in the
 * lead's template); every value passes the in-place validation:
 * - within the component's bounds and below its warning threshold (warnAbove), whole numbers
 *   where the template asks for them, TRL levels 1–9, dates inside the allowed window;
 * - the catalogue's cross rules hold (left ≤ right: the right side is drawn first, the left one
 *   as a share of it);
 * - denominators of the derived formulas are ≥ 1 (no ÷ 0 warning), papers ≥ DOIs listed;
 * - required inputs are always filled; about a third of the optional ones are left blank.
 * Sizes depend on the unit: a commune reports small counts (often 0), a department or the lead
 * unit of an indicator larger ones; province totals (population, budget) only come from leads.
 */
import type { Catalog, Component, Indicator, ReportingUnit } from '../../src/domain/catalog';
import { isoToExcelSerial } from '../../src/domain/catalog';
import { isWhole } from '../../src/domain/template/inputs';
import type { TemplateLayout } from '../../src/domain/template/layout-types';
import { Rng } from './prng';

/** What goes into one cell: a number, a text, a date (written as an Excel date), or nothing. */
export type CellFill = number | string | Date | null;

/** One input name's values, first cell first (a numeric list fills the top of its block). */
export interface InputFill {
  name: string;
  values: CellFill[];
  /** The free-text evidence ("Nguồn số liệu / minh chứng") next to each filled cell, when given. */
  evidence: (string | null)[];
}

const OPTIONAL_BLANK = 0.3;
const EVIDENCE = 0.4;

const TEXTS = [
  'Theo báo cáo thống kê năm 2026',
  'Số liệu tổng hợp từ các phòng chuyên môn',
  'Khảo sát 400 hộ gia đình, quy đổi thang 100',
  'Scopus và Web of Science, truy cập 30/11/2026',
  'Ước tính theo kết quả 9 tháng đầu năm, cộng dự kiến quý IV',
  'Đối chiếu với hồ sơ lưu trữ của đơn vị',
  'Báo cáo tài chính đã kiểm toán năm 2025',
  'Phiếu điều tra doanh nghiệp năm 2026 (Thống kê tỉnh)',
];
const EVIDENCE_TEXTS = [
  'Báo cáo số 215/BC-UBND ngày 20/11/2026',
  'Sổ theo dõi của phòng Kinh tế',
  'Hệ thống thông tin thống kê ngành',
  'Biên bản nghiệm thu kèm theo',
  'Danh sách chi tiết ở phụ lục 2',
  'Theo quyết toán ngân sách',
];
const ITEMS = [
  'Quyết định 12/QĐ-UBND về chuyển đổi số',
  'Kế hoạch 45/KH-UBND phát triển KH&CN',
  'Phòng thí nghiệm vi sinh',
  'Nhóm nghiên cứu vật liệu mới',
  'Giải thưởng sáng tạo kỹ thuật tỉnh',
  'Mô hình trồng lúa hữu cơ',
  'Tiêu chuẩn cơ sở TCCS 01:2026',
  'Sách chuyên khảo về nông nghiệp số',
  'Công nghệ xử lý nước thải làng nghề',
  'Sản phẩm OCOP 4 sao',
  'Quy trình chế biến gốm Phù Lãng',
  'Giống lúa thuần BN-26',
  'Hệ thống quan trắc môi trường tự động',
  'Trung tâm đổi mới sáng tạo tỉnh',
];
/** Shares of the right side for some left sides (the province spends 0.5–3 % of its budget on S&T). */
const SHARES: Record<string, [number, number]> = { spending: [0.005, 0.03], fte: [0.4, 0.95] };
/** Drawn before the value that follows them (current score, current productivity). */
const BASES = new Set(['baseline_score', 'productivity_previous']);
/** DOIs of papers co-authored by several units: de-duplicated on consolidation. */
const SHARED_DOIS = 300;

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The highest value that is neither an error nor a warning. */
const ceiling = (c: Component): number => Math.min(c.max, c.warnAbove ?? c.max);

/** Keys divided by in the indicator's formula: kept ≥ 1 so the result is never ÷ 0. */
function denominators(ind: Indicator): Set<string> {
  const f = ind.formula;
  const divides = ['FTE_PER_10K', 'PER_10K', 'SHARE', 'AVG_CITATIONS', 'COST_PER_PUB', 'GROWTH'];
  return new Set(f && divides.includes(f.fn) && f.args[1] !== undefined ? [f.args[1]] : []);
}

/** How big the unit's figures are: communes small, departments and leads larger. */
function scaleOf(unit: ReportingUnit, lead: boolean): number {
  const base = unit.kind === 'commune' ? 1 : unit.kind === 'placeholder' ? 3 : 5;
  return lead ? base * 4 : base;
}

class UnitValues {
  private dois = 0;

  constructor(
    private readonly rng: Rng,
    private readonly unit: ReportingUnit,
  ) {}

  /** A value of a numeric component with nothing above it (right sides, free figures). */
  free(ind: Indicator, c: Component, lead: boolean, denominator: boolean): number {
    const r = this.rng;
    const top = ceiling(c);
    const scale = scaleOf(this.unit, lead);
    const commune = this.unit.kind === 'commune';
    const clamp = (v: number): number => Math.max(c.min, Math.min(top, denominator ? Math.max(1, v) : v));
    // Province-wide figures: from the lead unit, or coverage figures from a telecom provider.
    const provinceWide = lead || this.unit.categories.includes('telecom');
    switch (provinceWide ? c.key : '') {
      case 'population':
        return clamp(r.int(3_500_000, 3_700_000));
      case 'population_5g':
        return clamp(r.int(1_800_000, 3_400_000));
      case 'fixed_subscribers':
        return clamp(r.int(150_000, 900_000));
      case 'active_enterprises':
        return clamp(r.int(18_000, 26_000));
      case 'new_enterprises':
        return clamp(r.int(2_500, 4_500));
      case 'total_budget':
        return clamp(round1(r.uniform(6_000_000, 9_500_000)));
      case 'total_revenue':
      case 'total_value':
      case 'total_funds':
      case 'enterprise_spending':
        return clamp(round1(r.uniform(0.2, 1) * Math.min(top, lead ? 2_000_000 : 40_000 * scale)));
      case 'productivity_previous':
        return clamp(round1(r.uniform(150, 350)));
      case 'baseline_score':
        return clamp(round1(r.uniform(40, 80)));
      default:
        break;
    }
    switch (c.type) {
      case 'integer': {
        if (!denominator && commune && r.chance(0.25)) return clamp(0);
        const typical = Math.min(top, (c.scope === 'lead' || c.role === 'official' ? 300 : 12) * scale);
        return clamp(Math.round(r.skewed(typical)));
      }
      case 'decimal':
        return clamp(round1(r.skewed(Math.min(top, 40 * scale))));
      case 'money': {
        const typical = Math.min(top, commune ? 1_500 : 8_000 * scale);
        const v = r.skewed(typical);
        return clamp(r.chance(0.5) ? Math.round(v) : round1(v));
      }
      case 'percent':
        return clamp(round3(r.uniform(Math.max(c.min, 0), Math.min(top, 1))));
      case 'level':
        return Math.max(1, Math.min(9, r.int(1, 9)));
      default:
        throw new Error(`${ind.code} ${c.key}: not a number (${c.type})`);
    }
  }

  /** A left side of cross rules: a share of the smallest right side. */
  below(ind: Indicator, c: Component, cap: number, denominator: boolean): number {
    const [lo, hi] = SHARES[c.key] ?? [0.05, 0.95];
    const v = cap * this.rng.uniform(lo, hi);
    const n = Math.max(c.min, isWhole(ind, c) ? Math.floor(v) : round1(v));
    return Math.min(ceiling(c), cap, denominator && cap >= 1 ? Math.max(1, n) : n);
  }

  text(): string {
    return this.rng.pick(TEXTS);
  }

  evidence(): string | null {
    return this.rng.chance(EVIDENCE) ? this.rng.pick(EVIDENCE_TEXTS) : null;
  }

  /** DOIs: some shared with other units (co-authored), some written as https://doi.org/ links. */
  doiList(count: number): string {
    const r = this.rng;
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      let doi: string;
      if (r.chance(0.25)) doi = `10.1016/j.bn.2026.${String(r.int(1, SHARED_DOIS)).padStart(4, '0')}`;
      else doi = `10.5555/bn-${this.unit.id}-${(this.dois += 1)}`;
      out.push(r.chance(0.1) ? `https://doi.org/${doi.toUpperCase()}` : doi);
    }
    return [...new Set(out)].join('; ');
  }

  items(): string {
    return this.rng.sample(ITEMS, this.rng.int(1, 4)).join('; ');
  }

  citations(): number[] {
    const r = this.rng;
    const k = r.int(1, this.unit.kind === 'commune' ? 6 : 30);
    return Array.from({ length: k }, () => Math.round(r.skewed(300, 3)));
  }

  date(c: Component): Date {
    const lo = Math.max(c.min, isoToExcelSerial('2024-01-01'));
    const hi = Math.min(c.max, isoToExcelSerial('2025-12-31'));
    const serial = this.rng.int(lo, hi);
    return new Date((serial - 25_569) * 86_400_000); // UTC midnight
  }
}

/** Components, keyed, in dependency order: the right side of a rule before its left side. */
function ruleOrder(
  ind: Indicator,
  keys: readonly string[],
): { order: string[]; caps: Map<string, string[]> } {
  const present = new Set(keys);
  const caps = new Map<string, string[]>();
  for (const rule of ind.crossRules) {
    // Parts adding up to a total are split from it afterwards (splitParts); here one key a side.
    if (rule.op === '=' || rule.left.length !== 1 || rule.right.length !== 1) continue;
    const [l = '', r = ''] = [rule.left[0], rule.right[0]];
    const [small, big] = rule.op === '<=' ? [l, r] : [r, l];
    if (!present.has(small) || !present.has(big)) continue;
    caps.set(small, [...(caps.get(small) ?? []), big]);
  }
  const order: string[] = [];
  const pending = new Set(keys);
  while (pending.size > 0) {
    const ready = [...pending].filter((k) => (caps.get(k) ?? []).every((b) => !pending.has(b)));
    if (ready.length === 0) throw new Error(`cross rules of ${ind.code} form a cycle`);
    for (const k of ready) {
      order.push(k);
      pending.delete(k);
    }
  }
  return { order, caps };
}

/**
 * Parts that must add up to a total (I.2's breakdowns, V.2's jobs by sex): whole-number parts are
 * split from the total at random; decimal parts (FTE by occupation) are left blank, as are parts
 * of a total that was left blank. Either way the rule holds (or is skipped).
 */
function splitParts(ind: Indicator, rng: Rng, values: Map<string, CellFill[]>, blank: Set<string>): void {
  for (const rule of ind.crossRules) {
    if (rule.op !== '=' || rule.right.length !== 1) continue;
    const totalValue = values.get(rule.right[0] ?? '')?.[0];
    const whole = rule.left.every((k) => ind.components.find((c) => c.key === k)?.type === 'integer');
    const present = rule.left.filter((k) => values.has(k));
    if (typeof totalValue !== 'number' || !whole || present.length < rule.left.length) {
      for (const k of rule.left) {
        values.delete(k);
        blank.add(k);
      }
      continue;
    }
    let rest = totalValue;
    rule.left.forEach((k, i) => {
      const part = i === rule.left.length - 1 ? rest : Math.round(rest * rng.uniform(0.2, 0.7));
      values.set(k, [part]);
      rest -= part;
    });
  }
}

/** Number of cells of an input range ('E12' → 1, 'E20:E69' → 50). */
function cellCount(range: string): number {
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(range);
  return m?.[2] !== undefined ? Number(m[2]) - Number(m[1]) + 1 : 1;
}

/**
 * The values one submission of `unit` types into its template, as input name → cell values.
 * Deterministic: the same rng state gives the same values.
 */
export function fillValues(
  catalog: Catalog,
  layout: TemplateLayout,
  unit: ReportingUnit,
  rng: Rng,
): InputFill[] {
  const gen = new UnitValues(rng, unit);
  const out: InputFill[] = [];
  const codes = [...new Set(layout.inputs.map((i) => i.indicator))];
  for (const code of codes) {
    const ind = catalog.indicators.find((i) => i.code === code);
    if (!ind) throw new Error(`template input of unknown indicator ${code}`);
    const inputs = layout.inputs.filter((i) => i.indicator === code);
    const lead = layout.indicators?.find((i) => i.code === code)?.role === 'lead';
    const comp = (key: string): Component => {
      const c = ind.components.find((x) => x.key === key);
      if (!c) throw new Error(`${code}: unknown component ${key}`);
      return c;
    };
    const keys = inputs.map((i) => i.component);
    const allLevels = keys.every((k) => comp(k).type === 'level' && !comp(k).required);
    // TRL lists (III.1): the first k technologies are assessed, the rest left blank.
    const assessed = allLevels ? rng.int(0, unit.kind === 'commune' ? 3 : keys.length) : 0;
    const blank = new Set(
      keys.filter((k, i) => (allLevels ? i >= assessed : !comp(k).required && rng.chance(OPTIONAL_BLANK))),
    );
    const filled = keys.filter((k) => !blank.has(k));
    // Bases first: a current score or productivity is drawn close to its baseline.
    const numeric = filled
      .filter((k) => !['text', 'list', 'date'].includes(comp(k).type))
      .sort((a, b) => Number(!BASES.has(a)) - Number(!BASES.has(b)));
    const div = denominators(ind);
    const { order, caps } = ruleOrder(ind, numeric);
    const values = new Map<string, CellFill[]>();
    const num = (k: string): number => {
      const v = values.get(k)?.[0];
      return typeof v === 'number' ? v : 0;
    };
    for (const k of order) {
      const c = comp(k);
      const bigs = caps.get(k) ?? [];
      let v: number;
      if (bigs.length > 0) v = gen.below(ind, c, Math.min(...bigs.map(num)), div.has(k));
      else if (k === 'current_score' && values.has('baseline_score'))
        v = Math.min(ceiling(c), round1(num('baseline_score') + rng.uniform(-2, 12)));
      else if (k === 'productivity_current' && values.has('productivity_previous'))
        v = Math.min(ceiling(c), round1(num('productivity_previous') * rng.uniform(0.97, 1.15)));
      else v = gen.free(ind, c, lead, div.has(k));
      values.set(k, [v]);
    }
    splitParts(ind, rng, values, blank);
    for (const k of filled) {
      if (values.has(k) || blank.has(k)) continue;
      const c = comp(k);
      if (c.type === 'text') values.set(k, [gen.text()]);
      else if (c.type === 'date') values.set(k, [gen.date(c)]);
      else if (c.listItem === 'number') values.set(k, gen.citations());
      else if (c.unitEn === 'DOI') {
        // Never more DOIs than papers reported.
        const papers = keys.includes('papers') && !blank.has('papers') ? num('papers') : 5;
        const count = Math.min(papers, rng.int(0, 8));
        if (count > 0) values.set(k, [gen.doiList(count)]);
      } else values.set(k, [gen.items()]);
    }
    for (const input of inputs) {
      const cells = values.get(input.component) ?? [];
      const size = cellCount(input.range);
      if (cells.length > size) throw new Error(`${input.name}: ${cells.length} values for ${size} cells`);
      out.push({ name: input.name, values: cells, evidence: cells.map(() => gen.evidence()) });
    }
  }
  return out;
}
