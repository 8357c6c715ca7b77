/**
 * buildRun: received files → the consolidation run. Readings are real unit templates
 * (TestReading, addresses from buildTemplate) filled with valid values, each test changing
 * what it is about. Communes have small templates, so most tests use them.
 */
import { createHash } from 'node:crypto';
import { findUnit, type ReportingUnit } from '../../src/domain/catalog';
import {
  buildRun,
  defaultExpectedUnits,
  DEFAULT_DEADLINE,
  type ConsolidationRun,
  type FileLine,
  type ReceivedFile,
  type RunOptions,
  type UnitStatusRow,
} from '../../src/domain/consolidation';
import { makeIssue, renderIssue } from '../../src/domain/issues';
import { templateFileName } from '../../src/domain/template/file-name';
import { inputName } from '../../src/domain/template/names';
import { TEMPLATE_VERSION } from '../../src/domain/template/layout-types';
import { withUnits } from '../../src/domain/registry';
import type { WorkbookReading } from '../../src/domain/validation';
import { catalog, num, SIGNED, TestReading, txt } from '../validation/helpers';

const OPTIONS: RunOptions = {
  year: 2026,
  deadline: DEFAULT_DEADLINE,
  expectedUnits: defaultExpectedUnits(catalog),
  readAt: '2026-12-06T02:00:00.000Z',
  officialPopulation: 3_619_433,
};
/** 2026-12-05 23:59:59 in Vietnam: the last second on time. */
const LAST_SECOND = '2026-12-05T16:59:59Z';
/** 2026-12-06 00:00:00 in Vietnam: late. */
const FIRST_LATE = '2026-12-05T17:00:00Z';
const EARLY = '2026-12-01T03:00:00Z';

const communes = catalog.units.filter((u) => u.kind === 'commune');
const unitAt = (i: number): ReportingUnit => {
  const u = communes[i];
  if (u === undefined) throw new Error(`no commune ${i}`);
  return u;
};
const [A, B, C, D, E, F] = [0, 1, 2, 3, 4, 5].map(unitAt) as [
  ReportingUnit,
  ReportingUnit,
  ReportingUnit,
  ReportingUnit,
  ReportingUnit,
  ReportingUnit,
];
const nameOf = (u: ReportingUnit): string => templateFileName(u);
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

function received(
  reading: WorkbookReading | TestReading,
  file: string,
  receivedAt = EARLY,
  sha256 = sha(file),
): ReceivedFile {
  const r = reading instanceof TestReading ? reading.build() : reading;
  return { file, receivedAt, sha256, sizeBytes: 20_000, outcome: { ok: true, reading: r } };
}

function unreadable(file: string, receivedAt = EARLY): ReceivedFile {
  return {
    file,
    receivedAt,
    sha256: sha(file),
    sizeBytes: 10,
    outcome: { ok: false, issue: makeIssue('FILE_CORRUPT', {}, { file }) },
  };
}

/** A commune's template with I.1 legal_docs / policy_docs set (the other inputs valid). */
function commune(u: ReportingUnit, legal = 5, policy = 5): TestReading {
  return new TestReading(u.id)
    .set(inputName('I.1', 'legal_docs'), num(legal))
    .set(inputName('I.1', 'policy_docs'), num(policy));
}

const run = (files: readonly ReceivedFile[], options: Partial<RunOptions> = {}): ConsolidationRun =>
  buildRun(catalog, files, { ...OPTIONS, ...options });

function line(r: ConsolidationRun, file: string): FileLine {
  const l = r.files.find((f) => f.file === file);
  if (l === undefined) throw new Error(`no line for ${file}`);
  return l;
}

function unitRow(r: ConsolidationRun, unitId: string): UnitStatusRow {
  const u = r.units.find((x) => x.unitId === unitId);
  if (u === undefined) throw new Error(`no row for ${unitId}`);
  return u;
}

const indicator = (r: ConsolidationRun, code: string) => {
  const i = r.indicators.find((x) => x.code === code);
  if (i === undefined) throw new Error(`no indicator ${code}`);
  return i;
};

describe('defaults', () => {
  it('expects every real unit (no placeholder), in registry order; the deadline is 5/12/2026', () => {
    const ids = defaultExpectedUnits(catalog);
    expect(ids).toEqual(catalog.units.filter((u) => u.kind !== 'placeholder').map((u) => u.id));
    expect(ids).toContain('so-khcn');
    expect(ids).toContain(A.id);
    expect(ids).not.toContain('vien-truong-mau');
    expect(DEFAULT_DEADLINE).toBe('2026-12-05');
  });

  it('gives all indicators and no file lines for an empty batch; every expected unit is missing', () => {
    const r = run([]);
    expect(r.files).toEqual([]);
    expect(r.indicators.map((i) => i.code)).toEqual(catalog.indicators.map((i) => i.code));
    expect(r.indicators.every((i) => i.value === null)).toBe(true);
    expect(r.units.every((u) => u.state === 'missing' && u.expected)).toBe(true);
    expect(r.completeness).toMatchObject({ received: 0, rate: 0, onTimeRate: 0 });
    expect(run([], { expectedUnits: [] }).completeness).toMatchObject({ expected: 0, rate: null });
  });
});

describe('timeliness: the deadline day ends at midnight in Vietnam (UTC+7)', () => {
  const r = run([
    received(commune(A), nameOf(A), LAST_SECOND),
    received(commune(B), nameOf(B), FIRST_LATE),
    // No offset: Vietnam time, whatever the machine's zone.
    received(commune(C), nameOf(C), '2026-12-05T23:59:00'),
  ]);

  it('16:59:59Z is on time, 17:00:00Z is late', () => {
    expect(line(r, nameOf(A))).toMatchObject({ timeliness: 'on-time', use: 'used', errors: 0, warnings: 0 });
    expect(line(r, nameOf(A)).issues).toEqual([]);
    expect(unitRow(r, A.id)).toMatchObject({ state: 'on-time', timeliness: 'on-time' });
    expect(line(r, nameOf(C)).timeliness).toBe('on-time');

    const late = line(r, nameOf(B));
    expect(late).toMatchObject({ timeliness: 'late', use: 'used', errors: 0, warnings: 1 });
    expect(late.issues).toEqual([
      makeIssue(
        'SUBMISSION_LATE',
        { unit: B.nameVi, deadline: '05/12/2026', submitted: '06/12/2026 00:00' },
        { file: nameOf(B) },
      ),
    ]);
    expect(renderIssue(late.issues[0]!, 'vi')).toContain(
      'gửi báo cáo ngày 06/12/2026 00:00, sau thời hạn 05/12/2026',
    );
    expect(unitRow(r, B.id)).toMatchObject({ state: 'late', timeliness: 'late', warnings: 1 });
    // A late file is still used.
    expect(indicator(r, 'I.1').reportingUnits).toEqual([A.id, B.id, C.id].sort());
  });

  it('follows the deadline option', () => {
    const later = run([received(commune(B), nameOf(B), FIRST_LATE)], { deadline: '2026-12-06' });
    expect(line(later, nameOf(B)).timeliness).toBe('on-time');
    expect(() => run([], { deadline: '5/12/2026' })).toThrow(RangeError);
  });
});

describe('duplicates: the newest file of a unit is used, all are listed', () => {
  const older = received(commune(A, 1, 1), `${nameOf(A)}`, '2026-11-20T01:00:00Z', sha('same bytes'));
  const newer = received(
    commune(A, 3, 4),
    `${A.statCode}_sua_lai.xlsx`,
    '2026-11-28T01:00:00Z',
    sha('same bytes'),
  );
  const r = run([older, newer]);

  it('uses the newest, supersedes the other (identical content still counts)', () => {
    expect(line(r, newer.file)).toMatchObject({ use: 'used', unitId: A.id, errors: 0 });
    const old = line(r, older.file);
    const dup = makeIssue(
      'FILE_DUPLICATE_UNIT',
      { unit: A.nameVi, otherFile: newer.file },
      { file: older.file },
    );
    expect(old).toMatchObject({ use: 'superseded', reason: dup, valuesUsed: 0 });
    expect(old.issues).toEqual([dup]);
    expect(old.valuesRead).toBeGreaterThan(0);
    expect(unitRow(r, A.id)).toMatchObject({ state: 'on-time', file: newer.file, fileCount: 2 });
  });

  it('takes the figures from the used file only, and lists the other file’s values as superseded', () => {
    expect(indicator(r, 'I.1').components.legal_docs?.value).toBe(3);
    const legal = r.detail.filter((d) => d.component === 'legal_docs' && d.indicator === 'I.1');
    expect(legal.map((d) => [d.file, d.value, d.use])).toEqual(
      [
        [older.file, 1, 'superseded'],
        [newer.file, 3, 'used'],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
    expect(legal.find((d) => d.use === 'superseded')?.note?.code).toBe('FILE_DUPLICATE_UNIT');
  });

  it('reports one duplicate-file conflict listing every file, the used one first', () => {
    expect(r.conflicts).toEqual([
      {
        kind: 'duplicate-file',
        unitId: A.id,
        files: [newer.file, older.file],
        usedFile: newer.file,
        issue: line(r, older.file).reason,
      },
    ]);
  });

  it('breaks a tie on receivedAt by the later generatedAt, then by the name sorting last', () => {
    const a1 = received(commune(A, 1).identityValue('generatedAt', '2026-11-25T00:00:00Z'), 'x_a.xlsx');
    const a2 = received(
      commune(A, 2).identityValue('generatedAt', '2026-11-21T00:00:00Z'),
      `${A.statCode}_b.xlsx`,
    );
    expect(line(run([a1, a2]), 'x_a.xlsx').use).toBe('used');
    const b1 = received(commune(B, 1), `${B.statCode}_v1.xlsx`);
    const b2 = received(commune(B, 2), `${B.statCode}_v2.xlsx`);
    const tie = run([b2, b1]);
    expect(line(tie, b2.file).use).toBe('used');
    expect(line(tie, b1.file).use).toBe('superseded');
  });
});

describe('complete and draft files (the "Hoàn thành" mark)', () => {
  const draft = (r: TestReading): TestReading => r.signOff({ ...SIGNED, complete: txt('Chưa hoàn thành') });

  it('an older complete file wins over a newer draft; the draft is superseded as a draft', () => {
    const complete = received(commune(A, 1).signOff(), `${nameOf(A)}`, '2026-11-20T01:00:00Z');
    const later = received(draft(commune(A, 2)), `${A.statCode}_sua.xlsx`, '2026-11-28T01:00:00Z');
    const r = run([complete, later]);
    expect(line(r, complete.file)).toMatchObject({ use: 'used', completion: 'complete' });
    expect(line(r, later.file)).toMatchObject({ use: 'superseded', completion: 'draft' });
    expect(line(r, later.file).reason?.code).toBe('FILE_SUPERSEDED_DRAFT');
    expect(indicator(r, 'I.1').components.legal_docs?.value).toBe(1);
    expect(unitRow(r, A.id)).toMatchObject({ file: complete.file, completion: 'complete' });
  });

  it('a file marked complete with an error does not count as complete: the newer file is used', () => {
    const blocked = received(
      commune(A, 1).signOff().set(inputName('I.1', 'policy_docs'), num(-3)),
      `${nameOf(A)}`,
      '2026-11-28T01:00:00Z',
    );
    const earlier = received(draft(commune(A, 2)), `${A.statCode}_nhap.xlsx`, '2026-11-20T01:00:00Z');
    const r = run([blocked, earlier]);
    expect(line(r, blocked.file)).toMatchObject({ use: 'used', completion: 'blocked' });
    expect(line(r, earlier.file).use).toBe('superseded');
  });

  it('with no complete file the newest draft is used, and the run says it is a draft', () => {
    const only = received(draft(commune(B, 4)), `${nameOf(B)}`);
    const r = run([only]);
    const l = line(r, only.file);
    expect(l).toMatchObject({ use: 'used', completion: 'draft', warnings: 1 });
    expect(l.issues.map((i) => [i.code, i.severity])).toEqual([
      ['FILE_NOT_COMPLETE', 'info'],
      ['DRAFT_USED', 'warning'],
    ]);
    expect(unitRow(r, B.id)).toMatchObject({ completion: 'draft', warnings: 1 });
    expect(indicator(r, 'I.1').components.legal_docs?.value).toBe(4);
  });

  it('an older template without the mark is ranked as before, without a draft warning', () => {
    const old = received(commune(C, 2), `${nameOf(C)}`);
    const r = run([old]);
    expect(line(r, old.file)).toMatchObject({ use: 'used', completion: 'unmarked', warnings: 0 });
  });
});

describe('rejected files', () => {
  it('rejects a file for another year, with a wrong-year conflict; the unit counts as unreadable', () => {
    const file = nameOf(C);
    const r = run([received(commune(C, 9).identityValue('year', 2025), file)]);
    const l = line(r, file);
    expect(l).toMatchObject({ use: 'rejected', unitId: C.id, year: 2025, valuesUsed: 0 });
    expect(l.reason?.code).toBe('TEMPLATE_WRONG_YEAR');
    expect(l.reason?.params).toEqual({ found: '2025', expected: '2026' });
    expect(r.conflicts).toEqual([{ kind: 'wrong-year', unitId: C.id, files: [file], issue: l.reason }]);
    expect(unitRow(r, C.id)).toMatchObject({ state: 'unreadable', file, fileCount: 1, errors: 1 });
    expect(indicator(r, 'I.1').value).toBeNull();
    expect(r.detail).toEqual([]);
  });

  it('attributes an unreadable file to its unit by the template file name', () => {
    const byTemplateName = unreadable(nameOf(D));
    const byCode = unreadable(`thu-muc/${E.statCode}_ban_cuoi.xlsx`);
    const anonymous = unreadable('bao cao.xlsx');
    const r = run([byTemplateName, byCode, anonymous]);
    expect(line(r, byTemplateName.file)).toMatchObject({
      use: 'rejected',
      unitId: D.id,
      unitNameVi: D.nameVi,
      reason: byTemplateName.outcome.ok ? undefined : byTemplateName.outcome.issue,
      errors: 1,
      valuesRead: 0,
    });
    expect(line(r, byCode.file).unitId).toBe(E.id);
    expect(line(r, anonymous.file).unitId).toBeUndefined();
    expect(line(r, anonymous.file).timeliness).toBeUndefined();
    expect(unitRow(r, D.id)).toMatchObject({ state: 'unreadable', fileCount: 1, file: byTemplateName.file });
    expect(unitRow(r, E.id).state).toBe('unreadable');
    expect(unitRow(r, F.id).state).toBe('missing');
  });

  it('rejects a workbook without our identity sheet (not our template, or tampered)', () => {
    const notOurs = new TestReading(A.id);
    notOurs.identity = undefined;
    const r = run([received(notOurs, 'bang tinh.xlsx')]);
    const l = line(r, 'bang tinh.xlsx');
    expect(l).toMatchObject({ use: 'rejected', valuesUsed: 0 });
    expect(l.reason?.code).toBe('IDENTITY_MISSING');
    expect(l.unitId).toBeUndefined();
    expect(indicator(r, 'I.1').value).toBeNull();
    expect(unitRow(r, A.id).state).toBe('missing');
    // Named as its template was, it is attributed: the unit sent something, but nothing usable.
    const named = new TestReading(B.id);
    named.identity = undefined;
    const rn = run([received(named, nameOf(B))]);
    expect(line(rn, nameOf(B))).toMatchObject({ use: 'rejected', unitId: B.id, timeliness: 'on-time' });
    expect(unitRow(rn, B.id)).toMatchObject({ state: 'unreadable', fileCount: 1 });
  });

  it('rejects a template naming a unit the registry does not know', () => {
    const r = run([received(commune(A).identityValue('unitId', 'xp-99999'), 'la.xlsx')]);
    const l = line(r, 'la.xlsx');
    expect(l.use).toBe('rejected');
    expect(l.reason).toMatchObject({ code: 'IDENTITY_UNKNOWN_UNIT', params: { unitId: 'xp-99999' } });
    expect(l.unitId).toBeUndefined();
    expect(r.units.filter((u) => !u.expected)).toEqual([]);
  });

  it('uses an old template, with a warning and an old-template conflict', () => {
    const file = nameOf(A);
    const r = run([received(commune(A).identityValue('templateVersion', '0.9'), file)]);
    const l = line(r, file);
    expect(l).toMatchObject({ use: 'used', templateVersion: '0.9', warnings: 1, errors: 0 });
    expect(r.conflicts.map((c) => [c.kind, c.unitId, c.files, c.usedFile, c.issue.code])).toEqual([
      ['old-template', A.id, [file], file, 'TEMPLATE_OLD_VERSION'],
    ]);
    expect(indicator(r, 'I.1').reportingUnits).toEqual([A.id]);
  });
});

describe('values', () => {
  // A: legal 3 + policy 5; B: legal 4 + policy 6.
  const ra = commune(A, 3, 5);
  const rb = commune(B, 4, 6);
  const r = run([received(ra, nameOf(A)), received(rb, nameOf(B))]);

  it('sums two units’ counts as by hand', () => {
    const i1 = indicator(r, 'I.1');
    expect(i1.components.legal_docs).toEqual({ value: 3 + 4, contributors: [A.id, B.id].sort() });
    expect(i1.components.policy_docs?.value).toBe(5 + 6);
    expect(i1.value).toBe(3 + 5 + 4 + 6);
    // validValue: 100 million VND of equipment each.
    expect(indicator(r, 'I.6').components.equipment_value?.value).toBe(200);
  });

  it('traces each used value to its file, sheet and cell', () => {
    for (const [reading, unit] of [
      [ra, A],
      [rb, B],
    ] as const) {
      for (const input of reading.layout.inputs) {
        const row = r.detail.find((d) => d.file === nameOf(unit) && d.definedName === input.name);
        expect(row).toMatchObject({
          unitId: unit.id,
          unitNameVi: unit.nameVi,
          indicator: input.indicator,
          component: input.component,
          sheet: input.sheet,
          cell: reading.address(input.name),
          templateVersion: TEMPLATE_VERSION,
          sha256: sha(nameOf(unit)),
          readAt: OPTIONS.readAt,
          use: 'used',
        });
      }
    }
    const docList = r.detail.find((d) => d.unitId === A.id && d.component === 'doc_list');
    expect(docList?.value).toBe('Mục A; Mục B');
    // Every value the province figures are built from has its 'used' row, and nothing else is 'used'.
    const usedRefs = r.indicators.flatMap((i) =>
      i.usedValues.map((u) => [u.unitId, i.code, u.component, u.source.file, u.source.cell].join('|')),
    );
    const usedRows = r.detail
      .filter((d) => d.use === 'used')
      .map((d) => [d.unitId, d.indicator, d.component, d.file, d.cell].join('|'));
    expect(usedRows.sort()).toEqual(usedRefs.sort());
    expect(line(r, nameOf(A)).valuesUsed).toBe(ra.layout.inputs.length);
    expect(line(r, nameOf(A)).valuesRead).toBe(ra.layout.inputs.length);
  });

  it('sorts the detail by unit (registry order), indicator, component (catalogue order)', () => {
    const order = r.detail.map((d) => `${d.unitId} ${d.indicator} ${d.component}`);
    const i1 = catalog.indicators.find((i) => i.code === 'I.1')?.components.map((c) => c.key) ?? [];
    expect(order.slice(0, i1.length)).toEqual(i1.map((k) => `${A.id} I.1 ${k}`));
    expect(r.detail.findIndex((d) => d.unitId === B.id)).toBe(ra.layout.inputs.length);
  });

  it('leaves out a unit’s indicator that has an error, for that unit only', () => {
    // A typed −1 documents: an error. Its other I.1 figures are not used either; its I.6 is.
    const bad = commune(A, -1, 5);
    const rr = run([received(bad, nameOf(A)), received(commune(B, 4, 6), nameOf(B))]);
    const i1 = indicator(rr, 'I.1');
    expect(i1.components.legal_docs).toEqual({ value: 4, contributors: [B.id] });
    expect(i1.components.policy_docs).toEqual({ value: 6, contributors: [B.id] });
    expect(i1.reportingUnits).toEqual([B.id]);
    expect(indicator(rr, 'I.6').reportingUnits).toEqual([A.id, B.id].sort());

    const l = line(rr, nameOf(A));
    expect(l.use).toBe('used');
    expect(l.errors).toBe(1);
    expect(unitRow(rr, A.id)).toMatchObject({ state: 'errors', errors: 1, indicatorsReported: 2 });
    const error = l.issues.find((i) => i.severity === 'error');
    expect(error).toMatchObject({ code: 'VALUE_BELOW_MIN', indicator: 'I.1', component: 'legal_docs' });
    const rowsA = rr.detail.filter((d) => d.unitId === A.id && d.indicator === 'I.1');
    expect(rowsA.map((d) => [d.component, d.use, d.note?.code])).toEqual([
      ['policy_docs', 'not-used', 'VALUE_BELOW_MIN'],
      ['doc_list', 'not-used', 'VALUE_BELOW_MIN'],
    ]);
    expect(rowsA[0]?.note).toEqual(error);
    expect(l.valuesRead).toBe(bad.layout.inputs.length - 1);
    expect(l.valuesUsed).toBe(bad.layout.inputs.length - 3);
    expect(rr.detail.filter((d) => d.unitId === B.id).every((d) => d.use === 'used')).toBe(true);
  });

  it('a deleted (tampered) input name: that indicator is not used for the unit, its others are', () => {
    const tampered = commune(A, 7, 3);
    delete tampered.names[inputName('I.1', 'legal_docs')];
    const rr = run([received(tampered, nameOf(A)), received(commune(B, 4, 6), nameOf(B))]);
    expect(indicator(rr, 'I.1').components.legal_docs).toEqual({ value: 4, contributors: [B.id] });
    expect(indicator(rr, 'I.1').components.policy_docs).toEqual({ value: 6, contributors: [B.id] });
    expect(indicator(rr, 'I.6').reportingUnits).toEqual([A.id, B.id].sort());
    const l = line(rr, nameOf(A));
    expect(l.use).toBe('used');
    expect(l.issues.find((i) => i.severity === 'error')).toMatchObject({
      code: 'NAME_MISSING',
      indicator: 'I.1',
    });
    expect(unitRow(rr, A.id).state).toBe('errors');
  });

  it('keeps a value the rule does not take as not-used, saying whose figure is used', () => {
    // I.7 population covered by 5G overlaps between two providers of the office's registry: the
    // province takes the largest. The providers are expected (phải báo cáo) like any real unit.
    const telecom = (id: string, nameVi: string): ReportingUnit => ({
      id,
      nameVi,
      nameEn: nameVi,
      kind: 'agency',
      categories: ['telecom'],
      mustReport: true,
    });
    const withTelecoms = withUnits(
      catalog,
      [...catalog.units, telecom('viettel', 'Viettel Bắc Ninh'), telecom('vnpt', 'VNPT Bắc Ninh')],
      catalog.office,
    );
    const key = inputName('I.7', 'population_5g');
    const big = new TestReading('viettel', true, withTelecoms).set(key, num(900_000));
    const small = new TestReading('vnpt', true, withTelecoms).set(key, num(400_000));
    const rr = buildRun(withTelecoms, [received(big, 'viettel.xlsx'), received(small, 'vnpt.xlsx')], {
      ...OPTIONS,
      expectedUnits: ['viettel', 'vnpt'],
    });
    expect(indicator(rr, 'I.7').components.population_5g).toEqual({
      value: 900_000,
      contributors: ['viettel'],
    });
    const row = rr.detail.find((d) => d.unitId === 'vnpt' && d.component === 'population_5g');
    expect(row).toMatchObject({ use: 'not-used', value: 400_000, cell: small.address(key) });
    expect(row?.note).toMatchObject({
      code: 'VALUE_NOT_USED_BY_RULE',
      severity: 'info',
      indicator: 'I.7',
      params: { usedUnit: 'Viettel Bắc Ninh' },
    });
    expect(renderIssue(row!.note!, 'vi')).toContain('tỉnh dùng số liệu của Viettel Bắc Ninh');
    expect(rr.completeness).toMatchObject({ expected: 2, received: 2, unexpected: 0 });
  });

  it('reads a file of a placeholder template, flags it, and never lets two of them replace each other', () => {
    // Two universities both filled the generic "viện/trường (mẫu)" template: both count.
    const key = inputName('II.2', 'papers');
    const first = new TestReading('vien-truong-mau').set(key, num(5));
    const second = new TestReading('vien-truong-mau').set(key, num(7));
    const rr = run([received(first, 'dh-a.xlsx'), received(second, 'dh-b.xlsx')]);
    expect(rr.files.map((f) => f.use)).toEqual(['used', 'used']);
    expect(indicator(rr, 'II.2').components.papers?.value).toBe(12);
    for (const f of rr.files) expect(f.issues.map((i) => i.code)).toContain('PLACEHOLDER_UNIT_FILE');
    // Placeholders are categories, not units the office expects.
    expect(rr.units.filter((u) => u.unitId === 'vien-truong-mau').map((u) => u.expected)).toEqual([false]);
  });
});

describe('another unit disagreeing with the official source', () => {
  // I.5 S&T fund allocations: Sở KH&CN is the official source; Sở Tài chính (the lead) reports the
  // same figure as a cross-check. 450 against 500 is 10 % apart (beyond the 1 % tolerance).
  const key = inputName('I.5', 'st_fund');
  const official = new TestReading('so-khcn').set(key, num(500));
  const other = new TestReading('so-tai-chinh')
    .set(key, num(450))
    .set(inputName('I.5', 'enterprise_spending'), num(90_000));
  const r = run([received(official, 'so-khcn.xlsx'), received(other, 'so-tai-chinh.xlsx')]);

  it('uses the official figure, lists a conflict and marks the other value not used', () => {
    expect(indicator(r, 'I.5').components.st_fund).toMatchObject({ value: 500, contributors: ['so-khcn'] });
    const conflict = r.conflicts.find((c) => c.kind === 'cooperating-disagrees');
    expect(conflict).toMatchObject({
      unitId: 'so-tai-chinh',
      indicator: 'I.5',
      component: 'st_fund',
      files: ['so-khcn.xlsx', 'so-tai-chinh.xlsx'],
      usedFile: 'so-khcn.xlsx',
      issue: { code: 'COOPERATING_DISAGREES', params: { value: 450, leadValue: 500 } },
    });
    const row = r.detail.find((d) => d.unitId === 'so-tai-chinh' && d.component === 'st_fund');
    expect(row).toMatchObject({ use: 'not-used', cell: other.address(key), note: conflict?.issue });
  });
});

describe('unit status and completeness', () => {
  const expectedUnits = [E.id, A.id, 'khong-co', B.id, C.id, D.id, A.id];
  const r = run(
    [
      received(commune(A), nameOf(A), LAST_SECOND),
      received(commune(B), nameOf(B), FIRST_LATE),
      received(commune(C).identityValue('year', 2025), nameOf(C)),
      received(commune(D, -1), nameOf(D)),
      received(commune(F), nameOf(F)),
    ],
    { expectedUnits },
  );

  it('lists the expected units in registry order, then the unexpected ones', () => {
    expect(r.units.map((u) => [u.unitId, u.expected, u.state])).toEqual([
      [A.id, true, 'on-time'],
      [B.id, true, 'late'],
      [C.id, true, 'unreadable'],
      [D.id, true, 'errors'],
      [E.id, true, 'missing'],
      [F.id, false, 'on-time'],
    ]);
    expect(r.units.filter((u) => u.state === 'missing').map((u) => u.unitId)).toEqual([E.id]);
    expect(unitRow(r, E.id)).toEqual({
      unitId: E.id,
      unitNameVi: E.nameVi,
      unitNameEn: E.nameEn,
      kind: 'commune',
      expected: true,
      state: 'missing',
      fileCount: 0,
      errors: 0,
      warnings: 0,
      indicatorsAssigned: 2,
      indicatorsReported: 0,
    });
    expect(unitRow(r, A.id)).toMatchObject({ indicatorsAssigned: 2, indicatorsReported: 2, fileCount: 1 });
  });

  it('counts completeness over the expected units', () => {
    expect(r.completeness).toEqual({
      expected: 5,
      received: 3, // A, B, D
      onTime: 2, // A, D
      late: 1, // B
      missing: 1, // E
      unreadable: 1, // C
      withErrors: 1, // D
      unexpected: 1, // F
      rate: 3 / 5,
      onTimeRate: 2 / 5,
    });
  });
});

describe('determinism', () => {
  const files: ReceivedFile[] = [
    received(commune(A, 1, 2), nameOf(A), '2026-11-20T01:00:00Z'),
    received(commune(A, 3, 4), `${A.statCode}_v2.xlsx`, FIRST_LATE),
    received(commune(B, 7, 1), nameOf(B), LAST_SECOND),
    received(commune(C).identityValue('year', 2025), nameOf(C)),
    received(commune(D, -1), nameOf(D)),
    received(commune(E, 2, 2).identityValue('templateVersion', '0.9'), nameOf(E)),
    unreadable(nameOf(F)),
    unreadable('khac.xlsx'),
  ];

  it('gives a deep-equal run whatever the order of the files', () => {
    const base = run(files);
    const shuffles = [
      [...files].reverse(),
      [...files.slice(3), ...files.slice(0, 3)],
      [files[6], files[1], files[4], files[0], files[7], files[2], files[5], files[3]],
    ];
    for (const order of shuffles) expect(run(order as ReceivedFile[])).toStrictEqual(base);
    expect(base.files.map((f) => f.file)).toEqual(files.map((f) => f.file).sort());
    expect(indicator(base, 'I.1').components.legal_docs?.value).toBe(3 + 7 + 2);
    expect(base.conflicts.map((c) => c.kind)).toEqual(['duplicate-file', 'wrong-year', 'old-template']);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(files);
    run(files);
    expect(JSON.stringify(files)).toBe(before);
  });

  it('never invents a unit: names in expectedUnits are normalised through the registry', () => {
    const r = run([], { expectedUnits: [' SO-KHCN ', 'khong-co'] });
    expect(r.units.map((u) => u.unitId)).toEqual([findUnit(catalog, 'so-khcn')?.id]);
  });
});

describe('one reference population, and a lead figure used although others are blank', () => {
  // Thống kê typed the population 3 700 000 but left its FTE blank (a required input): the blank
  // is an error of its file, yet its population is used, everywhere.
  const stats = new TestReading('thong-ke')
    .set(inputName('I.2', 'population'), num(3_700_000))
    .set(inputName('I.2', 'fte'));
  const r = run([received(stats, 'thong-ke.xlsx')]);

  it('uses the statistics office’s population in I.2 and I.7 and says where it comes from', () => {
    expect(r.population).toMatchObject({ from: 'statistics', value: 3_700_000, unitId: 'thong-ke' });
    expect(indicator(r, 'I.2').components.population?.value).toBe(3_700_000);
    expect(indicator(r, 'I.7').components.population?.value).toBe(3_700_000);
    expect(r.flags).toEqual([]);
    // The blank FTE is an error of the file, but it does not block the other I.2 figures.
    expect(line(r, 'thong-ke.xlsx').issues.map((i) => i.code)).toContain('VALUE_REQUIRED');
    const row = r.detail.find((d) => d.component === 'population');
    expect(row).toMatchObject({ use: 'used', value: 3_700_000 });
  });

  it('falls back to the official figure once for the whole report when Thống kê gave none', () => {
    const none = run([received(commune(A), nameOf(A))]);
    expect(none.population).toMatchObject({ from: 'fallback', value: OPTIONS.officialPopulation });
    expect(none.flags.map((f) => f.code)).toEqual(['POPULATION_FALLBACK']);
    expect(none.indicators.flatMap((i) => i.flags).map((f) => f.code)).not.toContain('POPULATION_FALLBACK');
  });
});

describe('province-level rules', () => {
  // Each file passes: Sở Tài chính reports S&T spending 500 000 and manages 250 000 of it
  // itself (250 000 ≤ 500 000); Sở KH&CN manages 350 000 (its file has no spending to compare
  // with). Together they manage 600 000 > 500 000: the province figures break "managed ≤
  // spending" (importance high).
  const finance = new TestReading('so-tai-chinh')
    .set(inputName('I.4', 'spending'), num(500_000))
    .set(inputName('I.4', 'total_budget'), num(60_000_000))
    .set(inputName('I.4', 'managed_spending'), num(250_000));
  const science = new TestReading('so-khcn').set(inputName('I.4', 'managed_spending'), num(350_000));
  const r = run([received(finance, 'so-tai-chinh.xlsx'), received(science, 'so-khcn.xlsx')]);

  it('every file passes on its own', () => {
    for (const f of r.files) expect(f.issues.filter((i) => i.code === 'CROSS_RULE_VIOLATED')).toEqual([]);
  });

  it('lists the violation with both sides, the units behind them and its importance', () => {
    const c = r.provinceChecks.find(
      (x) =>
        x.indicator === 'I.4' &&
        x.rule.left.join() === 'managed_spending' &&
        x.rule.right.join() === 'spending',
    );
    expect(c).toMatchObject({
      status: 'violated',
      left: { value: 600_000, units: ['so-khcn', 'so-tai-chinh'] },
      right: { value: 500_000, units: ['so-tai-chinh'] },
      issue: { code: 'PROVINCE_RULE_VIOLATED', severity: 'error', params: { importanceVi: 'cao' } },
    });
    expect(renderIssue(c!.issue!, 'vi')).toContain('600.000');
  });

  it('skips a rule whose values are missing when its strategy says so, and keeps those that hold', () => {
    // I.4 spending ≤ total budget holds (500 000 ≤ 60 000 000).
    const holds = r.provinceChecks.find((x) => x.indicator === 'I.4' && x.rule.left.join() === 'spending');
    expect(holds?.status).toBe('holds');
    // I.7 gigabit ≤ fixed subscriptions: no telecom provider reported (skip if any value is missing).
    const i7 = r.provinceChecks.find(
      (x) => x.indicator === 'I.7' && x.rule.left.join() === 'gigabit_subscribers',
    );
    expect(i7?.status).toBe('skipped');
    expect(r.provinceChecks).toHaveLength(catalog.indicators.reduce((n, i) => n + i.crossRules.length, 0));
  });
});
