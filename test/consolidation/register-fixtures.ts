/**
 * A run's options and unit files whose only content is a publications register (the file reads
 * as a unit's template with a KHCN_DS_PUBLICATIONS table): shared by the register tests.
 */
import {
  defaultExpectedUnits,
  DEFAULT_DEADLINE,
  type ReceivedFile,
  type RunOptions,
} from '../../src/domain/consolidation';
import { registerDef } from '../../src/domain/registers/definitions';
import type { CellValue, TableReading } from '../../src/domain/validation';
import { catalog, TestReading } from '../validation/helpers';

export const OPTIONS: RunOptions = {
  year: 2026,
  deadline: DEFAULT_DEADLINE,
  expectedUnits: defaultExpectedUnits(catalog),
  readAt: '2026-12-06T02:00:00.000Z',
  officialPopulation: 3_619_433,
};
export const PUB = registerDef('publications');

const cell = (v: string | number | null): CellValue =>
  v === null
    ? { kind: 'empty' }
    : typeof v === 'number'
      ? { kind: 'number', value: v }
      : { kind: 'text', value: v };

/** A publications table on sheet "DS Công bố" from A3: header, then one row per paper. */
function table(papers: [doi: string | null, title: string, year: number][]): TableReading {
  const header = PUB.columns.map((c) => cell(c.headerVi));
  const row = ([doi, title, year]: [string | null, string, number]) =>
    PUB.columns.map((c) =>
      cell(
        c.key === 'doi'
          ? doi
          : c.key === 'title'
            ? title
            : c.key === 'year'
              ? year
              : c.key === 'kind'
                ? 'Bài báo quốc tế'
                : null,
      ),
    );
  return {
    status: 'ok',
    sheet: 'DS Công bố',
    range: `A3:M${3 + papers.length}`,
    rows: [{ row: 3, cells: header }, ...papers.map((p, i) => ({ row: 4 + i, cells: row(p) }))],
  };
}

/** A unit's file listing `papers` (DOI or null, title, year), received at `receivedAt`. */
export function file(
  unitId: string,
  name: string,
  papers: [string | null, string, number][],
  receivedAt = '2026-12-01T03:00:00Z',
): ReceivedFile {
  const reading = { ...new TestReading(unitId).build(), tables: { [PUB.table]: table(papers) } };
  return {
    file: name,
    receivedAt,
    sha256: name.padEnd(64, '0'),
    sizeBytes: 1000,
    outcome: { ok: true as const, reading },
  };
}
