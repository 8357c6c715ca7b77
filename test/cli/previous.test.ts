/**
 * The previous period (--previous): the baseline table `khcn baseline` writes, filled by another
 * program (openpyxl) and read back with its bad rows named; last year's consolidated workbook
 * read back through its stored run (values checked against the workbook's own summary sheet,
 * read by openpyxl); and `khcn consolidate --previous` using it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { loadPrevious } from '../../src/app/previous';
import { loadCatalog } from '../../src/domain/catalog';
import { unitValueKey } from '../../src/domain/previous/model';
import { SAMPLES_DIR, UNITS_FOLDER } from '../../scripts/make-samples';
import { captureOutput } from '../helpers/capture-output';
import { PYTHON, requireOpenpyxl } from '../validation/helpers';

jest.setTimeout(180_000);
const catalog = loadCatalog();
const dir = mkdtempSync(join(tmpdir(), 'khcn-previous-'));
const UNITS_DIR = join(SAMPLES_DIR, UNITS_FOLDER);

/** Sets "Giá trị kỳ trước" on the rows matching (unit, indicator, component); optionally the year cell. */
function fill(src: string, dst: string, values: [string, string, string, unknown][], year?: unknown): void {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Kỳ trước']
values = json.loads(sys.argv[3]); year = json.loads(sys.argv[4])
if year is not None: ws['B2'] = year
for row in ws.iter_rows(min_row=5):
    for u, i, c, v in values:
        if (row[0].value, row[2].value, row[3].value) == (u, i, c): row[6].value = v
wb.save(sys.argv[2])`;
  execFileSync(PYTHON, ['-c', script, src, dst, JSON.stringify(values), JSON.stringify(year ?? null)]);
}

describe('the baseline table', () => {
  const template = join(dir, 'ky-truoc.xlsx');
  beforeAll(async () => {
    requireOpenpyxl();
    const o = captureOutput();
    expect(await main(['baseline', '--out', template], o)).toBe(0);
    expect(o.stdout).toContain('năm 2025');
  });

  it('reads back what another program typed: province rows (TINH) and unit rows', async () => {
    const filled = join(dir, 'filled.xlsx');
    fill(template, filled, [
      ['TINH', 'II.3', 'intl_papers', 30],
      ['TINH', 'I.2', 'value', 9.5],
      ['so-khcn', 'I.1', 'legal_docs', 4],
    ]);
    const r = await loadPrevious(catalog, readFileSync(filled), filled, 2026);
    expect(r.issues).toEqual([]);
    expect(r.previous).toEqual({
      year: 2025,
      source: filled,
      province: { 'II.3': { intl_papers: 30 }, 'I.2': { value: 9.5 } },
      units: { 'so-khcn': { [unitValueKey('I.1', 'legal_docs')]: 4 } },
    });
  });

  it('names a row whose value is not a number, and keeps the others', async () => {
    const filled = join(dir, 'bad.xlsx');
    fill(template, filled, [
      ['TINH', 'II.3', 'intl_papers', 'ba mươi'],
      ['so-khcn', 'I.1', 'legal_docs', 4],
    ]);
    const r = await loadPrevious(catalog, readFileSync(filled), filled, 2026);
    expect(r.issues.map((i) => [i.code, i.sheet, i.params.column, i.params.text])).toEqual([
      ['PREVIOUS_BAD_ROW', 'Kỳ trước', 'Giá trị kỳ trước', 'ba mươi'],
    ]);
    expect(r.previous?.units['so-khcn']).toEqual({ [unitValueKey('I.1', 'legal_docs')]: 4 });
  });

  it('refuses a table without its year, or of the reporting year itself', async () => {
    const noYear = join(dir, 'no-year.xlsx');
    fill(template, noYear, [], '');
    expect((await loadPrevious(catalog, readFileSync(noYear), noYear, 2026)).issues[0]?.code).toBe(
      'PREVIOUS_NO_YEAR',
    );
    const same = join(dir, 'same.xlsx');
    fill(template, same, [], 2026);
    const r = await loadPrevious(catalog, readFileSync(same), same, 2026);
    expect(r.issues.map((i) => i.code)).toEqual(['PREVIOUS_NOT_EARLIER']);
    expect(r.previous).toBeUndefined();
  });
});

describe("last year's consolidated workbook", () => {
  const workbook = join(dir, 'tong-hop.xlsx');
  beforeAll(async () => {
    requireOpenpyxl();
    expect(await main(['consolidate', UNITS_DIR, '--out', workbook], captureOutput())).toBe(0);
  });

  it('gives each indicator’s province value, equal to the summary sheet read by openpyxl', async () => {
    const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Tổng hợp']
out = {}; header = None
for row in ws.iter_rows(values_only=True):
    if header is None:
        if row[0] == 'Mã': header = list(row)
        continue
    if isinstance(row[0], str) and isinstance(row[header.index('Giá trị tổng hợp')], (int, float)):
        out[row[0]] = row[header.index('Giá trị tổng hợp')]
print(json.dumps(out))`;
    const summary = JSON.parse(
      execFileSync(PYTHON, ['-c', script, workbook], { encoding: 'utf8' }),
    ) as Record<string, number>;
    const r = await loadPrevious(catalog, readFileSync(workbook), workbook, 2027);
    expect(r.issues).toEqual([]);
    expect(r.previous?.year).toBe(2026);
    expect(Object.keys(summary).length).toBeGreaterThan(20);
    for (const [code, value] of Object.entries(summary))
      expect(r.previous?.province[code]?.value).toBeCloseTo(value, 9);
    // Each unit's numbers too (the statistics office's population is one of them).
    expect(r.previous?.units['thong-ke']?.[unitValueKey('I.2', 'population')]).toBeGreaterThan(1_000_000);
  });

  it('cannot be the previous period of its own year', async () => {
    const r = await loadPrevious(catalog, readFileSync(workbook), workbook, 2026);
    expect(r.issues.map((i) => i.code)).toEqual(['PREVIOUS_NOT_EARLIER']);
  });

  it('khcn consolidate --previous uses it: last year’s value beside each indicator', async () => {
    const next = join(dir, 'tong-hop-2.xlsx');
    const o = captureOutput();
    expect(
      await main(['consolidate', UNITS_DIR, '--out', next, '--previous', join(dir, 'same.xlsx')], o),
    ).toBe(2);
    expect(o.stderr).toContain('--previous');
    const filled = join(dir, 'prev-for-run.xlsx');
    fill(join(dir, 'ky-truoc.xlsx'), filled, [['TINH', 'I.2', 'value', 9.5]]);
    expect(await main(['consolidate', UNITS_DIR, '--out', next, '--previous', filled], captureOutput())).toBe(
      0,
    );
    const script = `
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Tổng hợp']
header = None
for row in ws.iter_rows(values_only=True):
    if header is None:
        if row[0] == 'Mã': header = list(row)
        continue
    if row[0] == 'I.2': print(row[header.index('Giá trị kỳ trước')])`;
    expect(execFileSync(PYTHON, ['-c', script, next], { encoding: 'utf8' }).trim()).toBe('9.5');
  });
});
