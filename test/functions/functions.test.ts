// Every KHCN custom function called as Excel calls it: associated the way the webpack plugin does
// (ids and function names from the metadata generator), with the fake CustomFunctions global.
// Ranges are 2-D arrays (rows of cells), a repeating range parameter is one array of ranges, a
// blank cell is null (current Excel) or '' (both are read as blank).
import * as functions from '../../src/functions/functions';
import { CUSTOM_FUNCTIONS } from '../../src/domain/custom-functions';
import { installFakeHost, type FakeHost } from '../fakes/office-fake';
import { generateMetadata } from './metadata';

let host: FakeHost;
beforeAll(async () => {
  host = installFakeHost();
  const { associate } = await generateMetadata();
  const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const { id, functionName } of associate) host.customFunctions.associate(id, exported[functionName]);
}, 60_000);
afterAll(() => host.uninstall());

type Outcome = { value?: unknown; error?: string; message?: string };
const call = (id: string, ...args: unknown[]): Promise<Outcome> => host.customFunctions.invoke(id, args);
const value = async (id: string, ...args: unknown[]): Promise<unknown> => {
  const r = await call(id, ...args);
  if (r.error) throw new Error(`${id}: ${r.error} ${r.message ?? ''}`);
  return r.value;
};
/** A column range from values. */
const col = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽềếểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** #VALUE! or #N/A carrying a Vietnamese explanation (containing `part`, when given). */
async function expectExplained(r: Promise<Outcome>, error: '#VALUE!' | '#N/A', part?: string) {
  const o = await r;
  expect(o.error).toBe(error);
  expect(o.message).toMatch(VIETNAMESE);
  if (part !== undefined) expect(o.message).toContain(part);
}

test('every function is associated and covered below', () => {
  const covered = new Set(Object.keys(CASES));
  for (const f of CUSTOM_FUNCTIONS) {
    expect(host.customFunctions.registry.has(f.id)).toBe(true);
    expect(covered).toContain(f.id);
  }
});

// Hand-computed cases per function; the arithmetic is in the comments.
const CASES: Record<string, () => void> = {
  FTE_PER_10K: () => {
    test('FTE per 10,000 population', async () => {
      // 1 200 / 3 600 000 × 10 000 = 3.333…
      expect(await value('FTE_PER_10K', 1200, 3_600_000)).toBeCloseTo(3.333333, 5);
      // 905 / 3 620 000 × 10 000 = 2.5
      expect(await value('FTE_PER_10K', 905, 3_620_000)).toBeCloseTo(2.5, 12);
    });
    test('errors', async () => {
      expect((await call('FTE_PER_10K', 5, 0)).error).toBe('#DIV/0!');
      await expectExplained(call('FTE_PER_10K', -1, 1000), '#VALUE!', 'Nhân lực NC&PT quy đổi (FTE)');
      await expectExplained(call('FTE_PER_10K', null, 1000), '#N/A', 'Nhân lực NC&PT quy đổi (FTE)');
      await expectExplained(call('FTE_PER_10K', 12, ''), '#N/A', 'Dân số trung bình');
      await expectExplained(call('FTE_PER_10K', 'mười hai', 1000), '#VALUE!', '“mười hai”');
    });
  },
  PER_10K: () => {
    test('count per 10,000 population', async () => {
      // 362 / 3 620 000 × 10 000 = 1
      expect(await value('PER_10K', 362, 3_620_000)).toBeCloseTo(1, 12);
      // 0 / 1 000 × 10 000 = 0
      expect(await value('PER_10K', 0, 1000)).toBe(0);
    });
    test('errors', async () => {
      expect((await call('PER_10K', 3, 0)).error).toBe('#DIV/0!');
      await expectExplained(call('PER_10K', 3, -5), '#VALUE!', 'Dân số trung bình');
    });
  },
  SHARE: () => {
    test('part of total as a fraction', async () => {
      // 30 / 240 = 0.125 (12,5 %)
      expect(await value('SHARE', 30, 240)).toBe(0.125);
      // 240 / 240 = 1
      expect(await value('SHARE', 240, 240)).toBe(1);
    });
    test('errors', async () => {
      // total 0 is checked before part > total
      expect((await call('SHARE', 0, 0)).error).toBe('#DIV/0!');
      await expectExplained(call('SHARE', 5, 4), '#VALUE!', 'Phần');
      await expectExplained(call('SHARE', null, 4), '#N/A', 'Tỷ lệ (phần trên tổng)');
    });
  },
  AVG_CITATIONS: () => {
    test('citations per paper', async () => {
      // 1 250 / 500 = 2.5
      expect(await value('AVG_CITATIONS', 1250, 500)).toBe(2.5);
    });
    test('errors', async () => {
      expect((await call('AVG_CITATIONS', 10, 0)).error).toBe('#DIV/0!');
      await expectExplained(call('AVG_CITATIONS', 10, null), '#N/A', 'Số bài báo');
    });
  },
  COST_PER_PUB: () => {
    test('million VND per paper', async () => {
      // 12 000 / 48 = 250
      expect(await value('COST_PER_PUB', 12_000, 48)).toBe(250);
    });
    test('errors', async () => {
      expect((await call('COST_PER_PUB', 12_000, 0)).error).toBe('#DIV/0!');
      await expectExplained(call('COST_PER_PUB', -1, 48), '#VALUE!', 'Tổng chi (triệu đồng)');
    });
  },
  GROWTH: () => {
    test('current / previous − 1', async () => {
      // 110 / 100 − 1 = 0.1
      expect(await value('GROWTH', 110, 100)).toBeCloseTo(0.1, 12);
      // 75 / 100 − 1 = −0.25 (a fall is a result, not an error)
      expect(await value('GROWTH', 75, 100)).toBe(-0.25);
    });
    test('errors', async () => {
      expect((await call('GROWTH', 5, 0)).error).toBe('#DIV/0!');
      await expectExplained(call('GROWTH', 5, null), '#N/A', 'Giá trị kỳ trước');
    });
  },
  IMPROVEMENT: () => {
    test('current − baseline, in points', async () => {
      // 62.5 − 58 = 4.5 ; 50 − 58 = −8
      expect(await value('IMPROVEMENT', 62.5, 58)).toBe(4.5);
      expect(await value('IMPROVEMENT', 50, 58)).toBe(-8);
    });
    test('errors', async () => {
      await expectExplained(call('IMPROVEMENT', 50, -1), '#VALUE!', 'Điểm năm gốc');
      await expectExplained(call('IMPROVEMENT', null, 58), '#N/A', 'Điểm kỳ này');
    });
  },
  HINDEX: () => {
    test('h-index of a range', async () => {
      // sorted 10, 8, 5, 4, 3: the 4th paper has 4 ≥ 4 citations, the 5th 3 < 5 → h = 4
      expect(await value('HINDEX', col(10, 8, 5, 4, 3))).toBe(4);
      // blank cells (null, '') are skipped: the same papers → 4
      expect(await value('HINDEX', col(10, null, 8, '', 5, 4, 3))).toBe(4);
      // a 2×2 range, row by row 3, 0, 6, 1 → sorted 6, 3, 1, 0: 6 ≥ 1, 3 ≥ 2, 1 < 3 → h = 2
      expect(
        await value('HINDEX', [
          [3, 0],
          [6, 1],
        ]),
      ).toBe(2);
      // papers never cited: 0, 0 → h = 0
      expect(await value('HINDEX', col(0, 0))).toBe(0);
      // a register table's column, =KHCN.HINDEX(KHCN_DS_PUBLICATIONS[Số trích dẫn]): Excel passes
      // its body as one column, the table's empty rows as blanks → 12, 7, 3, 0 → h = 3
      const tableColumn = col(12, 3, null, 7, 0, ...Array.from({ length: 16 }, () => null));
      expect(await value('HINDEX', tableColumn)).toBe(3);
    });
    test('errors', async () => {
      await expectExplained(call('HINDEX', col(null, '')), '#N/A', 'Chỉ số H');
      await expectExplained(call('HINDEX', col(3, 2.5)), '#VALUE!', 'Số lượt trích dẫn của từng bài');
      await expectExplained(call('HINDEX', col(3, -1)), '#VALUE!', 'Số lượt trích dẫn của từng bài');
      await expectExplained(call('HINDEX', col(3, 'n/a')), '#VALUE!', '“n/a”');
      await expectExplained(call('HINDEX', col(3, ' ')), '#VALUE!');
      await expectExplained(call('HINDEX', col(3, true)), '#VALUE!', '“true”');
    });
  },
  TRL_MEDIAN: () => {
    test('median of repeating ranges', async () => {
      // three single cells 4, 6, 7 → median 6
      expect(await value('TRL_MEDIAN', [[[4]], [[6]], [[7]]])).toBe(6);
      // ranges 3, 5 and 8, 9 → 3, 5, 8, 9 → (5 + 8) / 2 = 6.5
      expect(await value('TRL_MEDIAN', [col(3, 5), col(8, 9)])).toBe(6.5);
      // blank cells skipped: 2, 9, 4 → sorted 2, 4, 9 → 4
      expect(await value('TRL_MEDIAN', [col(2, null), [['']], col(9, 4)])).toBe(4);
    });
    test('errors', async () => {
      await expectExplained(call('TRL_MEDIAN', [col(0, 5)]), '#VALUE!', 'Các mức TRL');
      await expectExplained(call('TRL_MEDIAN', [col(10)]), '#VALUE!', 'Các mức TRL');
      await expectExplained(call('TRL_MEDIAN', [col(4.5)]), '#VALUE!', 'Các mức TRL');
      await expectExplained(call('TRL_MEDIAN', [col(null)]), '#N/A', 'Trung vị mức độ sẵn sàng công nghệ');
      await expectExplained(call('TRL_MEDIAN', null), '#N/A');
      await expectExplained(call('TRL_MEDIAN', []), '#N/A');
      await expectExplained(call('TRL_MEDIAN'), '#N/A');
    });
  },
  TOTAL: () => {
    test('sum of the present parts', async () => {
      // 1 + 2 + 3 + 4 = 10 (the blank cell is skipped)
      expect(
        await value('TOTAL', [
          [
            [1, 2],
            [3, null],
          ],
          [[4]],
        ]),
      ).toBe(10);
      // 0.1 + 0.2 (binary rounding tolerated) ; a typed 0 is a value: 0
      expect(await value('TOTAL', [[[0.1]], [[0.2]]])).toBeCloseTo(0.3, 12);
      expect(await value('TOTAL', [[[0]], [[null]]])).toBe(0);
    });
    test('errors', async () => {
      await expectExplained(call('TOTAL', [[[null]], [['']]]), '#N/A', 'Tổng các thành phần');
      await expectExplained(call('TOTAL', null), '#N/A');
      await expectExplained(call('TOTAL', [[[5]], [[-1]]]), '#VALUE!', 'Các thành phần');
      await expectExplained(call('TOTAL', [[['12 người']]]), '#VALUE!', '“12 người”');
    });
  },
  FTE: () => {
    test('sum of per-person R&D time shares', async () => {
      // 1 + 0.5 + 0.25 = 1.75 (the blank is skipped)
      expect(await value('FTE', col(1, 0.5, 0.25, null))).toBe(1.75);
      // 0 + 0 = 0 (people with no R&D time still count as entered)
      expect(await value('FTE', col(0, 0))).toBe(0);
    });
    test('errors', async () => {
      await expectExplained(call('FTE', col(0.5, 1.2)), '#VALUE!', 'Tỷ lệ thời gian NC&PT của từng người');
      await expectExplained(call('FTE', col(-0.1)), '#VALUE!', 'Nhân lực NC&PT quy đổi toàn thời gian (FTE)');
      await expectExplained(
        call('FTE', col(null, '')),
        '#N/A',
        'Nhân lực NC&PT quy đổi toàn thời gian (FTE)',
      );
      await expectExplained(call('FTE', col('50%')), '#VALUE!', '“50%”');
    });
  },
  TARGET: () => {
    test('the target as text', async () => {
      // B.1 (R&D spending, % of GRDP): 2030 ≥ 1,5 %
      expect(await value('TARGET', 'B.1', 2030)).toBe('≥ 1,5%');
      // year left out → 2030; code matched without regard to case and spaces
      expect(await value('TARGET', ' b.1 ', null)).toBe('≥ 1,5%');
      expect(await value('TARGET', 'B.1')).toBe('≥ 1,5%');
      expect(await value('TARGET', 'B.1', 2025)).toBe('≥ 1%');
      expect(await value('TARGET', 'D.1', 2045)).toBe('Top 6');
      expect(await value('TARGET', 'B.2', 2035)).toBe('≥ 3%, tăng dần');
    });
    test('low-confidence targets carry the marker', async () => {
      expect(await value('TARGET', 'C.1', 2030)).toBe('≥ 50 (độ tin cậy thấp)');
      expect(await value('TARGET', 'C.11', 2030)).toBe('15 – 20 (độ tin cậy thấp)');
    });
    test('errors', async () => {
      // A.2 has levels for 2035, 2040, 2045 only
      await expectExplained(call('TARGET', 'A.2', 2030), '#N/A', '2035, 2040, 2045');
      await expectExplained(call('TARGET', 'B.1', 2026), '#N/A', 'năm 2026');
      await expectExplained(call('TARGET', 'Z.9', 2030), '#VALUE!', '“Z.9”');
      await expectExplained(call('TARGET', 'I.4', 2030), '#VALUE!', '“I.4”');
      await expectExplained(call('TARGET', '', 2030), '#N/A', 'mã chỉ tiêu');
      await expectExplained(call('TARGET', null), '#N/A', 'mã chỉ tiêu');
      await expectExplained(call('TARGET', 'B.1', 2030.5), '#VALUE!', '“2030,5”');
      await expectExplained(call('TARGET', 'B.1', 30), '#VALUE!', 'Năm');
      await expectExplained(call('TARGET', 'B.1', 'hai nghìn'), '#VALUE!', '“hai nghìn”');
    });
  },
  PROGRESS: () => {
    test('status texts', async () => {
      // B.1 2030: ≥ 1,5 % = 0.015 ; 0.016 ≥ 0.015 → met ; 0.012 < 0.015 → not met
      expect(await value('PROGRESS', 0.016, 'B.1', 2030)).toBe('Đạt');
      expect(await value('PROGRESS', 0.015, 'B.1')).toBe('Đạt');
      expect(await value('PROGRESS', 0.012, 'B.1')).toBe('Chưa đạt');
      // B.2 2030: ≥ 3 % and increasing: 0.04 clears the floor but one value shows no trend
      expect(await value('PROGRESS', 0.04, 'B.2', 2030)).toBe('Chưa xác định');
      // … and below the floor it is not met: 0.02 < 0.03
      expect(await value('PROGRESS', 0.02, 'B.2', 2030)).toBe('Chưa đạt');
      // D.1 2030: Top 10 (a rank): 7 ≤ 10 → met, 12 > 10 → not met
      expect(await value('PROGRESS', 7, 'D.1', 2030)).toBe('Đạt');
      expect(await value('PROGRESS', 12, 'D.1', 2030)).toBe('Chưa đạt');
    });
    test('low-confidence targets keep their status, with the marker', async () => {
      // C.1 2030: ≥ 50 (low confidence): 60 ≥ 50 → met ; 40 < 50 → not met
      expect(await value('PROGRESS', 60, 'C.1', 2030)).toBe('Đạt (độ tin cậy thấp)');
      expect(await value('PROGRESS', 40, 'C.1', 2030)).toBe('Chưa đạt (độ tin cậy thấp)');
      // E.26 2030: increasing (low confidence) → undetermined, marked
      expect(await value('PROGRESS', 0.97, 'E.26', 2030)).toBe('Chưa xác định (độ tin cậy thấp)');
    });
    test('no value, no target for the year', async () => {
      expect(await value('PROGRESS', null, 'B.1', 2030)).toBe('Chưa có số liệu');
      expect(await value('PROGRESS', '', 'C.1', 2030)).toBe('Chưa có số liệu');
      expect(await value('PROGRESS', 0.5, 'A.2', 2030)).toBe('Không có chỉ tiêu năm 2030');
      expect(await value('PROGRESS', 0.5, 'A.1', 2026)).toBe('Không có chỉ tiêu năm 2026');
    });
    test('errors', async () => {
      await expectExplained(call('PROGRESS', 0.5, 'X.1', 2030), '#VALUE!', '“X.1”');
      await expectExplained(call('PROGRESS', 0.5, null, 2030), '#N/A', 'mã chỉ tiêu');
      await expectExplained(call('PROGRESS', 0.5, 'B.1', 2030.5), '#VALUE!', '“2030,5”');
      await expectExplained(call('PROGRESS', '1,5%', 'B.1', 2030), '#VALUE!', '“1,5%”');
    });
  },
};

for (const [id, cases] of Object.entries(CASES)) describe(id, cases);
