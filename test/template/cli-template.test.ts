import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { captureOutput } from '../helpers/capture-output';
import { parseYear } from '../../src/cli/option-values';
import { suggestUnits, generateTemplates } from '../../src/app/generate-templates';
import { resolveUnit } from '../../src/domain/catalog';
import { loadCatalog } from '../../src/domain/catalog';
import { asciiSlug, templateFileName } from '../../src/domain/template/file-name';
import type { TemplateLayout } from '../../src/domain/template/layout-types';

const capture = captureOutput;

const catalog = loadCatalog();
const dir = mkdtempSync(join(tmpdir(), 'khcn-tpl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('khcn template', () => {
  it('writes one unit template that exceljs reads back', async () => {
    const o = capture();
    const out = join(dir, 'one', 'so-khcn.xlsx');
    expect(await main(['template', '--unit', 'so-khcn', '--out', out], o)).toBe(0);
    expect(o.stdout).toContain('Sở Khoa học và Công nghệ');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Nhập liệu')).toBeDefined();
    expect(wb.definedNames.getRanges('KHCN_I_2_fte').ranges).toHaveLength(1);
  }, 30_000);

  it('accepts a commune statistics code and --year, and reports JSON', async () => {
    const o = capture();
    const out = join(dir, 'commune.xlsx');
    expect(await main(['template', '--unit', '07210', '--year', '2026', '--out', out, '--json'], o)).toBe(0);
    expect(JSON.parse(o.stdout)).toMatchObject({ unitId: 'xp-07210', path: out, indicators: 2 });
  }, 30_000);

  it('explains in Vietnamese how to find unit ids for an unknown unit (exit 2)', async () => {
    const o = capture();
    expect(await main(['template', '--unit', 'khcn', '--out', join(dir, 'x.xlsx')], o)).toBe(2);
    expect(o.stderr).toContain('Không có đơn vị “khcn”');
    expect(o.stderr).toContain('khcn units');
    expect(o.stderr).toContain('so-khcn');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('rejects a missing --unit, a bad year and a non-xlsx output (exit 2)', async () => {
    expect(await main(['template', '--out', join(dir, 'y.xlsx')], capture())).toBe(2);
    const o = capture();
    expect(
      await main(['template', '--unit', 'so-khcn', '--year', 'hai', '--out', join(dir, 'y.xlsx')], o),
    ).toBe(2);
    expect(o.stderr).toContain('Năm không hợp lệ');
    expect(await main(['template', '--unit', 'so-khcn', '--out', join(dir, 'y.csv')], capture())).toBe(2);
  });
});

describe('khcn templates', () => {
  it('writes one file per unit, named by code and ASCII name', async () => {
    const o = capture();
    const out = join(dir, 'all');
    const started = Date.now();
    expect(await main(['templates', '--out', out], o)).toBe(0);
    const seconds = (Date.now() - started) / 1000;
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(catalog.units.length);
    expect(files).toEqual(catalog.units.map(templateFileName).sort());
    expect(files).toContain('07210_Phuong_Bac_Giang.xlsx');
    expect(files).toContain('so-khcn_So_Khoa_hoc_va_Cong_nghe.xlsx');
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9_.-]+\.xlsx$/);
    expect(o.stdout).toContain(`Đã ghi ${catalog.units.length} mẫu biểu năm 2026`);
    // About 3 s on two cores; the bound only catches a pathological slowdown.
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  it('needs --out (exit 2)', async () => {
    const o = capture();
    expect(await main(['templates'], o)).toBe(2);
    expect(o.stderr).toContain('Thiếu --out');
  });
});

describe('template use case helpers', () => {
  it('resolves ids and commune statistics codes, and suggests similar ids', () => {
    expect(resolveUnit(catalog, 'SO-KHCN')?.id).toBe('so-khcn');
    expect(resolveUnit(catalog, '07210')?.id).toBe('xp-07210');
    expect(resolveUnit(catalog, 'khong-co')).toBeUndefined();
    expect(suggestUnits(catalog, 'Bắc Giang').map((u) => u.id)).toContain('xp-07210');
    expect(suggestUnits(catalog, 'x')).toEqual([]);
  });

  it('passes every unit layout to the writer port', async () => {
    const written: [string, TemplateLayout][] = [];
    const units = catalog.units.slice(0, 3);
    const results = await generateTemplates(
      catalog,
      { year: 2026, formulaMode: 'custom', generatedAt: '2026-11-21T08:00:00.000Z' },
      { write: async (name, layout) => void written.push([name, layout]) },
      units,
    );
    expect(written.map(([n]) => n)).toEqual(units.map(templateFileName));
    expect(written.every(([, l]) => l.identity.formulaMode === 'custom')).toBe(true);
    expect(results.map((r) => r.unitId)).toEqual(units.map((u) => u.id));
  });

  it('makes ASCII names and parses years', () => {
    expect(asciiSlug('Sở Khoa học và Công nghệ')).toBe('So_Khoa_hoc_va_Cong_nghe');
    expect(asciiSlug('Đồng Kỳ – Yên Thế')).toBe('Dong_Ky_Yen_The');
    expect(parseYear(undefined)).toBe(2026);
    expect(parseYear('2027')).toBe(2027);
    expect(parseYear('26')).toBeUndefined();
  });
});
