/**
 * A unit that lists its items gets its counts from its own list (domain/registers/derive.ts): the
 * component's value becomes the list's figure, located at the register table, and a number typed
 * beside it that disagrees gets a warning on its cell. Lists only count when they have rows: an
 * empty table leaves the typed count as it is.
 */
import type { RegisterKey } from '../catalog/schema';
import { makeIssue, NOTHING_ENTERED, type Issue } from '../issues';
import { registerDef } from '../registers/definitions';
import { derivationsOf, deriveValue, type Derivation } from '../registers/derive';
import type { RegisterRow } from '../registers/rows';
import type { ComponentValue } from './component-value';
import type { WorkbookReading } from './reading';
import type { ExtractedComponent, ExtractedIndicator } from './validate';

type Rows = Partial<Record<RegisterKey, RegisterRow[]>>;

/** The numbers a typed component holds (one, a list, or none). */
const typedNumbers = (v: ComponentValue | undefined): number[] =>
  v === undefined ? [] : v.kind === 'number' ? [v.value] : v.kind === 'numbers' ? [...v.values] : [];

const sameList = (a: readonly number[], b: readonly number[]): boolean => {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

function differs(
  dv: Derivation,
  typed: readonly ExtractedComponent[],
  derived: number | number[],
  file: string,
): Issue | undefined {
  const entered = typed.filter((c) => c.state === 'ok');
  const first = entered[0];
  if (first === undefined) return undefined;
  const values = entered.flatMap((c) => typedNumbers(c.value));
  const def = registerDef(dv.register);
  const where = {
    file,
    ...(first.sheet !== undefined ? { sheet: first.sheet } : {}),
    ...(first.range !== undefined ? { cell: first.range.split(':')[0] ?? first.range } : {}),
    definedName: first.definedName,
    indicator: dv.indicator,
    component: first.key,
  };
  const common = { registerVi: def.nameVi, registerEn: def.nameEn, ruleVi: dv.ruleVi, ruleEn: dv.ruleEn };
  if (Array.isArray(derived)) {
    if (sameList(values, derived)) return undefined;
    const show = (xs: readonly number[]): string => (xs.length === 0 ? '—' : xs.join('; '));
    return makeIssue(
      'REGISTER_LIST_DIFFERS',
      { typed: show(values), derived: show(derived), ...common },
      where,
    );
  }
  const typedValue = values[0];
  if (typedValue === undefined || Math.abs(typedValue - derived) < 1e-9) return undefined;
  return makeIssue('REGISTER_COUNT_DIFFERS', { typed: typedValue, derived, ...common }, where);
}

/**
 * Replaces, in place, each listed component's value by its register figure and drops the
 * "required" findings of the components it fills; adds the warnings for typed numbers that
 * disagree. Components the unit does not enter (not in its template, or lead-only in a
 * cooperating unit's) are left alone.
 */
export function applyRegisterCounts(
  indicators: ExtractedIndicator[],
  rows: Rows,
  reading: WorkbookReading,
  year: number,
  file: string,
  issues: Issue[],
): void {
  const filled = new Set<string>();
  const found: Issue[] = [];
  for (const ind of indicators) {
    for (const dv of derivationsOf(ind.code)) {
      const own = rows[dv.register];
      const target = ind.components.find((c) => c.key === dv.component);
      if (own === undefined || own.length === 0 || target === undefined) continue;
      if (target.state === 'ignored' || target.state === 'unreadable') continue;
      const replaced = ind.components.filter((c) => dv.replaces?.includes(c.key) === true);
      const value = deriveValue(
        dv,
        own.map((r) => r.values),
        year,
      );
      const issue = differs(dv, [target, ...replaced], value, file);
      if (issue) found.push(issue);
      const table = reading.tables?.[registerDef(dv.register).table];
      target.state = 'ok';
      target.value = Array.isArray(value) ? { kind: 'numbers', values: value } : { kind: 'number', value };
      target.fromRegister = dv.register;
      if (table !== undefined) {
        target.sheet = table.sheet;
        target.range = table.range.split(':')[0] ?? table.range;
      }
      for (const c of [target, ...replaced]) filled.add(`${ind.code}|${c.key}`);
      for (const c of replaced) {
        if (c.state !== 'ok') continue;
        c.state = 'empty';
        delete c.value;
      }
    }
  }
  // A component its register fills in is not missing.
  const kept = issues.filter(
    (i) => !(NOTHING_ENTERED.has(i.code) && filled.has(`${i.indicator}|${i.component}`)),
  );
  issues.splice(0, issues.length, ...kept, ...found);
}
