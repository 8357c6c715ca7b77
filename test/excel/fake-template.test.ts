// The parts of the Excel fake added for templates must fail or behave where Excel does.
import { FakeExcel, FakeOfficeError } from '../fakes/excel-fake';

const code = (e: unknown) => (e instanceof FakeOfficeError ? e.code : String(e));

test('null entries of a 2-D write leave cells unchanged (Office.js semantics)', async () => {
  const x = new FakeExcel({ sheets: { S: [['a', 'b']] } });
  await x.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[null as unknown as string, 'B']];
  });
  expect(x.values('S', 'A1:B1')).toEqual([['a', 'B']]);
});

test('merges refuse overlaps; freeze panes, widths and the selection are recorded', async () => {
  const x = new FakeExcel({ sheets: { S: [] } });
  await x.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('A1:C1').merge();
    ws.freezePanes.freezeRows(3);
    ws.getRange('B1').format.columnWidth = 120;
    ws.getRange('B7').select();
  });
  const s = x.sheet('S');
  expect(s.merges).toEqual(['A1:C1']);
  expect(s.freeze).toEqual({ rows: 3, columns: 0 });
  expect(s.columnWidths?.get(1)).toBe(120);
  expect(x.state.selection).toEqual({ sheet: 'S', address: 'B7' });
  const error = await x
    .run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1:B2').merge();
      await ctx.sync();
    })
    .catch((e: unknown) => e);
  expect(code(error)).toBe('InvalidOperation');
});

test('a defined name gives its range; a name to a deleted sheet fails at sync', async () => {
  const x = new FakeExcel({ sheets: { 'Nhập liệu': [[1, 2]], Other: [] } });
  await x.run(async (ctx) => {
    ctx.workbook.names.add('KHCN_X', ctx.workbook.worksheets.getItem('Nhập liệu').getRange('B1'));
  });
  const v = await x.run(async (ctx) => {
    const r = ctx.workbook.names.getItem('KHCN_X').getRange().load('values,valueTypes');
    await ctx.sync();
    return [r.values, r.valueTypes];
  });
  expect(v).toEqual([[[2]], [['Double']]]);
  x.state.sheets = x.state.sheets.filter((s) => s.name !== 'Nhập liệu');
  const error = await x
    .run(async (ctx) => {
      ctx.workbook.names.getItem('KHCN_X').getRange().load('values');
      await ctx.sync();
    })
    .catch((e: unknown) => e);
  expect(code(error)).toBe('ItemNotFound');
});

test('onChanged handlers get edits until removed with the same context', async () => {
  const x = new FakeExcel({ sheets: { S: [] } });
  const seen: string[] = [];
  const handler = await x.run(async (ctx) => {
    const h = ctx.workbook.worksheets.getItem('S').onChanged.add((e) => {
      seen.push(e.address);
    });
    await ctx.sync();
    return h;
  });
  x.edit('S', 'C3', [[5]]);
  await new Promise((r) => setTimeout(r, 0));
  expect(seen).toEqual(['C3']);
  await x.run(handler.context, async (ctx) => {
    handler.remove();
    await ctx.sync();
  });
  x.edit('S', 'C4', [[6]]);
  await new Promise((r) => setTimeout(r, 0));
  expect(seen).toEqual(['C3']);
});

test('status cells (locked) cannot be written on a protected sheet', async () => {
  const x = new FakeExcel({ sheets: { S: [] } });
  await x.run(async (ctx) =>
    ctx.workbook.worksheets.getItem('S').protection.protect({ allowFormatCells: false }),
  );
  const error = await x
    .run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('I6').values = [['Có lỗi (1)']];
      await ctx.sync();
    })
    .catch((e: unknown) => e);
  expect(code(error)).toBe('AccessDenied');
});
