// Use case "Chèn mẫu biểu": build a unit's template (custom-function formulas, since the add-in
// registers KHCN.*) and write it into the open workbook through a TemplateHost. An earlier
// template is replaced only after `confirmReplace` says yes; sheets that merely share a name
// with a template sheet are never touched (the user is told to rename them).
import type { Catalog } from '../domain/catalog';
import { findUnit } from '../domain/catalog';
import { buildTemplate } from '../domain/template/build-template';
import type { TemplateLayout } from '../domain/template/layout-types';
import type { ExistingTemplate, TemplateHost, TemplateWriteResult } from './ports';

export interface InsertTemplateRequest {
  unitId: string;
  year: number;
  /** ISO timestamp recorded in the identity (the caller owns the clock). */
  generatedAt: string;
}

export type InsertTemplateResult =
  | { status: 'inserted'; layout: TemplateLayout; replaced: readonly string[]; write: TemplateWriteResult }
  | { status: 'cancelled'; existing: ExistingTemplate }
  /** Sheets named like template sheets that are not part of a template. */
  | { status: 'conflict'; sheets: readonly string[] }
  | { status: 'unknown-unit'; unitId: string };

/** The layout the add-in inserts: formulas call the KHCN.* custom functions. */
export function addinLayout(catalog: Catalog, req: InsertTemplateRequest): TemplateLayout {
  return buildTemplate(catalog, req.unitId, req.year, {
    formulaMode: 'custom',
    generatedAt: req.generatedAt,
  });
}

export async function insertTemplate(
  host: TemplateHost,
  catalog: Catalog,
  req: InsertTemplateRequest,
  confirmReplace: (existing: ExistingTemplate) => Promise<boolean>,
): Promise<InsertTemplateResult> {
  if (!findUnit(catalog, req.unitId)) return { status: 'unknown-unit', unitId: req.unitId };
  const layout = addinLayout(catalog, req);
  const existing = await host.inspect(layout.sheets.map((s) => s.name));
  if (existing.conflicts.length > 0) return { status: 'conflict', sheets: existing.conflicts };
  if (existing.templateSheets.length > 0 && !(await confirmReplace(existing))) {
    return { status: 'cancelled', existing };
  }
  const write = await host.writeTemplate(layout, { replaceSheets: existing.templateSheets });
  return { status: 'inserted', layout, replaced: existing.templateSheets, write };
}
