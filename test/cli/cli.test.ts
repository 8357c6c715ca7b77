import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { COMMANDS } from '../../src/cli/help';
import { captureOutput } from '../helpers/capture-output';

const ROOT = join(__dirname, '..', '..');

const capture = captureOutput;

function readTsv(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(ROOT, 'reference', name), 'utf8')
    .trim()
    .split('\n');
  const cols = (head ?? '').split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i] ?? '', v])));
}

describe('khcn CLI (in process)', () => {
  it('catalog --json lists the 50 indicators of the reference table with names, lead and cooperating units', async () => {
    const o = capture();
    expect(await main(['catalog', '--json'], o)).toBe(0);
    const json = JSON.parse(o.stdout) as {
      indicators: {
        code: string;
        nameVi: string;
        leadUnitVi: string;
        cooperatingVi: string;
        leadUnitId: string;
      }[];
    };
    const reference = readTsv('evaluation-2026-indicators.tsv');
    expect(json.indicators).toHaveLength(50);
    expect(json.indicators.map((i) => [i.code, i.nameVi, i.leadUnitVi, i.cooperatingVi])).toEqual(
      reference.map((r) => [r.code, r.name_vi, r.lead_unit, r.cooperating_units]),
    );
  });

  it('units --json includes the 99 communes/wards with their statistics codes', async () => {
    const o = capture();
    expect(await main(['units', '--json'], o)).toBe(0);
    const { units } = JSON.parse(o.stdout) as {
      units: { statCode?: string; nameVi: string; kind: string }[];
    };
    const communes = readFileSync(join(ROOT, 'reference', 'bacninh-communes-2025.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const byCode = new Map(units.filter((u) => u.kind === 'commune').map((u) => [u.statCode, u.nameVi]));
    expect(byCode.size).toBe(99);
    for (const [code, fullName] of communes) expect(byCode.get(code)).toBe(fullName);
  });

  it('targets --json lists 78 targets with their confidence', async () => {
    const o = capture();
    expect(await main(['targets', '--json'], o)).toBe(0);
    const { targets } = JSON.parse(o.stdout) as { targets: { code: string; confidence: string }[] };
    const reference = readTsv('resolution57-targets.tsv');
    expect(targets.map((t) => [t.code, t.confidence])).toEqual(reference.map((r) => [r.code, r.confidence]));
  });

  it('prints Vietnamese tables for people', async () => {
    const o = capture();
    expect(await main(['catalog'], o)).toBe(0);
    expect(o.stdout).toContain('Tên chỉ tiêu');
    expect(o.stdout).toContain('Số lượng bài báo khoa học quốc tế');
    const t = capture();
    expect(await main(['targets'], t)).toBe(0);
    expect(t.stdout).toMatch(/THẤP/);
  });

  it('writes the dictionary as xlsx and as markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-dict-'));
    const xlsx = join(dir, 'sub', 'tu-dien.xlsx');
    expect(await main(['dictionary', '--out', xlsx], capture())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.getWorksheet('Từ điển chỉ số');
    expect(sheet).toBeDefined();
    // title, English title, header, then 50 indicator rows
    expect(sheet?.rowCount).toBe(53);
    expect(sheet?.getCell('A4').value).toBe('I.1');
    const md = join(dir, 'tu-dien.md');
    expect(await main(['dictionary', '--out', md], capture())).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('## II.7');
    expect((text.match(/^## /gm) ?? []).length).toBe(50);
  });

  it('reports usage errors in Vietnamese with exit code 2', async () => {
    const cases: string[][] = [
      ['dictionary'],
      ['dictionary', '--out', 'x.pdf'],
      ['nope'],
      ['catalog', '--bogus'],
      [],
    ];
    for (const args of cases) {
      const o = capture();
      expect(await main(args, o)).toBe(2);
    }
    const o = capture();
    await main(['nope'], o);
    expect(o.stderr).toContain('Không có lệnh');
  });

  it('--help is Vietnamese, English with --lang en; each command has its own help; exit 0', async () => {
    const o = capture();
    expect(await main(['--help'], o)).toBe(0);
    expect(o.stdout).toContain('Cách dùng: khcn <lệnh> [tham số]');
    expect(o.stdout).not.toContain('Usage');
    for (const command of COMMANDS) expect(o.stdout).toContain(`khcn ${command}`);
    const en = capture();
    expect(await main(['--help', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout).toContain('Usage: khcn <command> [options]');
    const one = capture();
    expect(await main(['consolidate', '--help'], one)).toBe(0);
    expect(one.stdout).toContain('--prefer');
    expect(one.stdout).not.toContain('khcn catalog');
    const bad = capture();
    expect(await main(['units', '--lang', 'fr'], bad)).toBe(2);
    expect(bad.stderr).toContain('Ngôn ngữ “fr” không có');
  });

  it('--lang en prints the command’s own texts and the issues in English', async () => {
    const o = capture();
    expect(await main(['template', '--unit', 'so-khong-co', '--lang', 'en'], o)).toBe(2);
    expect(o.stderr).toContain('No unit “so-khong-co”');
  });
});

describe('khcn binary', () => {
  it('runs through bin/khcn.js with documented exit codes', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'khcn.js'), 'targets', '--json'], {
      encoding: 'utf8',
    });
    expect((JSON.parse(out) as { count: number }).count).toBe(78);
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin', 'khcn.js'), 'catalog', '--nope'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Tham số không hợp lệ');
  });
});
