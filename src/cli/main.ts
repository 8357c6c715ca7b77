/**
 * The `khcn` command: parses arguments and dispatches to one command module. Command modules are
 * imported only when run, so `khcn --help` loads none of them (nor exceljs or the catalogue).
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../domain/numbers';
import { EXIT, type ExitCode } from './exit-codes';
import { helpText, isCommand, type Command } from './help';
import { consoleOutput, type Output } from './output';
import type { ProgressStream } from './progress';
import type { PoolOptions, WorkerScript } from './read-pool';
import { installNativeZlib } from './native-zlib';
import { sayIn } from './say';

const OPTIONS = {
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  unit: { type: 'string', short: 'u' },
  year: { type: 'string' },
  deadline: { type: 'string' },
  units: { type: 'string' },
  received: { type: 'string' },
  population: { type: 'string' },
  prefer: { type: 'string', multiple: true },
  reminders: { type: 'string' },
  feedback: { type: 'string' },
  previous: { type: 'string' },
  registry: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Only these commands take operands (the files to read). */
const TAKES_FILES: ReadonlySet<Command> = new Set(['validate', 'consolidate', 'report']);

export interface MainEnv {
  /** The compiled read worker (bin/khcn.js): consolidation reads files in bounded processes. */
  readWorker?: WorkerScript;
  /** Bounds of each read (tests lower them). */
  readLimits?: PoolOptions;
  /** Where the progress bar goes (a terminal); none in tests. */
  progress?: ProgressStream;
}

const langOf = (text: string | undefined): Lang | undefined =>
  text === undefined || text === 'vi' ? 'vi' : text === 'en' ? 'en' : undefined;

export async function main(
  argv: readonly string[],
  base: Output = consoleOutput,
  env: MainEnv = {},
): Promise<ExitCode> {
  installNativeZlib();
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    base.err(sayIn(base.lang, 'ARGS_INVALID', { detail: (e as Error).message }));
    return EXIT.failed;
  }
  const { values, positionals } = parsed;
  const lang = langOf(values.lang);
  if (lang === undefined) {
    base.err(sayIn(base.lang, 'LANG_INVALID', { value: values.lang ?? '' }));
    return EXIT.failed;
  }
  const output: Output = { out: (t) => base.out(t), err: (t) => base.err(t), lang };
  const [name, ...rest] = positionals;
  if (name === undefined || name === 'help') {
    const topic = rest[0];
    output.out(helpText(lang, topic !== undefined && isCommand(topic) ? topic : undefined));
    return name === undefined && !values.help ? EXIT.failed : EXIT.ok;
  }
  if (!isCommand(name)) {
    output.err(sayIn(lang, 'COMMAND_UNKNOWN', { command: name }));
    return EXIT.failed;
  }
  if (values.help) {
    output.out(helpText(lang, name));
    return EXIT.ok;
  }
  if (rest.length > 0 && !TAKES_FILES.has(name)) {
    output.err(sayIn(lang, 'COMMAND_NO_OPERANDS', { command: name, args: rest.join(' ') }));
    return EXIT.failed;
  }
  const { loadCatalog } = await import('../domain/catalog');
  const catalog =
    values.registry === undefined
      ? loadCatalog()
      : await (
          await import('./commands/registry')
        ).loadRegistryOption(loadCatalog(), values.registry, output);
  if (catalog === undefined) return EXIT.failed;
  const json = values.json ?? false;
  switch (name) {
    case 'catalog':
      return (await import('./commands/catalog')).catalogCommand(catalog, json, output);
    case 'units':
      return (await import('./commands/units')).unitsCommand(catalog, json, output);
    case 'targets':
      return (await import('./commands/targets')).targetsCommand(catalog, json, output);
    case 'registry':
      return (await import('./commands/registry')).registryCommand(catalog, values.out, output);
    case 'baseline':
      return (await import('./commands/baseline')).baselineCommand(catalog, values, output);
    case 'dictionary':
      return (await import('./commands/dictionary')).dictionaryCommand(catalog, values.out, output);
    case 'template':
      return (await import('./commands/template')).templateCommand(catalog, { ...values, json }, output);
    case 'templates':
      return (await import('./commands/template')).templatesCommand(catalog, { ...values, json }, output);
    case 'validate':
      return (await import('./commands/validate')).validateCommand(
        catalog,
        rest,
        { unit: values.unit, year: values.year, json },
        output,
      );
    case 'consolidate':
    case 'report':
      if (values.unit !== undefined) {
        output.err(
          sayIn(lang, 'OPTION_NOT_FOR', {
            command: name,
            option: '--unit',
            hint: sayIn(lang, 'CONSOLIDATE_UNITS_HINT'),
          }),
        );
        return EXIT.failed;
      }
      {
        const commandEnv = {
          ...env,
          // The progress bar only for a real terminal: never in tests or when stderr is captured.
          ...(base === consoleOutput && env.progress === undefined ? { progress: process.stderr } : {}),
        };
        const opts = { ...values, json };
        return name === 'report'
          ? (await import('./commands/report')).reportCommand(catalog, rest, opts, output, commandEnv)
          : (await import('./commands/consolidate')).consolidateCommand(
              catalog,
              rest,
              opts,
              output,
              commandEnv,
            );
      }
  }
}
