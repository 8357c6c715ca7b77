/**
 * The "Trạng thái" (status) cells: native Excel formulas that say, as the user types, whether a
 * value is missing, wrong or unusual. They are plain IF/ISNUMBER/SUMPRODUCT formulas (Excel 2016,
 * LibreOffice), the same in both formula modes; the full check is `khcn validate` / the add-in.
 * Every status text begins with one of STATUS_PREFIX, which conditional formats colour.
 */
import type { Component, CrossRule, Indicator } from '../catalog/schema';
import { boundsInWords, isWhole, warnInWords } from './inputs';
import type { ConditionalFormatSpec } from './layout-types';

export const STATUS_PREFIX = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  missing: 'Chưa nhập',
  ok: 'Đã nhập',
} as const;

export const STATUS_TEXT = {
  requiredMissing: `${STATUS_PREFIX.missing} (bắt buộc)`,
  notNumber: `${STATUS_PREFIX.error}: phải nhập số, không nhập chữ`,
  notWhole: `${STATUS_PREFIX.error}: phải là số nguyên`,
  ok: STATUS_PREFIX.ok,
  derivedError: `${STATUS_PREFIX.error}: kết quả tính bị lỗi, kiểm tra số liệu`,
  componentErrors: `${STATUS_PREFIX.error}: xem các dòng bên dưới`,
  componentWarnings: `${STATUS_PREFIX.warning}: xem các dòng bên dưới`,
  incomplete: `${STATUS_PREFIX.missing} đủ`,
  complete: `${STATUS_PREFIX.ok} đủ`,
  empty: STATUS_PREFIX.missing,
} as const;

/** A string literal of a formula ("" doubled inside). */
export const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A number literal of a formula (en-US syntax, never exponent notation). */
export function lit(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) throw new RangeError(`Not a formula literal: ${n}`);
  return String(n);
}

const ifChain = (cases: readonly (readonly [string, string])[], otherwise: string): string =>
  cases.reduceRight((acc, [cond, then]) => `IF(${cond},${then},${acc})`, otherwise);

const outOfRange = (c: Component): string =>
  `${STATUS_PREFIX.error}: ngoài khoảng cho phép (${boundsInWords(c)})`;
const unusual = (c: Component): string =>
  `${STATUS_PREFIX.warning}: lớn bất thường (trên ${warnInWords(c) ?? ''}), kiểm tra lại`;

/** Status of one input: `ref` is its defined name (a single cell, or the block of a numeric list). */
export function componentStatusFormula(ind: Indicator, c: Component, ref: string): string {
  const blank = c.required ? str(STATUS_TEXT.requiredMissing) : '""';
  if (c.type === 'text' || (c.type === 'list' && c.listItem === 'text')) {
    return `IF(${ref}="",${blank},${str(STATUS_TEXT.ok)})`;
  }
  const whole = isWhole(ind, c);
  if (c.type === 'list') {
    // Blank cells of the block are skipped, as by the formulas; text cells are errors.
    const anyCell = (cond: string): string => `SUMPRODUCT(--(${cond}))>0`;
    return ifChain(
      [
        [`COUNTA(${ref})=0`, blank],
        [`COUNTA(${ref})>COUNT(${ref})`, str(`${STATUS_PREFIX.error}: có ô không phải số`)],
        [
          `OR(${anyCell(`${ref}<${lit(c.min)}`)},${anyCell(`${ref}>${lit(c.max)}`)})`,
          str(`${STATUS_PREFIX.error}: có số ngoài khoảng cho phép (${boundsInWords(c)})`),
        ],
        ...(whole
          ? [
              [
                anyCell(`${ref}<>INT(${ref})`),
                str(`${STATUS_PREFIX.error}: có số không phải số nguyên`),
              ] as const,
            ]
          : []),
        ...(c.warnAbove !== undefined
          ? [
              [
                anyCell(`${ref}>${lit(c.warnAbove)}`),
                str(`${STATUS_PREFIX.warning}: có số lớn bất thường, kiểm tra lại`),
              ] as const,
            ]
          : []),
      ],
      `${str(`${STATUS_PREFIX.ok} `)}&COUNT(${ref})&${str(' số')}`,
    );
  }
  return ifChain(
    [
      [`${ref}=""`, blank],
      [`NOT(ISNUMBER(${ref}))`, str(STATUS_TEXT.notNumber)],
      [`OR(${ref}<${lit(c.min)},${ref}>${lit(c.max)})`, str(outOfRange(c))],
      ...(whole ? [[`${ref}<>INT(${ref})`, str(STATUS_TEXT.notWhole)] as const] : []),
      ...(c.warnAbove !== undefined ? [[`${ref}>${lit(c.warnAbove)}`, str(unusual(c))] as const] : []),
    ],
    str(STATUS_TEXT.ok),
  );
}

/** A cross rule whose both sides are in the template, with the defined names of its sides. */
export interface CrossRuleRefs {
  rule: CrossRule;
  /** The defined names of each side (summed). */
  left: readonly string[];
  right: readonly string[];
}

/** How many status cells of `range` begin with `prefix` (LEFT, not COUNTIF wildcards: same in every app). */
const countPrefix = (range: string, prefix: string): string =>
  `SUMPRODUCT(--(LEFT(${range},${prefix.length})=${str(prefix)}))`;

/**
 * Status of an indicator: its result cell in error, then any component error, then a broken
 * cross rule (FTE ≤ headcount…), then missing required values, then warnings.
 */
export function indicatorStatusFormula(opts: {
  derivedRef?: string;
  statusRange: string;
  crossRules: readonly CrossRuleRefs[];
}): string {
  const { derivedRef, statusRange: r, crossRules } = opts;
  const side = (names: readonly string[]): string =>
    names.length === 1 ? (names[0] ?? '') : `SUM(${names.join(',')})`;
  const broken = ({ rule, left, right }: CrossRuleRefs): string => {
    const present = [...left, ...right].map((n) => `ISNUMBER(${n})`).join(',');
    const [l, r] = [side(left), side(right)];
    // '=' parts of a total: FTE decimals carry binary noise, so compare rounded.
    const fails = rule.op === '=' ? `ROUND(${l}-${r},6)<>0` : `${l}${rule.op === '<=' ? '>' : '<'}${r}`;
    return `AND(${present},${fails})`;
  };
  return ifChain(
    [
      ...(derivedRef !== undefined
        ? [[`ISERROR(${derivedRef})`, str(STATUS_TEXT.derivedError)] as const]
        : []),
      [`${countPrefix(r, STATUS_PREFIX.error)}>0`, str(STATUS_TEXT.componentErrors)],
      ...crossRules.map((x) => [broken(x), str(`${STATUS_PREFIX.error}: ${x.rule.reasonVi}`)] as const),
      [`${countPrefix(r, STATUS_PREFIX.missing)}>0`, str(STATUS_TEXT.incomplete)],
      [`${countPrefix(r, STATUS_PREFIX.warning)}>0`, str(STATUS_TEXT.componentWarnings)],
      [`${countPrefix(r, STATUS_PREFIX.ok)}>0`, str(STATUS_TEXT.complete)],
    ],
    str(STATUS_TEXT.empty),
  );
}

/** Colours of the status column and the result column, for the legend's meaning. */
export function statusFormats(statusRange: string, resultRange: string): ConditionalFormatSpec[] {
  return [
    { range: resultRange, rule: { kind: 'isError' }, style: 'legendError' },
    { range: statusRange, rule: { kind: 'beginsWith', text: STATUS_PREFIX.error }, style: 'legendError' },
    { range: statusRange, rule: { kind: 'beginsWith', text: STATUS_PREFIX.warning }, style: 'legendWarning' },
    { range: statusRange, rule: { kind: 'beginsWith', text: STATUS_PREFIX.missing }, style: 'legendWarning' },
    { range: statusRange, rule: { kind: 'beginsWith', text: STATUS_PREFIX.ok }, style: 'legendOk' },
  ];
}
