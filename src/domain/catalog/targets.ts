/**
 * The 78 provincial targets of Plan 17/KH-UBND (Appendix I), parsed from their verbatim cells
 * into comparable values. The raw text, the reading confidence and the note always travel with
 * the value: a low-confidence target must never look certain.
 */
import { TARGET_YEARS } from './constants';
import type { Target, TargetValue } from './schema';
import { TARGET_ROWS, type TargetRow } from './targets-data';

/** A number written the Vietnamese way: decimal comma ("1,5"), dots between thousands ("1.200"). */
const NUM = String.raw`\d+(?:[.,]\d+)*`;

function parseNumber(s: string): number {
  const compact = s.replace(/\s/g, '');
  // "1.200" or "1.200.000" is a thousands-separated integer; otherwise "," or "." is the decimal mark.
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replace(/\./g, ''));
  return Number(compact.replace(',', '.'));
}

/** Percent → fraction, without binary noise (16,5 % → 0.165, not 0.16499999999999998). */
function scaled(n: number, isPercent: boolean): number {
  return isPercent ? Number((n / 100).toPrecision(12)) : n;
}

const OPS: Record<string, '>=' | '>' | '=' | '<=' | '<'> = {
  '≥': '>=',
  '>=': '>=',
  '>': '>',
  '=': '=',
  '≤': '<=',
  '<=': '<=',
  '<': '<',
};

const COMPARISON = new RegExp(String.raw`^(≥|>=|>|=|≤|<=|<)?\s*(${NUM})\s*%?$`);
const RANGE = new RegExp(String.raw`^(${NUM})\s*%?\s*[-–—]\s*(${NUM})\s*%?$`);
const TOP = /^top\s*(\d+)$/i;
const TREND = /tăng dần/i;
const LEADING_FLOOR = new RegExp(String.raw`^(≥|>=|>)?\s*(${NUM})\s*%?`);
const ANY_NUMBER = new RegExp(NUM);

/**
 * Parses one cell of the targets table. Empty → undefined (no target that year).
 * - "≥60%", ">0,7", "≥1,0%" → comparison; percents become fractions
 * - a bare value ("80%", "100%", "16%") is a level to reach: '>=' (an explicit "=" stays '='),
 *   so 85 % against a target of "80%" counts as met; `raw` keeps what the plan wrote
 * - "15-20" → range; "Top 10" → rank ≤ 10
 * - "Tăng dần theo từng năm" → trend; "≥3% và tăng dần …" → trend with floor 0.03
 * - anything else ("Phấn đấu có 01 công trình") → text, with the first number if there is one
 */
export function parseTargetCell(raw: string, isPercent: boolean): TargetValue | undefined {
  const s = raw.normalize('NFC').trim();
  if (s === '') return undefined;

  const top = TOP.exec(s);
  if (top) return { op: 'top', value: Number(top[1]), raw };

  const range = RANGE.exec(s);
  if (range) {
    const min = scaled(parseNumber(range[1] ?? ''), isPercent);
    const max = scaled(parseNumber(range[2] ?? ''), isPercent);
    return { op: 'range', min: Math.min(min, max), max: Math.max(min, max), raw };
  }

  const cmp = COMPARISON.exec(s);
  if (cmp) {
    const op = cmp[1] === undefined ? '>=' : (OPS[cmp[1]] ?? '>=');
    return { op, value: scaled(parseNumber(cmp[2] ?? ''), isPercent), raw };
  }

  if (TREND.test(s)) {
    const floor = LEADING_FLOOR.exec(s);
    return floor
      ? { op: 'trend', floor: scaled(parseNumber(floor[2] ?? ''), isPercent), raw }
      : { op: 'trend', raw };
  }

  const n = ANY_NUMBER.exec(s);
  return n ? { op: 'text', value: scaled(parseNumber(n[0]), isPercent), raw } : { op: 'text', raw };
}

/** Targets whose unit is a percentage ("%", "% dân số", "% GRDP") are stored as fractions. */
export function isPercentUnit(unitVi: string): boolean {
  return unitVi.includes('%');
}

/** The number a milestone sets (its lower end for a range), when it sets one. */
export function thresholdOf(t: TargetValue): number | undefined {
  switch (t.op) {
    case 'range':
      return t.min;
    case 'trend':
      return t.floor;
    default:
      return t.value;
  }
}

const FLOW_WORDS = /mỗi năm|hằng năm|hàng năm|trong năm/i;
const RATE_UNITS = /%|chỉ số|xếp hạng|\/\s*(vạn|1000|nghìn)/i;

/**
 * 'rate' for shares, indices, ranks and per-capita values; 'flow' for what happens each year
 * ("mỗi năm"); 'stock' for the other counts (enterprises, centres, staff in the province).
 */
export function timingOf(row: Pick<TargetRow, 'nameVi' | 'unitVi'>): Target['timing'] {
  if (RATE_UNITS.test(row.unitVi)) return 'rate';
  return FLOW_WORDS.test(row.nameVi) ? 'flow' : 'stock';
}

export function targetFromRow(row: TargetRow): Target {
  const isPercent = isPercentUnit(row.unitVi);
  const values: Record<string, TargetValue> = {};
  let previous: number | undefined;
  for (const year of TARGET_YEARS) {
    const key = String(year) as keyof TargetRow['cells'];
    let value = parseTargetCell(row.cells[key], isPercent);
    // "Tăng dần" after a numeric milestone: that milestone is its floor.
    if (value?.op === 'trend' && value.floor === undefined && previous !== undefined)
      value = { ...value, floor: previous };
    if (value) {
      values[key] = value;
      previous = thresholdOf(value) ?? previous;
    }
  }
  const ranked = Object.values(values).some((v) => v.op === 'top');
  return {
    timing: timingOf(row),
    better: ranked ? 'lower' : 'higher',
    code: row.code,
    section: row.section,
    nameVi: row.nameVi,
    unitVi: row.unitVi,
    isPercent,
    values,
    monitoringAgencyVi: row.monitoringAgencyVi,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
  };
}

export function buildTargets(rows: readonly TargetRow[] = TARGET_ROWS): Target[] {
  return rows.map(targetFromRow);
}

export const CONFIDENCE_VI: Record<Target['confidence'], string> = {
  high: 'cao',
  medium: 'trung bình',
  low: 'thấp – cần đối chiếu văn bản gốc',
};

export const CONFIDENCE_EN: Record<Target['confidence'], string> = {
  high: 'high',
  medium: 'medium',
  low: 'low – check against the original document',
};
