/**
 * Template identity checks: is this our template, for which unit and year, and is it current?
 * The identity sheet is very hidden, so these issues name the file only, not a cell.
 */
import { findUnit, type Catalog } from '../catalog';
import { makeIssue, type Issue } from '../issues';
import { parseIdentity } from '../template/identity';
import { TEMPLATE_VERSION, type TemplateIdentity } from '../template/layout-types';
import type { WorkbookReading } from './reading';

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

export function checkIdentity(
  catalog: Catalog,
  reading: WorkbookReading,
  expect: Expectation,
): IdentityCheck {
  const ctx = { file: expect.file };
  const parsed = reading.identityRows ? parseIdentity(reading.identityRows) : undefined;
  if (!parsed?.ok) {
    return { unitId: expect.unitId, issues: [makeIssue('IDENTITY_MISSING', {}, ctx)] };
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
  return { identity, unitId: known ? identity.unitId : expect.unitId, issues };
}
