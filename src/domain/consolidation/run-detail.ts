/**
 * The values read from each file, which of them feed the consolidation, and the provenance
 * table: one row per value read from a used or superseded file, saying whether the province
 * figure is built from it and, when not, why.
 */
import type { Catalog, Component, Indicator } from '../catalog';
import { makeIssue, NOTHING_ENTERED, type Issue } from '../issues';
import type { ComponentValue } from '../validation/component-value';
import { byCodePoint } from './collect';
import { componentWhere, sourceWhere, unitName } from './context';
import { submitterId } from './run-files';
import type { FileRecord } from './run-files';
import type { DetailRow, DetailUse } from './run-types';
import type { ConsolidatedIndicator, ReportedValue } from './types';

/** One valid value of a file. */
export interface ReadValue {
  readonly indicator: Indicator;
  readonly component: Component;
  readonly reported: ReportedValue;
  /**
   * The file has an error for this indicator, so none of its values for it are used: the error
   * on this component when there is one, else the indicator's first error.
   */
  readonly blockedBy?: Issue;
}

function rawValue(v: ComponentValue): ReportedValue['value'] {
  switch (v.kind) {
    case 'number':
    case 'text':
      return v.value;
    case 'numbers':
      return [...v.values];
    case 'texts':
      return [...v.values];
  }
}

/** Every component read as 'ok', in catalogue order (rejected files too: they count as read). */
export function readValues(catalog: Catalog, record: FileRecord): ReadValue[] {
  const analysis = record.analysis;
  if (analysis === undefined) return [];
  // A blank required input is absent, not wrong: it never blocks the unit's other figures
  // (Thống kê's population is used although its FTE is blank).
  const errors = analysis.issues.filter(
    (i) => i.severity === 'error' && i.indicator !== undefined && !NOTHING_ENTERED.has(i.code),
  );
  return analysis.values.indicators.flatMap((ext) => {
    const indicator = catalog.indicators.find((i) => i.code === ext.code);
    if (indicator === undefined) return [];
    const own = errors.filter((i) => i.indicator === ext.code);
    return ext.components.flatMap((c): ReadValue[] => {
      const component = indicator.components.find((x) => x.key === c.key);
      if (c.state !== 'ok' || c.value === undefined || component === undefined) return [];
      const blockedBy = own.find((i) => i.component === c.key) ?? own[0];
      const reported: ReportedValue = {
        indicator: indicator.code,
        component: c.key,
        value: rawValue(c.value),
        source: {
          file: record.received.file,
          sheet: c.sheet ?? '',
          cell: (c.range ?? '').split(':')[0] ?? '',
          definedName: c.definedName,
        },
      };
      return [{ indicator, component, reported, ...(blockedBy ? { blockedBy } : {}) }];
    });
  });
}

const usedKey = (unitId: string, indicator: string, component: string, file: string): string =>
  [unitId, indicator, component, file].join('\u0000');

/** Why the consolidation rule did not take a valid value (a cooperating unit's under a lead rule, …). */
function ruleNote(catalog: Catalog, v: ReadValue, result: ConsolidatedIndicator | undefined): Issue {
  const { indicator, component, reported } = v;
  const src = reported.source;
  const disagrees = result?.flags.find(
    (f) =>
      f.code === 'COOPERATING_DISAGREES' &&
      f.component === component.key &&
      f.file === src.file &&
      f.cell === src.cell,
  );
  if (disagrees) return disagrees;
  const contributors = result?.components[component.key]?.contributors ?? [];
  const takes = contributors.length === 0 ? [component.officialUnit ?? indicator.leadUnitId] : contributors;
  return makeIssue(
    'VALUE_NOT_USED_BY_RULE',
    { usedUnit: takes.map((id) => unitName(catalog, id)).join(', ') },
    { ...componentWhere(indicator, component), ...sourceWhere(src) },
  );
}

/** Unit registry order, indicator catalogue order, component catalogue order, file. */
function detailOrder(catalog: Catalog): (a: DetailRow, b: DetailRow) => number {
  const unitAt = new Map(catalog.units.map((u, i) => [u.id, i]));
  const indAt = new Map(catalog.indicators.map((ind, i) => [ind.code, i]));
  const compAt = new Map(
    catalog.indicators.flatMap((ind) => ind.components.map((c, i) => [`${ind.code}\u0000${c.key}`, i])),
  );
  const at = (m: ReadonlyMap<string, number>, k: string): number => m.get(k) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    at(unitAt, a.unitId) - at(unitAt, b.unitId) ||
    at(indAt, a.indicator) - at(indAt, b.indicator) ||
    at(compAt, `${a.indicator}\u0000${a.component}`) - at(compAt, `${b.indicator}\u0000${b.component}`) ||
    byCodePoint(a.file, b.file);
}

export interface DetailResult {
  rows: DetailRow[];
  /** Per record, how many of its values are used. */
  usedCount: Map<FileRecord, number>;
}

/** The provenance rows of the used and superseded files, sorted (see detailOrder). */
export function detailRows(
  catalog: Catalog,
  records: readonly FileRecord[],
  read: ReadonlyMap<FileRecord, readonly ReadValue[]>,
  indicators: readonly ConsolidatedIndicator[],
  readAt: string,
): DetailResult {
  const byCode = new Map(indicators.map((r) => [r.code, r]));
  const used = new Set(
    indicators.flatMap((r) => r.usedValues.map((u) => usedKey(u.unitId, r.code, u.component, u.source.file))),
  );
  const rows: DetailRow[] = [];
  const usedCount = new Map<FileRecord, number>();
  for (const record of records) {
    const unit = record.unit;
    if (unit === undefined || record.use === 'rejected') continue;
    let count = 0;
    for (const v of read.get(record) ?? []) {
      const { indicator, component, reported } = v;
      const src = reported.source;
      let use: DetailUse;
      let note: Issue | undefined;
      if (record.use === 'superseded') {
        use = 'superseded';
        note = record.reason;
      } else if (used.has(usedKey(submitterId(record) ?? unit.id, indicator.code, component.key, src.file))) {
        use = 'used';
        count += 1;
      } else {
        use = 'not-used';
        note = v.blockedBy ?? ruleNote(catalog, v, byCode.get(indicator.code));
      }
      const value = reported.value;
      rows.push({
        unitId: unit.id,
        unitNameVi: unit.nameVi,
        indicator: indicator.code,
        component: component.key,
        componentVi: component.labelVi,
        value: typeof value === 'number' || typeof value === 'string' ? value : value.join('; '),
        file: src.file,
        sheet: src.sheet,
        cell: src.cell,
        definedName: src.definedName,
        templateVersion: record.identity?.templateVersion ?? '',
        sha256: record.received.sha256,
        readAt,
        use,
        ...(note ? { note } : {}),
      });
    }
    usedCount.set(record, count);
  }
  rows.sort(detailOrder(catalog));
  return { rows, usedCount };
}
