// "Kiểm tra" tab: one button checks the data in place (src/app/validate-in-place.ts), marks the
// problem cells and lists the issues by indicator; clicking an issue selects its cell. While the
// tab is open, edits of the data sheet re-run the check (debounced), so fixed cells lose their mark.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isOwnStatusWrite, validateWorkbook, type ValidationRun } from '../../app/validate-in-place';
import { findIndicator, type Catalog } from '../../domain/catalog';
import { renderIssue, type Issue, type Lang } from '../../domain/issues';
import type { Counts, ValidationSummary } from '../../domain/validation';
import { DATA_SHEET } from '../../domain/template/data-sheet';
import { useCatalog } from '../registry';
import { useEnv, useLang, useStrings } from '../context';
import { Panel, type TabProps } from './Panel';

/** Quiet time after the last edit before re-checking. */
export const RECHECK_DELAY_MS = 500;

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  issue: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    minHeight: 'auto',
    whiteSpace: 'normal',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  issueHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** The message without its location: the line shows the cell and the indicator above it. */
const withoutLocation = (issue: Issue, lang: Lang): string =>
  renderIssue({ ...issue, file: undefined, sheet: undefined, cell: undefined, definedName: undefined }, lang);

type State =
  | { kind: 'idle' }
  | { kind: 'running'; last?: ValidationRun }
  | { kind: 'done'; run: ValidationRun }
  | { kind: 'error'; message: string };

interface Group {
  key: string;
  title: string;
  issues: Issue[];
  errors: number;
  warnings: number;
  infos: number;
}

export function ValidationTab({ missing }: TabProps) {
  const t = useStrings();
  const tc = t.checks;
  const { lang } = useLang();
  const s = useStyles();
  const { templates } = useEnv();
  const catalog = useCatalog();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Runs never overlap: an edit during a run asks for one more run afterwards.
  const busy = useRef(false);
  const again = useRef(false);
  const checked = useRef(false);

  const check = useCallback(async () => {
    if (!templates) return;
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    setState((prev) => ({ kind: 'running', ...(prev.kind === 'done' ? { last: prev.run } : {}) }));
    try {
      const run = await validateWorkbook(templates.validation, catalog);
      checked.current = true;
      setState({ kind: 'done', run });
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      busy.current = false;
      if (again.current) {
        again.current = false;
        void check();
      }
    }
  }, [templates, catalog]);

  // Watch the data sheet while the tab is open; re-check only after a first check by the user.
  useEffect(() => {
    if (!templates) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    templates.validation
      .watch(DATA_SHEET, (address) => {
        if (!checked.current || isOwnStatusWrite(address)) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void check(), RECHECK_DELAY_MS);
      })
      .then(
        (remove) => {
          if (live) stop = remove;
          else void remove();
        },
        () => undefined, // no data sheet events: the button still works
      );
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      void stop?.();
    };
  }, [templates, check]);

  const run = state.kind === 'done' ? state.run : state.kind === 'running' ? state.last : undefined;
  const groups = useMemo(
    () => (run ? groupIssues(run.issues, run.summary, catalog, lang, tc) : []),
    [run, catalog, lang, tc],
  );

  const [filter, setFilter] = useState<'all' | 'error' | 'warning'>('all');
  const shown = (issue: Issue): boolean => filter === 'all' || issue.severity === filter;

  const select = (issue: Issue) => {
    if (templates && issue.sheet && issue.cell) void templates.validation.selectCell(issue.sheet, issue.cell);
  };

  return (
    <Panel id="validation" missing={missing} ready>
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={() => void check()}
          disabled={!templates || state.kind === 'running'}
          data-testid="run-checks"
        >
          {tc.run}
        </Button>
        {state.kind === 'running' && <Spinner size="tiny" label={tc.running} />}
      </div>
      {state.kind === 'error' && (
        <MessageBar intent="error" data-testid="checks-error">
          <MessageBarBody>{tc.failed(state.message)}</MessageBarBody>
        </MessageBar>
      )}
      {run && (
        <div data-testid="checks-result">
          <div className={s.header}>
            <Body1 data-testid="checks-summary">{tc.summary(run.summary.errors, run.summary.warnings)}</Body1>
          </div>
          <CompletionBar run={run} />
          <Caption1>{tc.autoHint}</Caption1>
          <Field label={tc.filterLabel} orientation="horizontal">
            <Select
              value={filter}
              onChange={(_e, d) => setFilter(d.value as typeof filter)}
              data-testid="issues-filter"
            >
              <option value="all">{tc.filterAll}</option>
              <option value="error">{tc.filterErrors}</option>
              <option value="warning">{tc.filterWarnings}</option>
            </Select>
          </Field>
          {groups.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{tc.noIssues}</MessageBarBody>
            </MessageBar>
          ) : (
            <Accordion
              multiple
              collapsible
              aria-label={tc.issuesLabel}
              defaultOpenItems={groups.slice(0, 3).map((g) => g.key)}
            >
              {groups.map((g) => (
                <AccordionItem key={g.key} value={g.key} data-testid={`issues-${g.key}`}>
                  <AccordionHeader size="small">
                    <span className={s.header}>
                      <span>{g.title}</span>
                      {g.errors > 0 && (
                        <Badge color="danger" appearance="filled" size="small">
                          {tc.errors(g.errors)}
                        </Badge>
                      )}
                      {g.warnings > 0 && (
                        <Badge color="warning" appearance="filled" size="small">
                          {tc.warnings(g.warnings)}
                        </Badge>
                      )}
                      {g.errors === 0 && g.warnings === 0 && g.infos > 0 && (
                        <Badge color="informative" appearance="outline" size="small">
                          {tc.infos(g.infos)}
                        </Badge>
                      )}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={s.list}>
                      {g.issues.filter(shown).map((issue, i) => {
                        const where = issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : undefined;
                        // Short location first ("E6 · I.1", a register row "B300 · DS Văn bản"); the
                        // full one (sheet, name) in the tooltip.
                        const short = [issue.cell, issue.indicator ?? issue.sheet]
                          .filter(Boolean)
                          .join(' · ');
                        return (
                          <li key={`${issue.code}-${issue.cell ?? ''}-${i}`}>
                            <Button
                              appearance="subtle"
                              className={`${s.issue} ${s[issue.severity]}`}
                              onClick={() => select(issue)}
                              disabled={!where}
                              title={where ? `${tc.goTo(where)} — ${renderIssue(issue, lang)}` : undefined}
                              data-testid="issue"
                              data-cell={where}
                              data-severity={issue.severity}
                            >
                              <span className={s.issueHead}>
                                <Badge
                                  size="small"
                                  appearance="filled"
                                  color={SEVERITY_COLOR[issue.severity]}
                                  data-testid="issue-severity"
                                >
                                  {tc.severity[issue.severity]}
                                </Badge>
                                {short && <Caption1Strong data-testid="issue-where">{short}</Caption1Strong>}
                                {where && <span aria-hidden="true">›</span>}
                              </span>
                              <span>{withoutLocation(issue, lang)}</span>
                            </Button>
                          </li>
                        );
                      })}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
        </div>
      )}
    </Panel>
  );
}

/**
 * Issues grouped by indicator in catalogue order, whole-file issues first; errors first within.
 * The counts come from the domain's summary, not recounted here.
 */
function groupIssues(
  issues: readonly Issue[],
  summary: ValidationSummary,
  catalog: Catalog,
  lang: 'vi' | 'en',
  tc: { general: string; indicator: (code: string, name: string) => string },
): Group[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const byKey = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = issue.indicator ?? 'general';
    byKey.set(key, [...(byKey.get(key) ?? []), issue]);
  }
  const order = (key: string) =>
    key === 'general' ? -1 : catalog.indicators.findIndex((i) => i.code === key);
  return [...byKey]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, list]) => {
      const ind = key === 'general' ? undefined : findIndicator(catalog, key);
      const name = ind ? (lang === 'vi' ? ind.nameVi : ind.nameEn) : '';
      return {
        key: key.replace(/\./g, '-'),
        title: key === 'general' ? tc.general : tc.indicator(key, name),
        issues: [...list].sort((a, b) => rank[a.severity] - rank[b.severity]),
        ...(key === 'general' ? summary.file : countsOf(summary, key)),
      };
    });
}

function countsOf(summary: ValidationSummary, indicator: string): Counts {
  const c = summary.byIndicator.find((b) => b.indicator === indicator);
  return { errors: c?.errors ?? 0, warnings: c?.warnings ?? 0, infos: c?.infos ?? 0 };
}

/** Whether the file may be marked "Hoàn thành", and what blocks it (nothing for older templates). */
function CompletionBar({ run }: { run: ValidationRun }) {
  const tc = useStrings().checks.completion;
  const completion = run.values.signOff?.completion;
  if (completion === undefined || completion === 'unmarked') return null;
  const blocking = run.issues.find((i) => i.code === 'COMPLETE_WITH_ERRORS')?.params.errors;
  const errors = typeof blocking === 'number' ? blocking : run.summary.errors;
  const [intent, text] =
    completion === 'complete'
      ? (['success', tc.complete] as const)
      : completion === 'blocked'
        ? (['error', tc.blocked(errors)] as const)
        : errors > 0
          ? (['warning', tc.draftErrors(errors)] as const)
          : (['info', tc.draftReady] as const);
  return (
    <MessageBar intent={intent} data-testid="checks-completion" data-completion={completion}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
