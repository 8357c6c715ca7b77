/** The `khcn` command: parses arguments and dispatches to one command module. */
import { parseArgs } from 'node:util';
import { loadCatalog } from '../domain/catalog';
import { catalogCommand } from './commands/catalog';
import { unitsCommand } from './commands/units';
import { targetsCommand } from './commands/targets';
import { dictionaryCommand } from './commands/dictionary';
import { templateCommand, templatesCommand } from './commands/template';
import { validateCommand } from './commands/validate';
import { consolidateCommand } from './commands/consolidate';
import { loadRegistryOption, registryCommand } from './commands/registry';
import { HELP } from './help';
import { consoleOutput, type Output } from './output';
import { EXIT, type ExitCode } from './exit-codes';

const OPTIONS = {
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  unit: { type: 'string', short: 'u' },
  year: { type: 'string' },
  deadline: { type: 'string' },
  units: { type: 'string' },
  received: { type: 'string' },
  population: { type: 'string' },
  registry: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: readonly string[], output: Output = consoleOutput): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    output.err(
      `Tham số không hợp lệ: ${(e as Error).message}\nXem "khcn --help". / Invalid arguments, see "khcn --help".`,
    );
    return EXIT.failed;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    output.out(HELP);
    return command === undefined && !values.help ? EXIT.failed : EXIT.ok;
  }
  // Only `validate` and `consolidate` take operands (the files to read).
  if (rest.length > 0 && command !== 'validate' && command !== 'consolidate') {
    output.err(`Lệnh "${command}" không nhận tham số "${rest.join(' ')}". / Unexpected arguments.`);
    return EXIT.failed;
  }
  const catalog = await loadRegistryOption(loadCatalog(), values.registry, output);
  if (catalog === undefined) return EXIT.failed;
  const json = values.json ?? false;
  switch (command) {
    case 'catalog':
      return catalogCommand(catalog, json, output);
    case 'units':
      return unitsCommand(catalog, json, output);
    case 'targets':
      return targetsCommand(catalog, json, output);
    case 'registry':
      return registryCommand(catalog, values.out, output);
    case 'dictionary':
      return dictionaryCommand(catalog, values.out, output);
    case 'template':
      return templateCommand(catalog, { ...values, json }, output);
    case 'templates':
      return templatesCommand(catalog, { ...values, json }, output);
    case 'validate':
      return validateCommand(catalog, rest, { unit: values.unit, year: values.year, json }, output);
    case 'consolidate':
      if (values.unit !== undefined) {
        output.err(
          'Lệnh "consolidate" không nhận --unit; danh sách đơn vị phải báo cáo: --units <tệp.json|tệp.xlsx>. / Use --units.',
        );
        return EXIT.failed;
      }
      return consolidateCommand(
        catalog,
        rest,
        { ...values, json },
        output,
        // The progress bar only for a real terminal: never in tests or when stderr is captured.
        { progress: output === consoleOutput ? process.stderr : undefined },
      );
    default:
      output.err(`Không có lệnh "${command}". Xem "khcn --help". / Unknown command "${command}".`);
      return EXIT.failed;
  }
}
