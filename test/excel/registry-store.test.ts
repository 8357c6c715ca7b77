// src/excel/registry-store.ts against the strict in-memory Excel fake: the office's registry is
// kept in two very hidden sheets, read back exactly (ids and tax codes stay text), replaced on a
// new load, removed on reset; at most 2 syncs each way whatever the number of units. And the
// use cases around it: a registry kept in the workbook gives the same catalogue as its file.
import { registryFromStore, storedRegistry } from '../../src/app/registry';
import { loadCatalog } from '../../src/domain/catalog';
import { createRegistryStore, OFFICE_SHEET, REGISTRY_SHEET } from '../../src/excel/registry-store';
import { installFakeHost, type FakeHost } from '../fakes/office-fake';

let host: FakeHost;
afterEach(() => host.uninstall());

const base = loadCatalog();

function withUnits(n: number) {
  const stored = storedRegistry(base);
  const header = stored.units[0] ?? [];
  const extra = Array.from({ length: n }, (_, i) => {
    const row = header.map(() => '');
    row[0] = `dn-${i + 1}`;
    row[1] = `Công ty Thử nghiệm ${i + 1}`;
    row[3] = 'Doanh nghiệp';
    row[4] = i === 0 ? '0100109106' : '';
    row[9] = 'có';
    return row;
  });
  return { units: [...stored.units, ...extra], office: [...stored.office] };
}

describe('registry store', () => {
  it('writes two very hidden sheets and reads them back exactly, in ≤ 2 syncs each way', async () => {
    host = installFakeHost({
      workbook: { name: 'So.xlsx', sheets: { 'Ghi chú': [['x']] }, activeSheet: 'Ghi chú' },
    });
    const store = createRegistryStore();
    const small = withUnits(3);
    host.excel.resetStats();
    await store.write(small);
    expect(host.excel.stats.syncs).toBeLessThanOrEqual(2);
    const sheets = host.excel.state.sheets.map((s) => [s.name, s.visibility]);
    expect(sheets).toEqual([
      ['Ghi chú', 'Visible'],
      [REGISTRY_SHEET, 'VeryHidden'],
      [OFFICE_SHEET, 'VeryHidden'],
    ]);
    host.excel.resetStats();
    const back = await store.read();
    expect(host.excel.stats.syncs).toBeLessThanOrEqual(2);
    expect(back?.units).toEqual(small.units);
    // The tax code keeps its leading zero (written as text).
    expect(back?.units.find((r) => r[0] === 'dn-1')?.[4]).toBe('0100109106');

    // A thousand more units: still 2 syncs; the previous sheets are replaced, not added to.
    const big = withUnits(1000);
    host.excel.resetStats();
    await store.write(big);
    expect(host.excel.stats.syncs).toBeLessThanOrEqual(2);
    expect(host.excel.state.sheets.filter((s) => s.name === REGISTRY_SHEET)).toHaveLength(1);
    expect((await store.read())?.units).toHaveLength(big.units.length);

    await store.clear();
    expect(host.excel.state.sheets.map((s) => s.name)).toEqual(['Ghi chú']);
    expect(await store.read()).toBeUndefined();
  });

  it('a registry kept in the workbook gives the same catalogue as the one it was made from', () => {
    const stored = withUnits(2);
    const loaded = registryFromStore(base, stored, 'sổ làm việc');
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const again = registryFromStore(base, storedRegistry(loaded.catalog ?? base), 'sổ làm việc');
    expect(again.catalog?.units.map((u) => u.id)).toEqual(loaded.catalog?.units.map((u) => u.id));
    expect(loaded.catalog?.units.find((u) => u.id === 'dn-1')).toMatchObject({
      nameVi: 'Công ty Thử nghiệm 1',
      taxCode: '0100109106',
      mustReport: true,
    });
  });
});
