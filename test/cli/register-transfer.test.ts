/**
 * Register rows between a reading process and the CLI: packed as one text, sent (JSON, as the
 * process channel does), unpacked lazily; the consolidation of unpacked records equals the one
 * of the records as analysed, and a superseded file's rows are never parsed.
 */
import { defaultExpectedUnits, DEFAULT_DEADLINE } from '../../src/domain/consolidation';
import { buildRunOfRecords } from '../../src/domain/consolidation/run';
import { analyzeFile, type FileRecord } from '../../src/domain/consolidation/run-files';
import { registerDef } from '../../src/domain/registers/definitions';
import type { CellValue } from '../../src/domain/validation';
import { packRegisters, unpackRegisters } from '../../src/cli/register-transfer';
import { catalog, TestReading } from '../validation/helpers';

const OPTIONS = {
  year: 2026,
  deadline: DEFAULT_DEADLINE,
  expectedUnits: defaultExpectedUnits(catalog),
  readAt: '2026-12-06T02:00:00.000Z',
  officialPopulation: 3_619_433,
};
const PUB = registerDef('publications');
const text = (v: string | number | null): CellValue =>
  v === null
    ? { kind: 'empty' }
    : typeof v === 'number'
      ? { kind: 'number', value: v }
      : { kind: 'text', value: v };

/** A unit's file listing papers (DOI, title), received at `at`. */
function record(unitId: string, file: string, dois: string[], at: string): FileRecord {
  const row = (doi: string) =>
    PUB.columns.map((c) =>
      text(
        c.key === 'doi'
          ? doi
          : c.key === 'title'
            ? `Bài ${doi}`
            : c.key === 'year'
              ? 2026
              : c.key === 'kind'
                ? 'Bài báo quốc tế'
                : null,
      ),
    );
  const table = {
    status: 'ok' as const,
    sheet: PUB.sheetVi,
    range: `A3:M${3 + dois.length}`,
    rows: [
      { row: 3, cells: PUB.columns.map((c) => text(c.headerVi)) },
      ...dois.map((d, i) => ({ row: 4 + i, cells: row(d) })),
    ],
  };
  const reading = { ...new TestReading(unitId).build(), tables: { [PUB.table]: table } };
  return analyzeFile(
    catalog,
    { file, receivedAt: at, sha256: file.padEnd(64, '0'), sizeBytes: 1, outcome: { ok: true, reading } },
    OPTIONS,
  );
}

describe('register rows sent between processes', () => {
  const records = [
    record('so-khcn', 'so-khcn-cu.xlsx', ['10.1000/old'], '2026-11-20T03:00:00Z'),
    record('so-khcn', 'so-khcn.xlsx', ['10.1000/a', '10.1000/b'], '2026-12-01T03:00:00Z'),
    record('thong-ke', 'thong-ke.xlsx', ['10.1000/B', '10.1000/c'], '2026-12-01T04:00:00Z'),
  ];
  const sent = records.map((r) => JSON.parse(JSON.stringify(packRegisters(r))) as FileRecord);

  it('travel as one text, not as objects', () => {
    const values = sent[1]?.analysis?.values as unknown as Record<string, unknown>;
    expect(values.registers).toBeUndefined();
    expect(typeof values.registersText).toBe('string');
  });

  it('give the same consolidation once unpacked; the superseded file’s rows are never parsed', () => {
    const unpacked = sent.map(unpackRegisters);
    const parse = jest.spyOn(JSON, 'parse');
    const run = buildRunOfRecords(catalog, unpacked, OPTIONS);
    // Two used files parsed (the older Sở KH&CN file is superseded): two parses of register text.
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockRestore();
    const direct = buildRunOfRecords(catalog, records, OPTIONS);
    expect(run.registers).toEqual(direct.registers);
    // 10.1000/b listed by both units: 3 items from 4 rows.
    expect(run.registers?.[0]?.items.map((i) => i.key)).toEqual(['10.1000/a', '10.1000/b', '10.1000/c']);
    expect(run.indicators.find((i) => i.code === 'II.1')?.value).toBe(
      direct.indicators.find((i) => i.code === 'II.1')?.value,
    );
  });
});
