/** An indicator's target links as the report sheets show them. */
import type { Indicator, Target, TargetLink } from '../catalog';
import { formulaOfArgsVi } from '../dictionary';
import type { ReportContext } from './context';
import { TEXT } from './labels';

/** What a link compares, when it is not the headline: " (so với “Số người …”)"; '' otherwise. */
export function measureNote(ctx: ReportContext, ind: Indicator, link: TargetLink): string {
  if (link.measure === 'value') return '';
  if (typeof link.measure !== 'string' && 'growth' in link.measure)
    return ` (${TEXT.summary.growthOf(ctx.componentLabel(ind.code, link.measure.growth))})`;
  const label =
    typeof link.measure !== 'string'
      ? formulaOfArgsVi(ind, link.measure.fn, link.measure.args)
      : link.measure === 'formula'
        ? ind.formula === undefined
          ? ''
          : formulaOfArgsVi(ind, ind.formula.fn, ind.formula.args)
        : ctx.componentLabel(ind.code, link.measure);
  return ` (${TEXT.summary.measureOf(label)})`;
}

/** The indicator's links whose target exists, in catalogue order. */
export const linksOf = (ctx: ReportContext, ind: Indicator): { link: TargetLink; target: Target }[] =>
  ind.targets.flatMap((link) => {
    const target = ctx.target(link.code);
    return target === undefined ? [] : [{ link, target }];
  });
