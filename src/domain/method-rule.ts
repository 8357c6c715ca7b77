/**
 * The province rule of an indicator in a few words ("Σ tử số ÷ Σ mẫu số", "Số liệu của Thống kê
 * tỉnh", "Đếm DOI khác nhau"): what the summary sheet and the evaluation report show beside each
 * value. The full wording (aggregation and formula) stays in the dictionary (dictionary.ts).
 */
import { findUnit, type Catalog, type Component, type Indicator } from './catalog';
import { roleShortVi } from './catalog/roles';

const RULE_VI = {
  lead: 'Số liệu của đơn vị chủ trì',
  dedupCount: 'Đếm DOI khác nhau (cộng bài không có DOI)',
  mergeList: 'Chỉ số h của danh sách trích dẫn gộp (không cộng h)',
  distribution: 'Trung vị TRL của các mức đã gộp',
  sum: 'Σ các đơn vị',
  ratio: 'Σ tử số ÷ Σ mẫu số',
  per10k: (numerator: string): string => `${numerator} ÷ dân số × 10 000`,
  growth: 'Tăng trưởng tính trên tổng của hai năm',
  improvement: 'Mức cải thiện: điểm năm nay − điểm gốc',
  total: 'Σ các thành phần',
} as const;

export function methodRule(catalog: Catalog, ind: Indicator): string {
  const nameOf = (id: string): string => findUnit(catalog, id)?.nameVi ?? id;
  /** Who gives a component's province figure: the official source, else the sum of the units. */
  const sourceOf = (c: Component | undefined): string =>
    c?.role === 'official' ? roleShortVi(ind, c, nameOf) : RULE_VI.sum;
  switch (ind.aggregation) {
    case 'lead':
      return RULE_VI.lead;
    case 'dedupCount':
      return RULE_VI.dedupCount;
    case 'mergeList':
      return RULE_VI.mergeList;
    case 'distribution':
      return RULE_VI.distribution;
    case 'sum':
    case 'recompute':
      break;
  }
  const component = (key: string | undefined): Component | undefined =>
    ind.components.find((c) => c.key === key);
  if (ind.headline.kind === 'component') return sourceOf(component(ind.headline.key));
  const f = ind.formula;
  if (f === undefined) return RULE_VI.sum;
  const args = f.args.map(component);
  switch (f.fn) {
    case 'FTE_PER_10K':
    case 'PER_10K':
      return RULE_VI.per10k(sourceOf(args[0]));
    case 'SHARE':
    case 'AVG_CITATIONS':
    case 'COST_PER_PUB':
      // A ratio of official figures is still their ratio; only summed parts make "Σ ÷ Σ".
      return args.every((c) => c?.role === 'official') ? sourceOf(args[0]) : RULE_VI.ratio;
    case 'GROWTH':
      return RULE_VI.growth;
    case 'IMPROVEMENT':
      return RULE_VI.improvement;
    case 'HINDEX':
      return RULE_VI.mergeList;
    case 'TRL_MEDIAN':
      return RULE_VI.distribution;
    case 'TOTAL':
      return args.every((c) => c?.role === 'official') ? sourceOf(args[0]) : RULE_VI.total;
  }
}
