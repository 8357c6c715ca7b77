/**
 * Register rows between a reading process and the CLI: packed as one text, sent (JSON, as the
 * process channel does), unpacked lazily; the consolidation of unpacked records equals the one
 * of the records as analysed, and a superseded file's rows are never parsed.
 */
import { buildRunOfRecords } from '../../src/domain/consolidation/run';
import { analyzeFile, type FileRecord } from '../../src/domain/consolidation/run-files';
import { packRegisters, unpackRegisters } from '../../src/cli/register-transfer';
import { catalog } from '../validation/helpers';
import { file, OPTIONS } from '../consolidation/register-fixtures';

/** A unit's file listing international papers of 2026 by DOI, received at `at`, as analysed. */
const record = (unitId: string, name: string, dois: string[], at: string): FileRecord =>
  analyzeFile(
    catalog,
    file(
      unitId,
      name,
      dois.map((d) => [d, `Bài ${d}`, 2026]),
      at,
    ),
    OPTIONS,
  );

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
