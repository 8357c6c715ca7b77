/**
 * `khcn template --unit <id> [--year 2026] [--out <file.xlsx>]` and
 * `khcn templates [--year 2026] --out <dir> [--json]`: the units' data templates as .xlsx files
 * with native Excel formulas (they work on Excel 2016/2019 and LibreOffice, no add-in needed).
 */
import { join } from 'node:path';
import { formatNumber } from '../../domain/numbers';
import { resolveUnit, type Catalog } from '../../domain/catalog';
import { templateFileName } from '../../domain/template/file-name';
import {
  generateTemplate,
  generateTemplates,
  suggestUnits,
  type GenerateOptions,
  type TemplateWriterPort,
} from '../../app/generate-templates';
import { writeTemplateXlsx } from '../xlsx/template-writer';
import { printJson, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';
import { parseYear } from '../option-values';
import { say } from '../say';
import { writeFailure } from '../write-file';

export interface TemplateArgs {
  unit?: string;
  year?: string;
  out?: string;
  json?: boolean;
}

function options(year: number): GenerateOptions {
  return { year, formulaMode: 'native', generatedAt: new Date().toISOString() };
}

/** Writes each template to `path(fileName)`. */
const fileWriter = (path: (fileName: string) => string): TemplateWriterPort => ({
  write: (fileName, layout) => writeTemplateXlsx(path(fileName), layout),
});

function badYear(text: string | undefined, output: Output): ExitCode {
  output.err(say(output, 'YEAR_INVALID', { value: text ?? '' }));
  return EXIT.failed;
}

function unknownUnit(catalog: Catalog, id: string, output: Output): ExitCode {
  const similar = suggestUnits(catalog, id);
  output.err(say(output, 'UNIT_UNKNOWN', { id }));
  if (similar.length > 0)
    output.err(
      say(output, 'UNIT_SUGGEST', { units: similar.map((u) => `${u.id} (${u.nameVi})`).join('; ') }),
    );
  return EXIT.failed;
}

export async function templateCommand(
  catalog: Catalog,
  args: TemplateArgs,
  output: Output,
): Promise<ExitCode> {
  if (!args.unit) {
    output.err(say(output, 'UNIT_MISSING'));
    return EXIT.failed;
  }
  const year = parseYear(args.year);
  if (year === undefined) return badYear(args.year, output);
  const unit = resolveUnit(catalog, args.unit);
  if (!unit) return unknownUnit(catalog, args.unit, output);
  if (args.out !== undefined && !args.out.toLowerCase().endsWith('.xlsx')) {
    output.err(say(output, 'OUT_EXTENSION', { file: args.out, ext: '.xlsx' }));
    return EXIT.failed;
  }
  const path = args.out ?? templateFileName(unit);
  try {
    const result = await generateTemplate(
      catalog,
      unit,
      options(year),
      fileWriter(() => path),
    );
    if (args.json) printJson(output, { ...result, path });
    else
      output.out(
        say(output, 'TEMPLATE_WRITTEN', {
          unit: result.unitName,
          indicators: result.indicators,
          inputs: result.inputs,
          file: path,
        }),
      );
  } catch (e) {
    output.err(writeFailure(output, path, e));
    return EXIT.failed;
  }
  return EXIT.ok;
}

export async function templatesCommand(
  catalog: Catalog,
  args: TemplateArgs,
  output: Output,
): Promise<ExitCode> {
  if (!args.out) {
    output.err(say(output, 'OUT_MISSING', { what: output.lang === 'vi' ? 'thư mục' : 'folder' }));
    return EXIT.failed;
  }
  const dir = args.out;
  const year = parseYear(args.year);
  if (year === undefined) return badYear(args.year, output);
  const started = Date.now();
  try {
    const results = await generateTemplates(
      catalog,
      options(year),
      fileWriter((fileName) => join(dir, fileName)),
    );
    const seconds = formatNumber((Date.now() - started) / 1000, output.lang, { maxDecimals: 1 });
    if (args.json) printJson(output, { year, directory: dir, count: results.length, templates: results });
    else
      output.out(
        say(output, 'TEMPLATES_WRITTEN', { count: results.length, year: String(year), folder: dir, seconds }),
      );
  } catch (e) {
    output.err(writeFailure(output, dir, e));
    return EXIT.failed;
  }
  return EXIT.ok;
}
