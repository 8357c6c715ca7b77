/**
 * Which input names a filled template should hold: one per component of the indicators the
 * unit reports (catalogue + `indicatorsForUnit`), named by `inputName`. Components outside the
 * unit's scope (the lead's figures in a cooperating unit's template, telecom figures in a
 * department's) do not apply: if the template has the name anyway (an older layout), a value
 * there is only informative (LEAD_ONLY_VALUE_IGNORED).
 */
import { findIndicator, findUnit, indicatorsForUnit } from '../catalog';
import type { Catalog, Component, Indicator, UnitRole } from '../catalog';
import { inputName, parseInputName } from '../template/names';

export interface InputSlot {
  name: string;
  indicator: Indicator;
  component: Component;
  /** The unit's role for the indicator; undefined when the unit is not known. */
  role?: UnitRole;
  /** False for a lead-only component in a cooperating unit's template. */
  applies: boolean;
  /** True when the name must exist: its absence is NAME_MISSING. */
  expected: boolean;
}

/** The input names a current template of the unit holds (what its identity checksum covers). */
export function expectedInputNames(catalog: Catalog, unitId: string): string[] {
  return indicatorsForUnit(catalog, unitId).flatMap(({ indicator, components }) =>
    components.map((c) => inputName(indicator.code, c.key)),
  );
}

/**
 * The slots to validate. With a known unit: every component of its indicators (names of other
 * indicators are not its business and are ignored). Without one (no identity): every `KHCN_`
 * name found that matches a catalogue component, none of them expected.
 */
export function inputSlots(
  catalog: Catalog,
  unitId: string | undefined,
  found: readonly string[],
): InputSlot[] {
  const slots = new Map<string, InputSlot>();
  const known = unitId !== undefined && findUnit(catalog, unitId) !== undefined;
  if (known) {
    for (const { indicator, role, components } of indicatorsForUnit(catalog, unitId)) {
      for (const component of indicator.components) {
        const applies = components.includes(component);
        const name = inputName(indicator.code, component.key);
        slots.set(name, { name, indicator, component, role, applies, expected: applies });
      }
    }
    return [...slots.values()];
  }
  for (const name of found) {
    const parsed = parseInputName(name);
    const indicator = parsed && findIndicator(catalog, parsed.indicator);
    const component = indicator?.components.find((c) => c.key === parsed?.component);
    if (indicator && component)
      slots.set(name, { name, indicator, component, applies: true, expected: false });
  }
  return [...slots.values()];
}
