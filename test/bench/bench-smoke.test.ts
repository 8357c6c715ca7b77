// The benchmark's generator (scripts/bench): generated workbooks read through the shared reader
// with no error issue, and the same seed gives the same files' values. No timing is asserted
// (`npm run bench` prints times; they depend on the machine).
import { loadCatalog } from '../../src/domain/catalog';
import { analyzeTemplate, type WorkbookReading } from '../../src/domain/validation';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import {
  planFiles,
  plannedValues,
  templateLayout,
  UnitWorkbook,
  YEAR,
  type PlannedFile,
} from '../../scripts/bench/generate';

jest.setTimeout(60_000);

const catalog = loadCatalog();
const SEED = 11;
const N = 3;

async function generate(seed: number): Promise<{ plan: PlannedFile[]; readings: WorkbookReading[] }> {
  const plan = planFiles(catalog, N, seed);
  const readings: WorkbookReading[] = [];
  for (const p of plan) {
    const book = await UnitWorkbook.create(templateLayout(catalog, p.unitId));
    const bytes = await book.bytes(
      plannedValues(catalog, book.layout, p, seed),
      new Date(p.receivedAt),
      p.unitId,
    );
    const read = await readWorkbookBytes(bytes, p.file);
    if (!read.ok) throw new Error(`${p.file}: ${read.issue.code}`);
    readings.push(read.reading);
  }
  return { plan, readings };
}

describe('bench corpus generator', () => {
  let first: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    first = await generate(SEED);
  });

  test('N files of N distinct units, each reading with no error issue', () => {
    expect(first.plan).toHaveLength(N);
    expect(new Set(first.plan.map((p) => p.unitId)).size).toBe(N);
    first.readings.forEach((reading, i) => {
      const file = first.plan[i]?.file ?? '';
      const { issues, values } = analyzeTemplate(catalog, reading, { file, year: YEAR });
      expect(issues.filter((x) => x.severity === 'error')).toEqual([]);
      // Filled for real: most components hold a valid value.
      const states = values.indicators.flatMap((ind) => ind.components.map((c) => c.state));
      expect(states.filter((s) => s === 'ok').length).toBeGreaterThan(states.length / 2);
    });
  });

  test('the same seed gives the same values; another seed other values', async () => {
    const again = await generate(SEED);
    expect(again.plan).toEqual(first.plan);
    // Readings hold cell values (not the zip bytes, which embed write times).
    expect(again.readings).toEqual(first.readings);
    const other = planFiles(catalog, N, SEED + 1);
    const layout = templateLayout(catalog, first.plan[0]?.unitId ?? '');
    const p = { ...(first.plan[0] as PlannedFile) };
    expect(plannedValues(catalog, layout, p, SEED + 1)).not.toEqual(plannedValues(catalog, layout, p, SEED));
    expect(other.map((x) => x.unitId)).not.toEqual(first.plan.map((x) => x.unitId));
  });

  test('beyond the 120 registry units, units resubmit: the newest file is the last version', () => {
    const plan = planFiles(catalog, 250, SEED);
    expect(plan).toHaveLength(250);
    const byUnit = new Map<string, PlannedFile[]>();
    for (const p of plan) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
    expect(byUnit.size).toBe(catalog.units.length);
    for (const files of byUnit.values()) {
      expect(files.length === 2 || files.length === 3).toBe(true);
      const times = files.map((f) => f.receivedAt);
      expect([...times].sort()).toEqual(times);
      expect(new Set(files.map((f) => f.file)).size).toBe(files.length);
    }
  });
});
