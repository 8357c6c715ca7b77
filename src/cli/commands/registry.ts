/**
 * `khcn registry --out <don-vi.xlsx> [--registry <file>]`: writes the unit registry as the
 * workbook the office edits (units, categories, the office's contact); with --registry, the
 * office's own file is read, checked and written back in the current layout.
 *
 * `--registry <file.xlsx|file.csv>` on the other commands: see loadRegistryOption.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { loadRegistry, registryXlsx } from '../../app/registry';
import type { Catalog } from '../../domain/catalog';
import { renderIssue } from '../../domain/issues';
import { EXIT, type ExitCode } from '../exit-codes';
import type { Output } from '../output';
import { writeAtomically, writeProblem } from '../write-file';

/** Findings printed about a registry file (the first ones say what to fix). */
const MAX_SHOWN = 30;

/**
 * The catalogue to work with: the built-in one, or the one of the --registry file. Prints every
 * finding of the file (errors, then the ids it made up); undefined when the file cannot be used.
 */
export async function loadRegistryOption(
  base: Catalog,
  path: string | undefined,
  output: Output,
): Promise<Catalog | undefined> {
  if (path === undefined) return base;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(path));
  } catch {
    output.err(`Không đọc được tệp danh sách đơn vị “${path}”. / Cannot read the --registry file.`);
    return undefined;
  }
  const loaded = await loadRegistry(base, bytes, path);
  for (const issue of loaded.issues.slice(0, MAX_SHOWN)) output.err(renderIssue(issue, 'vi'));
  if (loaded.issues.length > MAX_SHOWN)
    output.err(
      `… và ${loaded.issues.length - MAX_SHOWN} vấn đề khác. / … and ${loaded.issues.length - MAX_SHOWN} more.`,
    );
  if (loaded.catalog === undefined)
    output.err(`Danh sách đơn vị “${path}” có lỗi, chưa dùng được. / The registry file has errors.`);
  return loaded.catalog;
}

export async function registryCommand(
  catalog: Catalog,
  out: string | undefined,
  output: Output,
): Promise<ExitCode> {
  if (out === undefined || extname(out).toLowerCase() !== '.xlsx') {
    output.err('Cần --out <tệp.xlsx> (ví dụ: khcn registry --out don-vi.xlsx). / Missing --out <file.xlsx>.');
    return EXIT.failed;
  }
  try {
    await writeAtomically(resolve(out), await registryXlsx(catalog));
  } catch (e) {
    output.err(`Không ghi được tệp “${out}”: ${writeProblem(e)}. / Cannot write the output file.`);
    return EXIT.failed;
  }
  const units = catalog.units.filter((u) => u.kind !== 'placeholder').length;
  output.out(
    `Đã ghi danh sách ${units} đơn vị vào ${out}. Sở KH&CN thêm các viện, trường, doanh nghiệp, nhà mạng… ` +
      'vào trang “Đơn vị”, ghi đầu mối liên hệ ở trang “Đầu mối Sở KH&CN”, rồi dùng tệp với tham số ' +
      `--registry ${out}.`,
  );
  return EXIT.ok;
}
