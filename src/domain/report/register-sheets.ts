/**
 * One sheet per register of the run: every item once, its values, who listed it ("Báo cáo bởi"),
 * how many units, the items it may duplicate ("Có thể trùng", for the office to confirm), where it
 * was listed (file, sheet, row) and the attributes the units disagree on, with the rule used.
 */
import { registerDef } from '../registers/definitions';
import type { RegisterUnion } from '../registers/union';
import { renderIssue } from '../issues';
import { fact, fit, lines, num, PLAIN_INTEGER_FORMAT, INTEGER_FORMAT, text } from './cells';
import type { ReportContext } from './context';
import { TEXT } from './labels';
import type { ReportCell, ReportColumn, ReportSheet } from './types';

const R = TEXT.registers;

function registerSheet(ctx: ReportContext, union: RegisterUnion): ReportSheet {
  const def = registerDef(union.register);
  const columns: ReportColumn[] = [
    { header: R.index, width: 6 },
    ...def.columns.map((c) => ({ header: c.headerVi, width: c.width })),
    { header: R.reportedBy, width: 36 },
    { header: R.reporters, width: 10 },
    { header: R.possible, width: 14 },
    { header: R.sources, width: 44 },
    { header: R.notes, width: 60 },
  ];
  const width = columns.length;
  const rows = union.items.map((item): ReportCell[] => {
    const values = def.columns.map((c) => {
      const v = item.values[c.key];
      if (typeof v === 'number')
        return num(v, c.kind === 'year' || c.kind === 'trl' ? PLAIN_INTEGER_FORMAT : undefined);
      if (typeof v === 'boolean') return text(v ? 'Có' : 'Không');
      return text(v);
    });
    const possible = item.possibleDuplicates.length > 0;
    return fit(
      [
        num(item.id, PLAIN_INTEGER_FORMAT),
        ...values,
        text(item.reporters.map((u) => ctx.unitName(u)).join('; ')),
        num(item.reporters.length, INTEGER_FORMAT, item.reporters.length > 1 ? 'warn' : 'cell'),
        text(possible ? R.possibleOf(item.possibleDuplicates) : undefined, possible ? 'warn' : 'cell'),
        lines(item.sources.map((s) => `${s.file} · ${s.sheet} · ${R.row(s.row)}`)),
        lines(
          item.disagreements.map((d) => renderIssue(d, 'vi')),
          item.disagreements.length > 0 ? 'warn' : 'cell',
        ),
      ],
      width,
    );
  });
  return {
    name: def.sheetVi,
    preamble: [
      [text(R.title(def.nameVi), 'title')],
      fact(R.rowsRead, num(union.rowsRead, INTEGER_FORMAT)),
      fact(R.items, num(union.items.length, INTEGER_FORMAT)),
      fact(R.removed, num(union.duplicatesRemoved, INTEGER_FORMAT)),
      fact(
        R.possibleCount,
        num(union.items.filter((i) => i.possibleDuplicates.length > 0).length, INTEGER_FORMAT),
      ),
      [],
    ],
    columns,
    rows: rows.length > 0 ? rows : [fit([text(R.none, 'muted')], width)],
    ...(rows.length > 0 ? { table: { name: `TongHop_${def.table.replace(/^KHCN_/, '')}` } } : {}),
    freezeHeader: true,
  };
}

export function registerSheets(ctx: ReportContext): ReportSheet[] {
  return (ctx.run.registers ?? []).map((u) => registerSheet(ctx, u));
}
