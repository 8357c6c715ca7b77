/**
 * buildTemplate(catalog, unitId, year, opts) → TemplateLayout: the one pure description of a
 * unit's data template, written by exceljs (CLI files) and by Office.js (add-in).
 *
 * CONTRACT FOR READERS (khcn validate, the add-in) — bump TEMPLATE_VERSION when it changes:
 *
 * Sheets, in order: "Hướng dẫn" (instructions), "Nhập liệu" (data entry), the unit's register
 * sheets ("DS Công bố"…, each an Excel table KHCN_DS_<KEY> with its header on row 3: see
 * register-sheet.ts and domain/registers), "Từ điển chỉ số" (dictionary of the unit's indicators),
 * "_khcn" (identity, very hidden, not protected). The instructions, data and dictionary sheets are
 * protected WITHOUT a password (only input cells are unlocked); register sheets are not (tables grow).
 *
 * Identity: sheet "_khcn", column A = key, column B = value, row 1 = header "key" | "value", then
 *   templateVersion  "1.0"                      (TEMPLATE_VERSION)
 *   catalogVersion   "2026.1"                   (catalog.version)
 *   unitId           "so-khcn" | "xp-07210" …   (registry id)
 *   unitName         "Sở Khoa học và Công nghệ"
 *   year             2026                       (a number)
 *   generatedAt      "2026-11-21T08:00:00.000Z" (ISO timestamp)
 *   formulaMode      "native" | "custom"
 *   inputCount       number of input names
 *   inputsChecksum   FNV-1a 32-bit, 8 hex digits, of the sorted input names joined by "\n"
 * Use `parseIdentity` and `inputsChecksum` (./identity.ts) to read and check it.
 *
 * Inputs: one WORKBOOK-scoped defined name per component the unit enters,
 * `KHCN_<indicator code, dots → underscores>_<component key>` (`inputName`, ./names.ts), e.g.
 * KHCN_I_2_fte → 'Nhập liệu'!$E$12. A name is a single cell, except numeric lists ('list' with
 * listItem 'number', e.g. KHCN_II_7_citations) which name a vertical block of NUMBER_LIST_ROWS
 * cells (users may insert rows inside it; blanks are skipped). Text lists are ONE cell holding
 * items separated by ';'. Lead-only components (scope 'lead') exist only in the lead unit's
 * template. The free-text evidence ("Nguồn số liệu / minh chứng") of an input is the cell one
 * column to the right on the same row (not named). Values: percent as fractions, money in
 * million VND, dates as Excel serials, levels 1–9.
 *
 * Results: the indicator header row has the result in column G when every formula argument is
 * in this unit's template (native: FORMULAS[fn].excel(names); custom: KHCN.<FN>(names…));
 * otherwise (a cooperating unit without the lead-only denominator) there is no result cell and
 * the province-level value is computed on consolidation. Column H holds status formulas.
 */
import type { Catalog } from '../catalog';
import { findUnit, indicatorsForUnit } from '../catalog';
import { buildDataSheet, DATA_SHEET } from './data-sheet';
import { buildDictionarySheet, DICTIONARY_SHEET } from './dictionary-sheet';
import { identityRows, IDENTITY_SHEET, inputsChecksum } from './identity';
import { buildInstructionsSheet } from './instructions-sheet';
import { buildRegisterSheet, registersOfUnit } from './register-sheet';
import type { FormulaMode, SheetSpec, TemplateIdentity, TemplateLayout } from './layout-types';
import { TEMPLATE_VERSION } from './layout-types';
import { viDateFromIso } from './vi-format';

export interface BuildTemplateOptions {
  formulaMode: FormulaMode;
  /** ISO timestamp recorded in the identity (passed in: the domain has no clock). */
  generatedAt: string;
}

/** Thrown for an id that is not in the registry (callers check first with `findUnit`). */
export class UnknownUnitError extends RangeError {
  constructor(readonly unitId: string) {
    super(`Unknown reporting unit: ${unitId}`);
    this.name = 'UnknownUnitError';
  }
}

function identitySheet(identity: TemplateIdentity): SheetSpec {
  const cells = identityRows(identity).flatMap(([key, value], i) => [
    { address: `A${i + 1}`, value: key, locked: true },
    // Text values stay text ('@'), so "2026.1" is never read back as a number.
    {
      address: `B${i + 1}`,
      value,
      locked: true,
      ...(typeof value === 'string' ? { numberFormat: '@' } : {}),
    },
  ]);
  return {
    name: IDENTITY_SHEET,
    role: 'identity',
    visibility: 'veryHidden',
    protect: false,
    columnWidths: [18, 40],
    cells,
    merges: [],
  };
}

/** The earliest deadline of the unit's indicators (all are 05/12/2026 in the 2026 plan). */
function deadlineOf(catalog: Catalog, codes: readonly string[]): string {
  const dates = catalog.indicators
    .filter((i) => codes.length === 0 || codes.includes(i.code))
    .map((i) => i.deadline);
  return [...dates].sort()[0] ?? '';
}

export function buildTemplate(
  catalog: Catalog,
  unitId: string,
  year: number,
  opts: BuildTemplateOptions,
): TemplateLayout {
  const unit = findUnit(catalog, unitId);
  if (!unit) throw new UnknownUnitError(unitId);
  const assignments = indicatorsForUnit(catalog, unit.id);
  const deadlineVi = viDateFromIso(
    deadlineOf(
      catalog,
      assignments.map((a) => a.indicator.code),
    ),
  );

  const data = buildDataSheet(assignments, {
    unitName: unit.nameVi,
    year,
    deadlineVi,
    formulaMode: opts.formulaMode,
  });
  const names = data.inputs.map((i) => i.name);
  const identity: TemplateIdentity = {
    templateVersion: TEMPLATE_VERSION,
    catalogVersion: catalog.version,
    unitId: unit.id,
    unitName: unit.nameVi,
    year,
    generatedAt: opts.generatedAt,
    formulaMode: opts.formulaMode,
    inputCount: names.length,
    inputsChecksum: inputsChecksum(names),
  };
  const registers = registersOfUnit(assignments);
  const instructions = buildInstructionsSheet({
    unit,
    year,
    deadlineVi,
    leadCount: assignments.filter((a) => a.role === 'lead').length,
    cooperatingCount: assignments.filter((a) => a.role === 'cooperating').length,
    formulaMode: opts.formulaMode,
    templateVersion: TEMPLATE_VERSION,
    catalogVersion: catalog.version,
    generatedAt: opts.generatedAt,
    dataSheet: DATA_SHEET,
    dictionarySheet: DICTIONARY_SHEET,
    office: catalog.office,
    registerSheets: registers.map((r) => r.sheetVi),
  });
  return {
    identity,
    sheets: [
      instructions,
      data.sheet,
      ...registers.map((def) => buildRegisterSheet(def, assignments, year)),
      buildDictionarySheet(catalog, assignments, year),
      identitySheet(identity),
    ],
    inputs: data.inputs,
    indicators: data.indicators,
    signOff: data.signOff,
  };
}
