/**
 * The "Chỉ tiêu" tab's view of the Plan 17/KH-UBND targets: by group, each target with its
 * milestone, value, verdict, progress and confidence, and where its row is on the 'Mục tiêu KH17'
 * sheet. Made from the sheet's TEXTS, as Excel shows them: after a consolidation from the sheet the
 * report builds (targetsViewOfRun), on a workbook that holds the consolidated sheets from what
 * the sheet reads (targetsViewOfRows). One parser, so both show the same thing.
 */
import type { Catalog } from '../catalog';
import type { ConsolidationRun } from '../consolidation/run-types';
import { cellText } from './cell-text';
import { reportContext } from './context';
import { CONFIDENCE_LABELS, HEADERS } from './labels';
import { targetsSheet } from './targets-sheet';
import { headerRowOf, type ReportCell } from './types';

export interface TargetView {
  code: string;
  name: string;
  milestone2025: string;
  value: string;
  verdict2025: string;
  path: string;
  lowConfidence: boolean;
  /** 1-based row of the target on the sheet. */
  row: number;
}

export interface TargetGroupView {
  code: string;
  /** The group's label as the sheet's count block gives it ("A. Phát triển hạ tầng"). */
  label: string;
  count: number;
  measured: number;
  met: number;
  onTrack: number;
  targets: TargetView[];
}

const T = HEADERS.targets;
const B = HEADERS.sections;
const TARGET_CODE = /^[A-Z]\.\d+$/;

/**
 * Targets from the sheet's texts (`rows[0]` is sheet row `firstRow`); null when these are not
 * the targets sheet (no header row with the expected columns).
 */
export function targetsViewOfRows(
  rows: readonly (readonly string[])[],
  firstRow = 1,
): TargetGroupView[] | null {
  const h = rows.findIndex((r) => r[0] === T.code && r[1] === T.name);
  if (h < 0) return null;
  const header = rows[h] ?? [];
  const col = (name: string): number => header.indexOf(name);
  const need = [T.code, T.name, T.target2025, T.value, T.verdict2025, T.path, T.confidence].map(col);
  const block = [B.section, B.count, B.measured, B.met, B.onTrack].map(col);
  if (need.some((i) => i < 0) || block.some((i) => i < 0)) return null;
  const [code, name, m2025, value, verdict, path, confidence] = need as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [bSection, bCount, bMeasured, bMet, bOnTrack] = block as [number, number, number, number, number];

  const groups: TargetGroupView[] = [];
  const byCode = new Map<string, TargetGroupView>();
  const toInt = (s: string | undefined): number => Number((s ?? '').replace(/\D/g, '')) || 0;
  // The count block: one row per group ("A. …"), then the total row (not a group).
  for (const r of rows.slice(h + 1)) {
    const label = r[bSection] ?? '';
    const m = /^([A-Z])\. /.exec(label);
    if (m === null) continue;
    const g: TargetGroupView = {
      code: m[1] ?? '',
      label,
      count: toInt(r[bCount]),
      measured: toInt(r[bMeasured]),
      met: toInt(r[bMet]),
      onTrack: toInt(r[bOnTrack]),
      targets: [],
    };
    groups.push(g);
    byCode.set(g.code, g);
  }
  rows.slice(h + 1).forEach((r, i) => {
    const c = r[code] ?? '';
    if (!TARGET_CODE.test(c)) return;
    byCode.get(c.split('.')[0] ?? '')?.targets.push({
      code: c,
      name: r[name] ?? '',
      milestone2025: r[m2025] ?? '',
      value: r[value] ?? '',
      verdict2025: r[verdict] ?? '',
      path: r[path] ?? '',
      lowConfidence: r[confidence] === CONFIDENCE_LABELS.low,
      row: firstRow + h + 1 + i,
    });
  });
  return groups;
}

/** The same view from a consolidation run, through the very sheet the report writes. */
export function targetsViewOfRun(catalog: Catalog, run: ConsolidationRun): TargetGroupView[] {
  const { sheet } = targetsSheet(reportContext(catalog, run));
  const texts = (cells: readonly ReportCell[]): string[] => cells.map(cellText);
  const rows: string[][] = [
    ...sheet.preamble.map(texts),
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map(texts),
  ];
  if (rows.length !== headerRowOf(sheet) + sheet.rows.length) throw new Error('targets sheet layout');
  return targetsViewOfRows(rows, 1) ?? [];
}
