/** The command's own texts from the message maps (messages/vi.ts, messages/en.ts), in the output's language. */
import { fillTemplate, renderIssue, type Issue, type Lang } from '../domain/issues';
import { formatNumber } from '../domain/numbers';
import { CLI_EN } from './messages/en';
import { CLI_VI, type CliCode } from './messages/vi';
import type { Output } from './output';

export type { CliCode };
export type SayParams = Readonly<Record<string, string | number>>;

const MAPS: Record<Lang, Record<CliCode, string>> = { vi: CLI_VI, en: CLI_EN };

/** The text of `code`; numbers shown in the language's convention (vi 1.234,5). */
export function sayIn(lang: Lang, code: CliCode, params: SayParams = {}): string {
  return fillTemplate(MAPS[lang][code], (name) => {
    const v = params[name];
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

export const say = (output: Output, code: CliCode, params?: SayParams): string =>
  sayIn(output.lang, code, params);

/** An issue as one line, in the output's language. */
export const sayIssue = (output: Output, issue: Issue): string => renderIssue(issue, output.lang);

/** Prints issues on stderr, at most `max` (then one "… and n more" line). */
export function printIssues(output: Output, issues: readonly Issue[], max = 30): void {
  for (const issue of issues.slice(0, max)) output.err(sayIssue(output, issue));
  if (issues.length > max) output.err(say(output, 'MORE_ISSUES', { count: issues.length - max }));
}
