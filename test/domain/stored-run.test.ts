// The run kept in the consolidated workbook: written as rows of text, read back equal to the
// compact run; anything else is refused, never half-read.
import { compactRun, runFromStoredRows, storedRunRows } from '../../src/domain/consolidation/stored-run';
import { makeRun } from '../report/fixtures';

const run = makeRun();

test('round trip: the rows read back as the compact run (no detail rows, no per-file issues)', () => {
  const rows = storedRunRows(run);
  expect(rows[0]?.slice(0, 2)).toEqual(['khcn-run', '1']);
  for (const r of rows) for (const c of r) expect(c.length).toBeLessThanOrEqual(32_767);
  const read = runFromStoredRows(rows);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.run).toEqual(JSON.parse(JSON.stringify(compactRun(run))));
  expect(read.run.detail).toEqual([]);
  expect(read.run.indicators.map((i) => i.value)).toEqual(run.indicators.map((i) => i.value));
});

test('a long run is split into cells below the Excel limit and joined back', () => {
  const big = {
    ...run,
    flags: Array.from({ length: 2000 }, () => run.files[0]!.reason ?? run.flags[0]!).filter(Boolean),
  };
  const rows = storedRunRows(big as typeof run);
  expect(rows.length).toBeGreaterThan(2);
  const read = runFromStoredRows(rows);
  expect(read.ok && read.run.flags.length).toBe(big.flags.length);
});

test('another tag, broken JSON or a wrong shape are refused', () => {
  const rows = storedRunRows(run);
  expect(runFromStoredRows([['other', '1'], ...rows.slice(1)])).toEqual({ ok: false, reason: 'format' });
  expect(runFromStoredRows([rows[0]!, ['{"a":']])).toEqual({ ok: false, reason: 'damaged' });
  expect(runFromStoredRows([rows[0]!, ['{"options":{"year":"2026"}}']])).toEqual({
    ok: false,
    reason: 'damaged',
  });
  expect(runFromStoredRows([])).toEqual({ ok: false, reason: 'format' });
});
