/**
 * 'Ma trận đơn vị': units as rows, each indicator's main component as a column, so the office
 * sees at a glance who reported what. Values come from each unit's used file (superseded files
 * are left out); a unit assigned the indicator that left it blank shows an amber cell, a unit not
 * assigned it a grey one, so blanks are visible rather than silent.
 */
import { findUnit, indicatorsForUnit, type Indicator } from '../catalog';
import { componentFormat, fit, num, text } from './cells';
import type { ReportContext } from './context';
import { TEXT, UNIT_STATE_LABELS } from './labels';
import { REPORT_SHEETS } from './sheet-names';
import { STATE_STYLE } from './status-sheet';
import type { ReportCell, ReportColumn, ReportSheet } from './types';

const M = TEXT.matrix;

/** The component a column shows: the headline one, else the formula's first argument a unit enters. */
export function mainComponent(ind: Indicator): string {
  if (ind.headline.kind === 'component') return ind.headline.key;
  const entered = ind.formula?.args.find((k) => ind.components.find((c) => c.key === k)?.scope !== 'none');
  return entered ?? ind.components[0]?.key ?? '';
}

const key = (unit: string, indicator: string, component = ''): string =>
  `${unit}\u0000${indicator}\u0000${component}`;

export function matrixSheet(ctx: ReportContext): ReportSheet {
  const indicators = ctx.catalog.indicators;
  const mains = indicators.map((ind) => ({ ind, main: mainComponent(ind) }));
  // What each unit's used file says: the main component's value, and which indicators it touched.
  const values = new Map<string, number | string>();
  const touched = new Set<string>();
  for (const d of ctx.run.detail) {
    if (d.use === 'superseded') continue;
    values.set(key(d.unitId, d.indicator, d.component), d.value);
    touched.add(key(d.unitId, d.indicator));
  }

  const cellOf = (
    unitId: string,
    assigned: ReadonlySet<string>,
    ind: Indicator,
    main: string,
  ): ReportCell => {
    const v = values.get(key(unitId, ind.code, main));
    if (v === undefined) {
      if (touched.has(key(unitId, ind.code))) return text(M.otherComponent, 'ok');
      return { v: null, style: assigned.has(ind.code) ? 'warn' : 'muted' };
    }
    if (typeof v === 'number') return num(v, componentFormat(ind, main));
    const list = ind.components.find((c) => c.key === main)?.type === 'list';
    return text(list ? M.items(v.split('; ').filter((s) => s !== '').length) : v);
  };

  const rows = ctx.run.units.map((u) => {
    const unit = findUnit(ctx.catalog, u.unitId);
    const assigned = new Set(
      unit === undefined ? [] : indicatorsForUnit(ctx.catalog, unit.id).map((a) => a.indicator.code),
    );
    return fit(
      [
        text(u.unitNameVi),
        text(u.unitId),
        text(UNIT_STATE_LABELS[u.state], STATE_STYLE[u.state]),
        ...mains.map(({ ind, main }) => cellOf(u.unitId, assigned, ind, main)),
      ],
      3 + mains.length,
    );
  });

  const columns: ReportColumn[] = [
    { header: M.unit, width: 32 },
    { header: M.unitId, width: 14 },
    { header: M.state, width: 14 },
    ...mains.map(({ ind, main }) => ({
      header: M.column(ind.code, ctx.componentLabel(ind.code, main)),
      width: 12,
    })),
  ];
  return {
    name: REPORT_SHEETS.matrix,
    preamble: [[text(M.title, 'title')], [text(M.legend, 'subtitle')], []],
    columns,
    rows,
    freezeHeader: true,
  };
}
