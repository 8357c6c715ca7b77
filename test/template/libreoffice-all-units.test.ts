/**
 * `khcn templates --out dir` writes a template for EVERY unit of the registry, and each one opens
 * in LibreOffice Calc (one soffice call for all) with its defined names and data validation intact.
 * (libreoffice.test.ts proves, on a sample of units, that the native formulas compute the same
 * values as the custom functions.)
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { loadCatalog } from '../../src/domain/catalog';
import { buildTemplate } from '../../src/domain/template/build-template';
import { DATA_SHEET } from '../../src/domain/template/data-sheet';
import { IDENTITY_SHEET, parseIdentity } from '../../src/domain/template/identity';
import { templateFileName } from '../../src/domain/template/file-name';
import { captureOutput } from '../helpers/capture-output';
import { convertWithLibreOffice, describeWithLibreOffice, namedCells } from './libreoffice-helpers';

const catalog = loadCatalog();

describeWithLibreOffice('every unit template survives a LibreOffice round trip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khcn-lo-all-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    expect(await main(['templates', '--out', join(dir, 'in')], captureOutput())).toBe(0);
    const inputs = readdirSync(join(dir, 'in')).map((f) => join(dir, 'in', f));
    convertWithLibreOffice(inputs, join(dir, 'out'), join(dir, 'profile'));
  }, 300_000);

  it('wrote one file per registry unit, and LibreOffice converted each', () => {
    expect(readdirSync(join(dir, 'in'))).toHaveLength(catalog.units.length);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(readdirSync(join(dir, 'in')).sort());
  });

  it.each(catalog.units.map((u) => [u.id, u] as const))(
    '%s: names, validations and identity intact',
    async (unitId, unit) => {
      const layout = buildTemplate(catalog, unitId, 2026, { formulaMode: 'native', generatedAt: 'x' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'out', templateFileName(unit)));
      const ws = wb.getWorksheet(DATA_SHEET);
      expect(ws).toBeDefined();
      expect(layout.inputs.length).toBeGreaterThan(0);
      for (const input of layout.inputs) {
        const { sheet, cells } = namedCells(wb, input.name);
        expect([input.name, sheet, cells[0]]).toEqual([input.name, DATA_SHEET, input.range.split(':')[0]]);
        expect([input.name, ws?.getCell(cells[0] ?? '').dataValidation?.type]).toEqual([
          input.name,
          expect.any(String),
        ]);
      }
      const rows: [unknown, unknown][] = [];
      wb.getWorksheet(IDENTITY_SHEET)?.eachRow((row) =>
        rows.push([row.getCell(1).value, row.getCell(2).value]),
      );
      const parsed = parseIdentity(rows);
      expect(parsed.ok && parsed.identity.unitId).toBe(unitId);
    },
  );
});
