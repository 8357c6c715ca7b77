// The task pane's XlsxTools (src/xlsx/pane-tools.ts) on real bytes: a picked template is read by
// the shared reader, and the report comes back as base64 of an .xlsx, built without Node's Buffer.
import { readFileSync } from 'node:fs';
import { consolidateReceived } from '../../src/app/consolidate';
import type { PickedFile } from '../../src/app/ports';
import { DEFAULT_DEADLINE, defaultExpectedUnits } from '../../src/domain/consolidation';
import { bytesToBase64, createXlsxTools } from '../../src/xlsx/pane-tools';
import { TestReading, catalog, tempDir, writeTemplate } from '../validation/helpers';

const pickedBytes = (name: string, bytes: Uint8Array, lastModified: number): PickedFile => ({
  name,
  size: bytes.length,
  lastModified,
  arrayBuffer: async () => bytes.slice().buffer,
});

test('bytesToBase64 matches Node for sizes around its chunk boundary', () => {
  for (const n of [0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 + 1, 100_003]) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 7919 + 13) & 0xff);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(bytes.buffer)).toBe(Buffer.from(bytes).toString('base64'));
  }
});

test('readPicked reads a unit template through the shared reader; the time is File.lastModified', async () => {
  const { path } = await writeTemplate(tempDir('khcn-pane-'), 'so-khcn');
  const bytes = new Uint8Array(readFileSync(path));
  const lastModified = Date.UTC(2026, 11, 1, 2, 0, 0);
  const r = await createXlsxTools().readPicked(pickedBytes('so-khcn.xlsx', bytes, lastModified));
  expect(r.file).toBe('so-khcn.xlsx');
  expect(r.receivedAt).toBe('2026-12-01T02:00:00.000Z');
  expect(r.sizeBytes).toBe(bytes.length);
  expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(r.outcome.ok).toBe(true);
});

test('readPicked never throws: a file that can no longer be opened is rejected', async () => {
  const gone: PickedFile = {
    name: 'da-xoa.xlsx',
    size: 10,
    lastModified: 0,
    arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
  };
  const r = await createXlsxTools().readPicked(gone);
  expect(r.outcome).toMatchObject({ ok: false, issue: { code: 'FILE_NOT_FOUND', file: 'da-xoa.xlsx' } });
});

test('reportBase64 gives an .xlsx (zip) whose first sheet is "Tổng hợp"', async () => {
  const { report } = consolidateReceived(
    catalog,
    [
      {
        file: 'so-khcn.xlsx',
        receivedAt: '2026-12-01T02:00:00.000Z',
        sha256: 'a'.repeat(64),
        sizeBytes: 1,
        outcome: { ok: true, reading: new TestReading('so-khcn').build() },
      },
    ],
    {
      year: 2026,
      deadline: DEFAULT_DEADLINE,
      expectedUnits: defaultExpectedUnits(catalog),
      readAt: '2026-12-06T01:00:00.000Z',
      officialPopulation: 3_619_433,
    },
  );
  const b64 = await createXlsxTools().reportBase64(report);
  const bytes = Buffer.from(b64, 'base64');
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(report.sheets[0]?.name).toBe('Tổng hợp');
});
