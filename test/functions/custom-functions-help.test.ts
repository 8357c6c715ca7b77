// The domain's description of the KHCN functions (src/domain/custom-functions.ts): the list, the
// PROGRESS status texts and the TARGET/PROGRESS argument messages, in both languages.
import { loadCatalog, findTarget } from '../../src/domain/catalog';
import { FORMULA_IDS } from '../../src/domain/catalog/schema';
import {
  CUSTOM_FUNCTIONS,
  DEFAULT_TARGET_YEAR,
  EXTRA_FUNCTION_IDS,
  functionHelp,
  progressText,
  TARGET_ARG_MESSAGES,
} from '../../src/domain/custom-functions';
import { FORMULAS } from '../../src/domain/formulas';
import type { TargetStatus } from '../../src/domain/target-compare';

test('the formulas in registry order, then FTE, TARGET, PROGRESS; ids unique', () => {
  expect(CUSTOM_FUNCTIONS.map((f) => f.id)).toEqual([...FORMULA_IDS, ...EXTRA_FUNCTION_IDS]);
});

test('formula functions carry the registry texts; repeatable ranges are optional', () => {
  for (const id of FORMULA_IDS) {
    const help = functionHelp(id);
    const spec = FORMULAS[id];
    expect([help.nameVi, help.nameEn, help.descriptionVi, help.descriptionEn]).toEqual([
      spec.nameVi,
      spec.nameEn,
      spec.descriptionVi,
      spec.descriptionEn,
    ]);
    expect(help.params.map((p) => [p.name, p.kind, p.labelVi, p.labelEn])).toEqual(
      spec.params.map((p) => [p.name, p.kind, p.labelVi, p.labelEn]),
    );
    for (const [i, p] of help.params.entries()) {
      expect(p.repeatable ?? false).toBe(spec.params[i]!.repeatable ?? false);
      expect(p.optional ?? false).toBe(spec.params[i]!.repeatable ?? false);
    }
    expect(help.result).toBe('number');
  }
  expect(functionHelp('TOTAL').params[0]).toMatchObject({ optional: true, repeatable: true });
});

test('only the last parameters are optional, only the last is repeatable', () => {
  for (const f of CUSTOM_FUNCTIONS) {
    const firstOptional = f.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    f.params.slice(0, -1).forEach((p) => expect(p.repeatable ?? false).toBe(false));
  }
});

test('unknown id', () => {
  expect(() => functionHelp('NOPE' as never)).toThrow(RangeError);
});

describe('progressText', () => {
  const cases: [TargetStatus, boolean, string, string][] = [
    ['met', false, 'Đạt', 'Met'],
    ['not-met', false, 'Chưa đạt', 'Not met'],
    ['uncertain', false, 'Chưa xác định', 'Undetermined'],
    ['met', true, 'Đạt (độ tin cậy thấp)', 'Met (low confidence)'],
    ['not-met', true, 'Chưa đạt (độ tin cậy thấp)', 'Not met (low confidence)'],
    ['uncertain', true, 'Chưa xác định (độ tin cậy thấp)', 'Undetermined (low confidence)'],
    // no judgement, so no marker
    ['no-value', true, 'Chưa có số liệu', 'No data yet'],
    ['no-target', true, 'Không có chỉ tiêu năm 2026', 'No target for 2026'],
  ];
  test.each(cases)('%s, low confidence %s', (status, lowConfidence, vi, en) => {
    const c = { status, lowConfidence, targetText: '' };
    expect(progressText(c, 2026, 'vi')).toBe(vi);
    expect(progressText(c, 2026, 'en')).toBe(en);
  });
});

describe('TARGET/PROGRESS argument messages', () => {
  const a2 = findTarget(loadCatalog(), 'A.2')!;
  test.each(['vi', 'en'] as const)('%s', (lang) => {
    const m = TARGET_ARG_MESSAGES[lang];
    expect(m.codeMissing).toContain('B.1');
    expect(m.unknownCode('Z.9')).toContain('“Z.9”');
    expect(m.noTargetForYear(a2, 2030)).toContain('2035, 2040, 2045');
    expect(m.noTargetForYear(a2, 2030)).toContain('2030');
    expect(m.badYear(2030.5)).toContain(lang === 'vi' ? '“2030,5”' : '“2030.5”');
    expect(m.badYear(12345)).toContain('12345');
    expect(m.badYear(1)).toContain(String(DEFAULT_TARGET_YEAR));
  });
});
