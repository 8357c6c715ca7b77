/**
 * A small consolidation run made by hand for the report tests: real consolidate() and
 * compareTargets() over three submissions, hand-made files, unit statuses, conflicts and
 * provenance rows (independent of buildRun).
 */
import { loadCatalog, type Catalog } from '../../src/domain/catalog';
import {
  compareTargets,
  consolidate,
  populationFlags,
  referencePopulation,
  type UnitSubmission,
} from '../../src/domain/consolidation';
import { provinceChecks } from '../../src/domain/consolidation/province-checks';
import type {
  ConsolidationRun,
  DetailRow,
  FileLine,
  UnitStatusRow,
} from '../../src/domain/consolidation/run-types';
import { makeIssue } from '../../src/domain/issues';
import { submission } from '../consolidation/submission';

export const catalog: Catalog = loadCatalog();

export const READ_AT = '2026-12-06T03:00:00Z'; // 10:00 on 06/12/2026 in Vietnam
export const FORMULA_TEXT = '=HYPERLINK("http://x.invalid","bấm vào đây")';

export const SUBMISSIONS: UnitSubmission[] = [
  submission('so-khcn', {
    // 2 500 000 / 3 619 433 (the fallback population: Thống kê has not reported) ≈ 69,07 %
    // covered by 5G: A.1 (≥ 60 % in 2025, 100 % in 2030).
    'I.7': { population_5g: 2_500_000 },
    'II.1': { papers: 30 }, // C.9: ≥ 50 in 2025 → not met
    'I.3': { strong_groups: 4, group_list: [FORMULA_TEXT, 'Nhóm vật liệu mới'] },
  }),
  submission('so-tai-chinh', {
    // 1 200 / 100 000 = 1,2 % of the budget: B.1 (≥ 1,0 % in 2025, ≥ 1,5 % in 2030).
    'I.4': { spending: 1_200, total_budget: 100_000 },
  }),
];

const SHA = (c: string): string => c.repeat(64);

function fileLine(over: Partial<FileLine> & Pick<FileLine, 'file' | 'use'>): FileLine {
  return {
    sha256: SHA('a'),
    sizeBytes: 20_480,
    receivedAt: '2026-12-01T02:30:00Z',
    issues: [],
    errors: 0,
    warnings: 0,
    valuesRead: 0,
    valuesUsed: 0,
    ...over,
  };
}

const CORRUPT = makeIssue('FILE_CORRUPT', {}, { file: 'rac.xlsx' });

export const FILES: FileLine[] = [
  fileLine({
    file: 'rac.xlsx',
    use: 'rejected',
    sha256: SHA('c'),
    sizeBytes: 1_000,
    reason: CORRUPT,
    issues: [CORRUPT],
    errors: 1,
  }),
  fileLine({
    file: 'so-khcn-cu.xlsx',
    use: 'superseded',
    unitId: 'so-khcn',
    unitNameVi: 'Sở Khoa học và Công nghệ',
    year: 2026,
    templateVersion: '1.0',
    catalogVersion: '2026.1',
    timeliness: 'on-time',
    receivedAt: '2026-11-20T01:00:00Z',
    sha256: SHA('b'),
    valuesRead: 5,
  }),
  fileLine({
    file: 'so-khcn.xlsx',
    use: 'used',
    unitId: 'so-khcn',
    unitNameVi: 'Sở Khoa học và Công nghệ',
    year: 2026,
    templateVersion: '1.0',
    catalogVersion: '2026.1',
    timeliness: 'on-time',
    valuesRead: 5,
    valuesUsed: 5,
  }),
  fileLine({
    file: 'so-tai-chinh.xlsx',
    use: 'used',
    unitId: 'so-tai-chinh',
    unitNameVi: 'Sở Tài chính',
    year: 2026,
    templateVersion: '1.0',
    catalogVersion: '2026.1',
    timeliness: 'late',
    receivedAt: '2026-12-06T01:00:00Z',
    sha256: SHA('d'),
    warnings: 1,
    valuesRead: 2,
    valuesUsed: 2,
  }),
];

const unitRow = (over: Partial<UnitStatusRow> & Pick<UnitStatusRow, 'unitId' | 'unitNameVi' | 'state'>) => ({
  unitNameEn: over.unitId,
  kind: 'agency' as const,
  expected: true,
  fileCount: 1,
  errors: 0,
  warnings: 0,
  indicatorsAssigned: 10,
  indicatorsReported: 0,
  ...over,
});

export const UNITS: UnitStatusRow[] = [
  unitRow({
    unitId: 'so-khcn',
    unitNameVi: 'Sở Khoa học và Công nghệ',
    state: 'on-time',
    file: 'so-khcn.xlsx',
    receivedAt: '2026-12-01T02:30:00Z',
    timeliness: 'on-time',
    fileCount: 2,
    indicatorsReported: 3,
  }),
  unitRow({ unitId: 'thong-ke', unitNameVi: 'Thống kê tỉnh', state: 'missing', fileCount: 0 }),
  unitRow({
    unitId: 'so-tai-chinh',
    unitNameVi: 'Sở Tài chính',
    state: 'late',
    file: 'so-tai-chinh.xlsx',
    receivedAt: '2026-12-06T01:00:00Z',
    timeliness: 'late',
    warnings: 1,
    indicatorsReported: 1,
  }),
];

/** One provenance row per reported value (lists joined by '; '), registry order of the units. */
export function detailRows(submissions: readonly UnitSubmission[]): DetailRow[] {
  return submissions.flatMap((s) =>
    s.values.map((v) => {
      const ind = catalog.indicators.find((i) => i.code === v.indicator);
      return {
        unitId: s.unitId,
        unitNameVi: catalog.units.find((u) => u.id === s.unitId)?.nameVi ?? s.unitId,
        indicator: v.indicator,
        component: v.component,
        componentVi: ind?.components.find((c) => c.key === v.component)?.labelVi ?? v.component,
        value: Array.isArray(v.value) ? v.value.join('; ') : (v.value as number | string),
        file: v.source.file,
        sheet: v.source.sheet,
        cell: v.source.cell,
        definedName: v.source.definedName,
        templateVersion: '1.0',
        sha256: SHA(s.unitId === 'so-khcn' ? 'a' : 'd'),
        readAt: READ_AT,
        use: 'used' as const,
      };
    }),
  );
}

export function makeRun(): ConsolidationRun {
  const population = referencePopulation(catalog, SUBMISSIONS, { officialPopulation: 3_619_433 });
  const indicators = consolidate(catalog, SUBMISSIONS, { officialPopulation: 3_619_433, population });
  return {
    options: {
      year: 2026,
      deadline: '2026-12-05',
      expectedUnits: ['so-khcn', 'thong-ke', 'so-tai-chinh'],
      readAt: READ_AT,
      officialPopulation: 3_619_433,
    },
    files: FILES,
    units: UNITS,
    completeness: {
      expected: 3,
      received: 2,
      onTime: 1,
      late: 1,
      missing: 1,
      unreadable: 0,
      withErrors: 0,
      unexpected: 0,
      rate: 2 / 3,
      onTimeRate: 1 / 3,
    },
    conflicts: [
      {
        kind: 'duplicate-file',
        unitId: 'so-khcn',
        files: ['so-khcn.xlsx', 'so-khcn-cu.xlsx'],
        usedFile: 'so-khcn.xlsx',
        issue: makeIssue(
          'FILE_DUPLICATE_UNIT',
          { unit: 'Sở Khoa học và Công nghệ', otherFile: 'so-khcn-cu.xlsx' },
          { file: 'so-khcn.xlsx', severity: 'warning' },
        ),
      },
    ],
    indicators,
    population,
    flags: populationFlags(population),
    provinceChecks: provinceChecks(catalog, indicators),
    targetChecks: compareTargets(catalog, indicators, 2026),
    detail: detailRows(SUBMISSIONS),
  };
}
