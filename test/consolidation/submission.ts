// A unit's submission written by hand for the consolidation tests: { 'II.3': { q1_papers: 1 } }.
import type { ReportedValue, UnitSubmission } from '../../src/domain/consolidation';
import { inputName } from '../../src/domain/template/names';

export type Value = ReportedValue['value'];

/** Values as read from `file` (default "<unit>.xlsx"), one data-sheet cell each. */
export function submission(
  unitId: string,
  byIndicator: Record<string, Record<string, Value>>,
  file = `${unitId}.xlsx`,
): UnitSubmission {
  const values: ReportedValue[] = Object.entries(byIndicator).flatMap(([indicator, comps]) =>
    Object.entries(comps).map(([component, value], i) => ({
      indicator,
      component,
      value,
      source: { file, sheet: 'Nhập liệu', cell: `E${10 + i}`, definedName: inputName(indicator, component) },
    })),
  );
  return { unitId, values };
}
