/**
 * Register sheets of the template: which registers a unit gets (those behind a component it
 * enters), and each sheet's table, headers, checks and prompts as the writers receive them.
 */
import { findUnit, indicatorsForUnit, loadCatalog } from '../../src/domain/catalog';
import { REGISTERS, registerDef } from '../../src/domain/registers/definitions';
import { buildTemplate } from '../../src/domain/template/build-template';
import {
  REGISTER_HEADER_ROW,
  REGISTER_LAST_ROW,
  REGISTER_TABLE_ROWS,
} from '../../src/domain/template/register-sheet';

const catalog = loadCatalog();
const build = (unitId: string) =>
  buildTemplate(catalog, unitId, 2026, { formulaMode: 'native', generatedAt: '2026-11-21T08:00:00.000Z' });

/** The registers a unit's entered components name, worked out from the catalogue directly. */
function expectedRegisters(unitId: string): string[] {
  const unit = findUnit(catalog, unitId);
  if (!unit) throw new Error(unitId);
  const keys = new Set(
    indicatorsForUnit(catalog, unitId).flatMap((a) => a.components.map((c) => c.register).filter(Boolean)),
  );
  return REGISTERS.filter((r) => keys.has(r.key)).map((r) => r.sheetVi);
}

describe('register sheets in the template', () => {
  it('the lead of the research indicators gets all seven; every unit gets exactly those its components name', () => {
    expect(build('so-khcn').sheets.filter((s) => s.role === 'register')).toHaveLength(7);
    for (const unit of catalog.units) {
      const names = build(unit.id)
        .sheets.filter((s) => s.role === 'register')
        .map((s) => s.name);
      expect(names).toEqual(expectedRegisters(unit.id));
    }
    // A commune takes part in I.1 (documents) but in no research indicator.
    const commune = catalog.units.find((u) => u.categories.includes('commune'));
    expect(commune && build(commune.id).sheets.some((s) => s.name === 'DS Văn bản')).toBe(true);
    expect(commune && build(commune.id).sheets.some((s) => s.name === 'DS Công bố')).toBe(false);
  });

  it('each sheet holds one table KHCN_DS_<KEY>: headers on row 3, checks and formats per column down to row 10 003', () => {
    const pub = build('so-khcn').sheets.find((s) => s.name === 'DS Công bố');
    const def = registerDef('publications');
    expect(pub?.protect).toBe(false);
    expect(pub?.table?.name).toBe('KHCN_DS_PUBLICATIONS');
    // 13 columns A..M; header row + REGISTER_TABLE_ROWS empty rows.
    expect(pub?.table?.range).toBe(`A3:M${3 + REGISTER_TABLE_ROWS}`);
    expect(REGISTER_HEADER_ROW).toBe(3);
    expect(pub?.table?.lastRow).toBe(REGISTER_LAST_ROW);
    expect(pub?.table?.columns.map((c) => c.header)).toEqual(def.columns.map((c) => c.headerVi));
    const headerCells = def.columns.map(
      (_, i) => pub?.cells.find((c) => c.address === `${String.fromCharCode(65 + i)}3`)?.value,
    );
    expect(headerCells).toEqual(def.columns.map((c) => c.headerVi));
    const byHeader = new Map(pub?.table?.columns.map((c) => [c.header, c]));
    expect(byHeader.get('DOI')).toMatchObject({ numberFormat: '@', validation: { kind: 'textLength' } });
    expect(byHeader.get('Loại công bố')?.validation).toMatchObject({
      kind: 'list',
      items: [
        'Bài báo quốc tế',
        'Bài báo trong nước',
        'Sách chuyên khảo',
        'Giáo trình',
        'Tài liệu giảng dạy',
      ],
    });
    expect(byHeader.get('WoS/Scopus')?.validation).toMatchObject({ kind: 'list', items: ['Có', 'Không'] });
    expect(byHeader.get('Năm xuất bản')?.validation).toMatchObject({ kind: 'whole', min: 1900, max: 2100 });
    expect(byHeader.get('Ngày tra cứu')).toMatchObject({
      numberFormat: 'dd/mm/yyyy',
      validation: { kind: 'date' },
    });
    // Every column has a Vietnamese prompt: the column's own.
    expect(pub?.table?.columns.map((c) => c.validation?.promptVi)).toEqual(
      def.columns.map((c) => c.promptVi),
    );
    const ent = build('so-khcn').sheets.find((s) => s.name === 'DS Doanh nghiệp');
    expect(ent?.table?.columns[0]).toMatchObject({ header: 'Mã số thuế', numberFormat: '@' });
  });
});
