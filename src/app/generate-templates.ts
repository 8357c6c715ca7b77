/**
 * Use case: generate units' data templates. The layout is built by the pure `buildTemplate`;
 * where it goes is a port (the CLI writes .xlsx files, the add-in writes into the open workbook).
 */
import type { Catalog, ReportingUnit } from '../domain/catalog';
import { buildTemplate } from '../domain/template/build-template';
import { asciiSlug, templateFileName } from '../domain/template/file-name';
import type { FormulaMode, TemplateLayout } from '../domain/template/layout-types';

export interface TemplateWriterPort {
  /** Writes one template; `fileName` is a suggestion (ASCII, ends in .xlsx) adapters may ignore. */
  write(fileName: string, layout: TemplateLayout): Promise<void>;
}

export interface GenerateOptions {
  year: number;
  formulaMode: FormulaMode;
  /** ISO timestamp recorded in every template of the run. */
  generatedAt: string;
}

export interface GeneratedTemplate {
  unitId: string;
  unitName: string;
  fileName: string;
  indicators: number;
  inputs: number;
}

/** Lowercase ASCII words joined by '_': "Sở Khoa học" and "so-khoa-hoc" both give "so_khoa_hoc". */
const searchKey = (text: string): string => asciiSlug(text, 200).toLowerCase();

/** Up to `max` units whose id or name contains the text: "did you mean" for a mistyped id. */
export function suggestUnits(catalog: Catalog, text: string, max = 5): ReportingUnit[] {
  const key = searchKey(text);
  if (key.length < 2) return [];
  return catalog.units
    .filter((u) => searchKey(u.id).includes(key) || searchKey(u.nameVi).includes(key))
    .slice(0, max);
}

export async function generateTemplate(
  catalog: Catalog,
  unit: ReportingUnit,
  opts: GenerateOptions,
  writer: TemplateWriterPort,
): Promise<GeneratedTemplate> {
  const layout = buildTemplate(catalog, unit.id, opts.year, opts);
  const fileName = templateFileName(unit);
  await writer.write(fileName, layout);
  return {
    unitId: unit.id,
    unitName: unit.nameVi,
    fileName,
    indicators: layout.indicators?.length ?? 0,
    inputs: layout.inputs.length,
  };
}

/** One template per unit, in registry order, one after the other (exceljs work is CPU-bound). */
export async function generateTemplates(
  catalog: Catalog,
  opts: GenerateOptions,
  writer: TemplateWriterPort,
  units: readonly ReportingUnit[] = catalog.units,
): Promise<GeneratedTemplate[]> {
  const out: GeneratedTemplate[] = [];
  for (const unit of units) out.push(await generateTemplate(catalog, unit, opts, writer));
  return out;
}
