/**
 * `npx tsx scripts/make-samples.ts [folder]` — the sample data of the README quick start, written
 * to samples/ (or `folder`): what the Sở KH&CN's inbox holds a few days after the 05/12/2026
 * deadline, and the office's register of received files.
 *
 *   samples/bao-cao-don-vi/*.xlsx    16 unit workbooks (7 departments, 8 communes/wards)
 *   samples/nhat-ky-nhan-tep.csv     when each file was received (for --received)
 *
 * The workbooks are the benchmark's (scripts/bench/generate.ts): each unit's real template, filled
 * with plausible seeded values, plus the problems an office meets:
 * - Sở KH&CN sends a draft ("…_ban_nhap.xlsx") and later its final file: the draft is superseded;
 * - Sở Giáo dục và Đào tạo sends after the deadline (08/12/2026): late, its figures still used;
 * - Xã Tiên Du's file is damaged (cut short in transfer) under its template name: unusable;
 * - Sở Nội vụ fills last year's template (identity year 2025): rejected as another year;
 * - Sở Công Thương types a text starting with '=' (stored as text, not a formula): kept as text.
 *
 * Byte for byte reproducible (test/cli/samples.test.ts regenerates and compares the sha256):
 * seeded values, fixed document properties, and the zip re-packed with fixed entry times
 * (exceljs stamps every entry with the current time). samples/README.md is written by hand.
 */
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { findUnit, loadCatalog, type Catalog } from '../src/domain/catalog';
import { parseVietnamTime } from '../src/domain/vietnam-time';
import { templateFileName } from '../src/domain/template/file-name';
import { DRAFT_VALUE } from '../src/domain/template/sign-off';
import { plannedValues, templateLayout, UnitWorkbook, type PlannedFile } from './bench/generate';
import { registerFills } from './bench/registers';
import type { InputFill } from './bench/values';

export const SAMPLES_DIR = join(__dirname, '..', 'samples');
/** The folder of unit workbooks, inside the samples folder. */
export const UNITS_FOLDER = 'bao-cao-don-vi';
/** The register of received files, inside the samples folder. */
export const RECEIVED_LOG = 'nhat-ky-nhan-tep.csv';
const SEED = 2026;
/** Rows per register table in a sample file (the benchmark's files hold thousands). */
const SAMPLE_REGISTER_ROWS = 12;

type Problem = 'draft' | 'damaged' | 'last-year' | 'equals-text';

interface Sample {
  unitId: string;
  /** When the office received it, Vietnam time, as the register writes it. */
  received: string;
  problem?: Problem;
}

/** The inbox, in the order the files arrived. */
export const SCENARIO: readonly Sample[] = [
  { unitId: 'so-khcn', received: '25/11/2026 16:20', problem: 'draft' },
  { unitId: 'so-noi-vu', received: '27/11/2026 10:05', problem: 'last-year' },
  { unitId: 'xp-09187', received: '28/11/2026 09:30' }, // Phường Kinh Bắc
  { unitId: 'xp-09367', received: '29/11/2026 14:00' }, // Phường Từ Sơn
  { unitId: 'so-nnmt', received: '30/11/2026 08:50' },
  { unitId: 'so-tai-chinh', received: '01/12/2026 10:05' },
  { unitId: 'xp-09292', received: '01/12/2026 15:40' }, // Xã Phù Lãng
  { unitId: 'so-khcn', received: '02/12/2026 09:45' },
  { unitId: 'xp-09400', received: '02/12/2026 15:25' }, // Phường Thuận Thành
  { unitId: 'so-cong-thuong', received: '03/12/2026 14:30', problem: 'equals-text' },
  { unitId: 'xp-09454', received: '03/12/2026 16:10' }, // Xã Gia Bình
  { unitId: 'thong-ke', received: '04/12/2026 15:10' },
  { unitId: 'xp-09319', received: '04/12/2026 16:35', problem: 'damaged' }, // Xã Tiên Du
  { unitId: 'xp-09496', received: '05/12/2026 09:05' }, // Xã Lương Tài
  { unitId: 'xp-07210', received: '05/12/2026 16:55' }, // Phường Bắc Giang: the last day
  { unitId: 'so-giao-duc', received: '08/12/2026 09:15' }, // after the deadline
];

/** Last year's template, as the office sent it out then. */
const LAST_YEAR = { year: 2025, generatedAt: '2025-11-12T02:00:00.000Z' };
/** A text the unit typed with a leading '=' (Excel keeps it as text when typed as '=…). */
export const EQUALS_TEXT = {
  name: 'KHCN_IV_10_estimate_method',
  text: '=Doanh thu sản phẩm mới / tổng doanh thu (ước tính theo khảo sát 120 doanh nghiệp)',
};
/** The damaged file keeps this share of its bytes (cut short, as by an interrupted download). */
const DAMAGED_SHARE = 0.45;

/**
 * exceljs (JSZip) stamps every zip entry with the current time: re-packed with fflate and one
 * fixed time. fflate writes the DOS time from the Date's LOCAL fields, so a Date built from local
 * fields gives the same bytes in every time zone.
 */
function reproducibleZip(xlsx: Uint8Array): Uint8Array {
  return zipSync(unzipSync(xlsx), { level: 9, mtime: new Date(2026, 10, 10, 8, 30, 0) });
}

export interface SampleFile {
  /** File name in the units folder. */
  file: string;
  unitId: string;
  unitName: string;
  /** As in the register: 'dd/mm/yyyy hh:mm', Vietnam time. */
  received: string;
  problem?: Problem;
}

/** Names and versions: a unit's files in arrival order; a draft is named "…_ban_nhap.xlsx". */
export function sampleFiles(catalog: Catalog): SampleFile[] {
  return SCENARIO.map((s) => {
    const unit = findUnit(catalog, s.unitId);
    if (!unit) throw new Error(`unknown unit ${s.unitId}`);
    const name = templateFileName(unit);
    const file = s.problem === 'draft' ? name.replace(/\.xlsx$/, '_ban_nhap.xlsx') : name;
    return {
      file,
      unitId: unit.id,
      unitName: unit.nameVi,
      received: s.received,
      ...(s.problem ? { problem: s.problem } : {}),
    };
  });
}

function receivedMs(s: SampleFile): number {
  const ms = parseVietnamTime(s.received);
  if (Number.isNaN(ms)) throw new Error(`${s.file}: bad time ${s.received}`);
  return ms;
}

async function workbookBytes(catalog: Catalog, s: SampleFile, version: number): Promise<Uint8Array> {
  const lastYear = s.problem === 'last-year';
  const layout = lastYear
    ? templateLayout(catalog, s.unitId, LAST_YEAR.year, LAST_YEAR.generatedAt)
    : templateLayout(catalog, s.unitId);
  const at = new Date(receivedMs(s)).toISOString();
  const plan: PlannedFile = { file: s.file, unitId: s.unitId, version, versions: version, receivedAt: at };
  let fills: InputFill[] = plannedValues(catalog, layout, plan, SEED);
  if (s.problem === 'draft') {
    // The draft is sent before the final file and not marked complete.
    const mark = layout.signOff?.find((f) => f.field === 'complete')?.name;
    fills = fills.map((f) => (f.name === mark ? { ...f, values: [DRAFT_VALUE] } : f));
  }
  if (s.problem === 'equals-text') {
    if (!layout.inputs.some((i) => i.name === EQUALS_TEXT.name))
      throw new Error(`${s.unitId} has no input ${EQUALS_TEXT.name}`);
    fills = [
      ...fills.filter((f) => f.name !== EQUALS_TEXT.name),
      { name: EQUALS_TEXT.name, values: [EQUALS_TEXT.text], evidence: [null] },
    ];
  }
  const book = await UnitWorkbook.create(layout);
  // Saved by the unit half an hour before the office received it.
  const saved = new Date(receivedMs(s) - 30 * 60_000);
  const unit = findUnit(catalog, s.unitId);
  const registers = unit ? registerFills(layout, unit, SEED, SAMPLE_REGISTER_ROWS) : new Map();
  const bytes = reproducibleZip(await book.bytes(fills, saved, s.unitName, registers));
  return s.problem === 'damaged' ? bytes.slice(0, Math.floor(bytes.length * DAMAGED_SHARE)) : bytes;
}

/** A CSV field, quoted only when it must be. */
const csvField = (text: string): string => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The register: UTF-8 with BOM (Excel opens it with the right accents), ';', CRLF. */
export function receivedLogCsv(files: readonly SampleFile[]): string {
  const rows = [
    ['Tệp', 'Thời điểm nhận', 'Đơn vị gửi'],
    ...files.map((f) => [f.file, f.received, f.unitName]),
  ];
  return `\uFEFF${rows.map((r) => r.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/**
 * Writes the samples into `dir` (the units folder is emptied first); returns the paths written,
 * relative to `dir`. Files get their reception time as modification time (lost by git, hence
 * the register).
 */
export async function makeSamples(catalog: Catalog, dir: string = SAMPLES_DIR): Promise<string[]> {
  const files = sampleFiles(catalog);
  const unitsDir = join(dir, UNITS_FOLDER);
  await rm(unitsDir, { recursive: true, force: true });
  await mkdir(unitsDir, { recursive: true });
  const versions = new Map<string, number>();
  const written: string[] = [];
  for (const s of files) {
    const version = (versions.get(s.unitId) ?? 0) + 1;
    versions.set(s.unitId, version);
    const path = join(unitsDir, s.file);
    await writeFile(path, await workbookBytes(catalog, s, version));
    const t = new Date(receivedMs(s));
    await utimes(path, t, t);
    written.push(`${UNITS_FOLDER}/${s.file}`);
  }
  await writeFile(join(dir, RECEIVED_LOG), receivedLogCsv(files));
  written.push(RECEIVED_LOG);
  return written.sort();
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? SAMPLES_DIR);
  makeSamples(loadCatalog(), dir)
    .then((written) => {
      console.log(`Đã ghi ${written.length} tệp vào ${dir}: / Wrote ${written.length} files:`);
      for (const w of written) console.log(`  ${w}`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
