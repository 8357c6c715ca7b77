/**
 * `khcn template --unit <id> [--year 2026] [--out <file.xlsx>]` and
 * `khcn templates [--year 2026] --out <dir> [--json]`: the units' data templates as .xlsx files
 * with native Excel formulas (they work on Excel 2016/2019 and LibreOffice, no add-in needed).
 */
import { join } from 'node:path';
import type { Catalog } from '../../domain/catalog';
import { templateFileName } from '../../domain/template/file-name';
import {
  generateTemplate,
  generateTemplates,
  resolveUnit,
  suggestUnits,
  type GenerateOptions,
  type TemplateWriterPort,
} from '../../app/generate-templates';
import { writeTemplateXlsx } from '../xlsx/template-writer';
import { printJson, type Output } from '../output';
import { EXIT, type ExitCode } from '../exit-codes';

export const DEFAULT_YEAR = 2026;

export interface TemplateArgs {
  unit?: string;
  year?: string;
  out?: string;
  json?: boolean;
}

/** The year of the evaluation: four digits, 2020–2100. */
export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return DEFAULT_YEAR;
  const year = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return year >= 2020 && year <= 2100 ? year : undefined;
}

function options(year: number): GenerateOptions {
  return { year, formulaMode: 'native', generatedAt: new Date().toISOString() };
}

/** Writes each template to `path(fileName)`. */
const fileWriter = (path: (fileName: string) => string): TemplateWriterPort => ({
  write: (fileName, layout) => writeTemplateXlsx(path(fileName), layout),
});

function badYear(text: string | undefined, output: Output): ExitCode {
  output.err(`Năm không hợp lệ: "${text ?? ''}" (cần năm có 4 chữ số, ví dụ 2026). / Invalid --year.`);
  return EXIT.failed;
}

function unknownUnit(catalog: Catalog, id: string, output: Output): ExitCode {
  const similar = suggestUnits(catalog, id);
  const hint =
    similar.length > 0
      ? `\nCó phải là / Did you mean: ${similar.map((u) => `${u.id} (${u.nameVi})`).join('; ')}`
      : '';
  output.err(
    `Không có đơn vị "${id}". Xem mã đơn vị bằng lệnh "khcn units" (cột "Mã đơn vị"); ` +
      `xã, phường dùng mã dạng xp-<mã thống kê> (ví dụ xp-07210) hoặc mã thống kê (07210).${hint}\n` +
      `Unknown unit "${id}"; run "khcn units" for the ids.`,
  );
  return EXIT.failed;
}

export async function templateCommand(
  catalog: Catalog,
  args: TemplateArgs,
  output: Output,
): Promise<ExitCode> {
  if (!args.unit) {
    output.err('Thiếu --unit <mã đơn vị> (xem "khcn units"). / Missing --unit <id>.');
    return EXIT.failed;
  }
  const year = parseYear(args.year);
  if (year === undefined) return badYear(args.year, output);
  const unit = resolveUnit(catalog, args.unit);
  if (!unit) return unknownUnit(catalog, args.unit, output);
  if (args.out !== undefined && !args.out.toLowerCase().endsWith('.xlsx')) {
    output.err(`Tệp "${args.out}" phải có đuôi .xlsx. / The output file must end in .xlsx.`);
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
        `Đã ghi mẫu biểu của ${result.unitName} (${result.indicators} chỉ tiêu, ${result.inputs} ô nhập) vào ${path}`,
      );
  } catch (e) {
    output.err(`Không ghi được tệp "${path}": ${(e as Error).message}. / Could not write the file.`);
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
    output.err('Thiếu --out <thư mục>. / Missing --out <directory>.');
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
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (args.json) printJson(output, { year, directory: dir, count: results.length, templates: results });
    else output.out(`Đã ghi ${results.length} mẫu biểu năm ${year} vào thư mục ${dir} (${seconds} giây).`);
  } catch (e) {
    output.err(
      `Không ghi được mẫu biểu vào "${dir}": ${(e as Error).message}. / Could not write the templates.`,
    );
    return EXIT.failed;
  }
  return EXIT.ok;
}
