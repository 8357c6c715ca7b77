// The fake must fail where Excel fails, or tests of src/excel would pass code that breaks in Excel.
import { FakeExcel, FakeOfficeError, type FakeRequestContext } from '../fakes/excel-fake';
import { installFakeHost, versionAtMost } from '../fakes/office-fake';

const code = (e: unknown) => (e instanceof FakeOfficeError ? e.code : String(e));

async function rejectsWith(p: Promise<unknown>, expected: string): Promise<void> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(code(error)).toBe(expected);
}

function excelWith(sheets: Record<string, (string | number)[][]> = { Sheet1: [] }) {
  return new FakeExcel({ name: 'Sổ.xlsx', sheets });
}

describe('loading', () => {
  test('reading before load, or after load but before sync, throws PropertyNotLoaded', async () => {
    await excelWith().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      expect(() => ws.name).toThrow(/call the load method/);
      ws.load('name');
      try {
        void ws.name;
        throw new Error('no throw');
      } catch (e) {
        expect(code(e)).toBe('PropertyNotLoaded');
      }
      await ctx.sync();
      expect(ws.name).toBe('Sheet1');
      expect(() => ws.visibility).toThrow(FakeOfficeError); // only what was loaded
    });
  });

  test('load accepts a list, a comma string, {select} and nested paths', async () => {
    const excel = excelWith({ S: [[1, 2]] });
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
      r.load('values, address');
      r.load(['rowCount']);
      r.load({ select: 'columnCount' });
      r.load('format/fill/color');
      await ctx.sync();
      expect(r.values).toEqual([[1, 2]]);
      expect(r.address).toBe('S!A1:B1');
      expect([r.rowCount, r.columnCount]).toEqual([1, 2]);
      expect(r.format.fill.color).toBe('#FFFFFF');
    });
  });

  test('an unknown property fails at sync', async () => {
    await excelWith().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').load('nmae');
      await rejectsWith(ctx.sync(), 'InvalidArgument');
    });
  });

  test('loaded values are a snapshot until loaded again', async () => {
    const excel = excelWith({ S: [[1]] });
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await ctx.sync();
      r.values = [[2]];
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[2]]);
    });
  });

  test('collections: items after load("items/name")', async () => {
    await excelWith({ A: [], B: [] }).run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(FakeOfficeError);
      sheets.load('items/name');
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B']);
    });
  });
});

describe('writes are queued and applied at sync', () => {
  test('values, formulas and numberFormat', async () => {
    const excel = excelWith({ S: [] });
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B2');
      r.values = [
        [1, 'a'],
        ['=A1*2', true],
      ];
      r.numberFormat = [
        ['0.00', '@'],
        ['General', 'General'],
      ];
      expect(excel.values('S', 'A1:B2')).toEqual([
        ['', ''],
        ['', ''],
      ]);
      await ctx.sync();
      expect(excel.values('S', 'A1:B1')).toEqual([[1, 'a']]);
      expect(excel.cell('S', 'A2').formula).toBe('=A1*2');
      expect(excel.cell('S', 'A1').numberFormat).toBe('0.00');
      r.load('formulas');
      await ctx.sync();
      expect(r.formulas[1]).toEqual(['=A1*2', true]);
    });
  });

  test('a formula cell shows what `evaluate` gives (the fake does not calculate)', async () => {
    const excel = new FakeExcel({ sheets: { S: [] } }, { evaluate: (f) => (f === '=1+1' ? 2 : '#N/A') });
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.formulas = [['=1+1']];
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[2]]);
    });
  });

  test('a grid of the wrong size is rejected at sync', async () => {
    await excelWith().run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
      await rejectsWith(ctx.sync(), 'InvalidArgument');
    });
  });

  test('fill colour and bold: one value for a uniform range, null for a mixed one', async () => {
    await excelWith().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B1').format.fill.color = '#ffc83d';
      ws.getRange('A1').format.font.bold = true;
      const both = ws.getRange('A1:B1').load('format/fill/color, format/font/bold');
      const c = ws.getRange('C1').load('format/fill/color');
      await ctx.sync();
      expect(both.format.fill.color).toBe('#FFC83D');
      expect(both.format.font.bold).toBeNull();
      expect(c.format.fill.color).toBe('#FFFFFF');
    });
  });

  test('ops run in order; the first failure drops the rest', async () => {
    const excel = excelWith({ S: [] });
    await excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      s.getRange('A1').values = [[1]];
      ctx.workbook.worksheets.getItem('Missing').getRange('A1').values = [[2]];
      s.getRange('A2').values = [[3]];
      await rejectsWith(ctx.sync(), 'ItemNotFound');
    });
    expect(excel.values('S', 'A1:A2')).toEqual([[1], ['']]);
  });

  test('worksheets: add, duplicate, rename, delete, activate', async () => {
    const excel = excelWith({ A: [] });
    await excel.run(async (ctx) => {
      const b = ctx.workbook.worksheets.add('Mẫu biểu');
      b.activate();
      await ctx.sync();
      expect(excel.state.sheets.map((s) => s.name)).toEqual(['A', 'Mẫu biểu']);
      expect(excel.state.activeSheet).toBe('Mẫu biểu');
      ctx.workbook.worksheets.add('mẫu BIỂU'); // sheet names are case-insensitive
      await rejectsWith(ctx.sync(), 'ItemAlreadyExists');
      ctx.workbook.worksheets.add('a/b');
      await rejectsWith(ctx.sync(), 'InvalidArgument');
      b.name = 'B';
      ctx.workbook.worksheets.getItem('A').delete();
      await ctx.sync();
      expect(excel.state.sheets.map((s) => s.name)).toEqual(['B']);
      ctx.workbook.worksheets.getItem('B').delete();
      await rejectsWith(ctx.sync(), 'InvalidOperation');
    });
  });

  test('defined names: add from a Range, duplicates, getItemOrNullObject', async () => {
    const excel = excelWith({ 'Số liệu': [] });
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Số liệu').getRange('B2:C3');
      const item = ctx.workbook.names.add('KHCN_I_2', range, 'FTE');
      item.load('formula');
      await ctx.sync();
      expect(item.formula).toBe("='Số liệu'!$B$2:$C$3");
      ctx.workbook.names.add('khcn_i_2', '=1');
      await rejectsWith(ctx.sync(), 'ItemAlreadyExists');
      ctx.workbook.names.add('A1', '=1'); // looks like a cell reference
      await rejectsWith(ctx.sync(), 'InvalidArgument');
      const missing = ctx.workbook.names.getItemOrNullObject('NOPE');
      const found = ctx.workbook.names.getItemOrNullObject('KHCN_I_2');
      await ctx.sync();
      expect([missing.isNullObject, found.isNullObject]).toEqual([true, false]);
      const names = ctx.workbook.names.load('items/name');
      await ctx.sync();
      expect(names.items.map((n) => n.name)).toEqual(['KHCN_I_2']);
    });
  });

  test('protection: locked cells refuse writes, unlocked ones accept them', async () => {
    const excel = excelWith({ S: [] });
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('B2').format.protection.locked = false;
      ws.protection.protect({ allowFormatCells: false }, 'pw');
      ws.protection.load('protected');
      await ctx.sync();
      expect(ws.protection.protected).toBe(true);
      ws.getRange('B2').values = [[5]];
      await ctx.sync();
      ws.getRange('A1').values = [[5]];
      await rejectsWith(ctx.sync(), 'AccessDenied');
      ws.protection.protect();
      await rejectsWith(ctx.sync(), 'InvalidOperation');
      ws.protection.unprotect('wrong');
      await rejectsWith(ctx.sync(), 'InvalidArgument');
      ws.protection.unprotect('pw');
      await ctx.sync();
    });
    expect(excel.cell('S', 'B2').value).toBe(5);
    expect(excel.sheet('S').protection.protected).toBe(false);
  });

  test('data validation: rule, prompt, type, clear', async () => {
    const excel = excelWith();
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:B5');
      r.dataValidation.rule = { list: { inCellDropDown: true, source: 'Có,Không' } };
      r.dataValidation.prompt = { showPrompt: true, title: 'Chọn', message: 'Có hoặc Không' };
      r.dataValidation.load('type, rule');
      await ctx.sync();
      expect(r.dataValidation.type).toBe('List');
      expect(excel.cell('Sheet1', 'B5').validation?.prompt).toMatchObject({ title: 'Chọn' });
      r.dataValidation.rule = { bogus: {} };
      await rejectsWith(ctx.sync(), 'InvalidArgument');
      r.dataValidation.clear();
      r.dataValidation.load('type');
      await ctx.sync();
      expect(r.dataValidation.type).toBe('None');
    });
  });
});

describe('null objects', () => {
  test('isNullObject is readable only after sync; writes on a null object fail', async () => {
    await excelWith().run(async (ctx: FakeRequestContext) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      expect(() => ws.isNullObject).toThrow(FakeOfficeError);
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      ws.activate();
      await rejectsWith(ctx.sync(), 'ItemNotFound');
    });
  });

  test('getItem of a missing sheet fails at sync, not at the call', async () => {
    await excelWith().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Không có');
      expect(ws).toBeDefined();
      await rejectsWith(ctx.sync(), 'ItemNotFound');
    });
  });
});

describe('sync counting and run', () => {
  test('counts syncs and runs; run flushes pending ops once', async () => {
    const excel = excelWith({ S: [] });
    await excel.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(excel.stats).toMatchObject({ syncs: 2, runs: 1 });
    excel.resetStats();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[7]];
    });
    expect(excel.stats.syncs).toBe(1); // the implicit flush
    expect(excel.values('S', 'A1')).toEqual([[7]]);
  });
});

describe('installFakeHost', () => {
  afterEach(() => jest.useRealTimers());

  test('installs Office/Excel/CustomFunctions globals and restores them', async () => {
    const g = globalThis as Record<string, unknown>;
    const host = installFakeHost({ excelApi: '1.9' });
    try {
      expect(typeof Office.onReady).toBe('function');
      await expect(Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
      const name = await Excel.run(async (ctx) => {
        const wb = ctx.workbook.load('name');
        await ctx.sync();
        return wb.name;
      });
      expect(name).toBe('Book1.xlsx');
      expect(host.excel.stats.syncs).toBe(1);
    } finally {
      host.uninstall();
    }
    expect(g.Excel).toBeUndefined();
  });

  test('outside Excel: onReady gives host null and no ExcelApi', async () => {
    const host = installFakeHost({ host: null });
    try {
      await expect(Office.onReady()).resolves.toEqual({ host: null, platform: null });
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.1')).toBe(false);
    } finally {
      host.uninstall();
    }
  });

  test('versionAtMost compares numerically', () => {
    expect(versionAtMost('1.9', '1.13')).toBe(true);
    expect(versionAtMost('1.13', '1.9')).toBe(false);
    expect(versionAtMost('1.7', '1.7')).toBe(true);
  });
});
