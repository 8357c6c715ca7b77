/**
 * Template identity checks: is this our template, for which unit and year, and is it current?
 * The identity sheet is very hidden, so these issues name the file only, not a cell.
 */
import { findUnit, type Catalog } from '../catalog';
import { makeIssue, type Issue } from '../issues';
import { unitFromFileName } from '../template/file-name';
import { IDENTITY_KEYS, inputsChecksum, parseIdentity } from '../template/identity';
import { TEMPLATE_VERSION, type TemplateIdentity } from '../template/layout-types';
import type { Scalar, WorkbookReading } from './reading';
import { expectedInputNames } from './slots';

/** What the caller expects of the file; each check runs only when its expectation is given. */
export interface Expectation {
  /** Shown in every issue ("Tệp “…”"). */
  file?: string;
  unitId?: string;
  year?: number;
}

export interface IdentityCheck {
  identity?: TemplateIdentity;
  /** The unit whose inputs are validated: the file's own when known, else the expected one. */
  unitId?: string;
  issues: Issue[];
}

/** '1.10' > '1.9': versions compare part by part as numbers; non-numeric parts compare as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** "Sở Khoa học và Công nghệ (so-khcn)", or the id when the registry does not know it. */
function unitLabel(catalog: Catalog, id: string): string {
  const unit = findUnit(catalog, id);
  return unit ? `${unit.nameVi} (${unit.id})` : id;
}

function versionIssue(
  catalog: Catalog,
  identity: TemplateIdentity,
  file: string | undefined,
): Issue | undefined {
  const ctx = { file };
  if (compareVersions(identity.templateVersion, TEMPLATE_VERSION) < 0) {
    return makeIssue(
      'TEMPLATE_OLD_VERSION',
      { found: identity.templateVersion, expected: TEMPLATE_VERSION },
      ctx,
    );
  }
  // Same layout, older catalogue: bounds or definitions may have changed since.
  if (compareVersions(identity.catalogVersion, catalog.version) < 0) {
    return makeIssue(
      'TEMPLATE_OLD_VERSION',
      { found: identity.catalogVersion, expected: catalog.version },
      ctx,
    );
  }
  return undefined;
}

/** Why a file may not be the claimed unit's: each reason in both languages. */
export interface Suspicion {
  vi: string;
  en: string;
}

/**
 * A file claiming a unit it may not be from: its input names are not that unit's template (the
 * identity sheet was edited), or its file name is another unit's template name.
 */
function suspicions(catalog: Catalog, identity: TemplateIdentity, file: string | undefined): Suspicion[] {
  const out: Suspicion[] = [];
  const current =
    compareVersions(identity.templateVersion, TEMPLATE_VERSION) === 0 &&
    compareVersions(identity.catalogVersion, catalog.version) === 0;
  if (current && identity.inputsChecksum !== undefined) {
    const expected = inputsChecksum(expectedInputNames(catalog, identity.unitId));
    if (expected !== identity.inputsChecksum)
      out.push({
        vi: 'các ô nhập của tệp không phải của biểu mẫu đơn vị này',
        en: 'its inputs are not those of this unit’s template',
      });
  }
  const named = file === undefined ? undefined : unitFromFileName(catalog, file);
  if (named !== undefined && named.id !== identity.unitId)
    out.push({
      vi: `tên tệp là tên biểu mẫu của ${named.nameVi}`,
      en: `its file name is ${named.nameEn}’s template`,
    });
  return out;
}

/** The suspicion issue of a file, all reasons in one. */
export function suspectIssue(unit: string, reasons: readonly Suspicion[], file: string | undefined): Issue {
  return makeIssue(
    'IDENTITY_SUSPECT',
    { unit, reasonsVi: reasons.map((r) => r.vi).join('; '), reasonsEn: reasons.map((r) => r.en).join('; ') },
    { file },
  );
}

/** The keys an identity sheet holds: none means it is missing, some means it is there but invalid. */
function identityProblems(rows: readonly (readonly [Scalar, Scalar])[]): string | undefined {
  const known = new Set<string>(IDENTITY_KEYS);
  const present = rows.filter(([k]) => typeof k === 'string' && known.has(k.trim()));
  if (present.length === 0) return undefined;
  const parsed = parseIdentity(rows);
  if (parsed.ok) return undefined;
  const shown = (key: string): string => {
    const v = present.find(([k]) => typeof k === 'string' && k.trim() === key)?.[1];
    return v === undefined || v === null || v === '' ? `${key} (trống)` : `${key} = ${String(v)}`;
  };
  return parsed.problems.map((p) => shown(p.split(':')[0] ?? p)).join('; ');
}

export function checkIdentity(
  catalog: Catalog,
  reading: WorkbookReading,
  expect: Expectation,
): IdentityCheck {
  const ctx = { file: expect.file };
  const parsed = reading.identityRows ? parseIdentity(reading.identityRows) : undefined;
  if (!parsed?.ok) {
    const problems = reading.identityRows ? identityProblems(reading.identityRows) : undefined;
    const issue =
      problems === undefined
        ? makeIssue('IDENTITY_MISSING', {}, ctx)
        : makeIssue('IDENTITY_INVALID', { problems }, ctx);
    return { unitId: expect.unitId, issues: [issue] };
  }
  const { identity } = parsed;
  const issues: Issue[] = [];
  const known = findUnit(catalog, identity.unitId) !== undefined;
  if (!known) issues.push(makeIssue('IDENTITY_UNKNOWN_UNIT', { unitId: identity.unitId }, ctx));
  if (
    expect.unitId !== undefined &&
    known &&
    findUnit(catalog, expect.unitId)?.id !== findUnit(catalog, identity.unitId)?.id
  ) {
    const found = unitLabel(catalog, identity.unitId);
    issues.push(
      makeIssue('TEMPLATE_WRONG_UNIT', { found, expected: unitLabel(catalog, expect.unitId) }, ctx),
    );
  }
  if (expect.year !== undefined && identity.year !== expect.year) {
    issues.push(
      makeIssue('TEMPLATE_WRONG_YEAR', { found: String(identity.year), expected: String(expect.year) }, ctx),
    );
  }
  const version = versionIssue(catalog, identity, expect.file);
  if (version) issues.push(version);
  const reasons = known ? suspicions(catalog, identity, expect.file) : [];
  if (reasons.length > 0)
    issues.push(suspectIssue(unitLabel(catalog, identity.unitId), reasons, expect.file));
  return { identity, unitId: known ? identity.unitId : expect.unitId, issues };
}
