// "Chỉ tiêu" tab: the 78 targets of Plan 17/KH-UBND by group — milestone, value, verdict, progress,
// coverage per group, low-confidence readings marked — after a consolidation in this session, or
// read back from the workbook's targets sheet. A filter by verdict; clicking a target selects its
// row in the workbook. The evaluation report (.docx) is downloaded from here.
import {
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
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { evaluationFileName } from '../../app/evaluation-report';
import type { ConsolidationServices } from '../../app/ports';
import { columnLetters } from '../../domain/a1';
import { buildEvaluationReport } from '../../domain/evaluation-report/build';
import { TARGET_STATUS_LABELS } from '../../domain/report/labels';
import { REPORT_SHEETS } from '../../domain/report/sheet-names';
import { TARGET_COLUMNS } from '../../domain/report/targets-sheet';
import {
  targetsViewOfRows,
  targetsViewOfRun,
  type TargetGroupView,
  type TargetView,
} from '../../domain/report/targets-view';
import { useEnv, useStrings } from '../context';
import { OutcomeBar, useDownload, type RunFileProps } from '../download';
import { useCatalog } from '../registry';
import { flowFor } from './consolidation/useConsolidation';
import { Panel, type TabProps } from './Panel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    textAlign: 'left',
    height: 'auto',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

const LOW = '__low__';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LAST_COLUMN = columnLetters(TARGET_COLUMNS.length);

type Source =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'run'; groups: TargetGroupView[]; sheet: string | null }
  | { kind: 'workbook'; groups: TargetGroupView[]; sheet: string };

function verdictColor(verdict: string): 'success' | 'danger' | 'informative' {
  if (verdict === TARGET_STATUS_LABELS.met) return 'success';
  if (verdict === TARGET_STATUS_LABELS['not-met']) return 'danger';
  return 'informative';
}

export function TargetsTab({ missing }: TabProps) {
  const t = useStrings();
  const s = useStyles();
  const { consolidation } = useEnv();
  return (
    <Panel id="targets" missing={missing} ready>
      {consolidation ? (
        <Workspace services={consolidation} />
      ) : (
        <MessageBar intent="warning" layout="multiline" data-testid="targets-unavailable">
          <MessageBarBody>{t.targets.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1Strong as="h3">{t.targetsFacts.title}</Caption1Strong>
      <ul className={s.list} data-testid="targets-facts">
        {t.targetsFacts.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Panel>
  );
}

function Workspace({ services }: { services: ConsolidationServices }) {
  const tt = useStrings().targets;
  const s = useStyles();
  const catalog = useCatalog();
  // The "Tổng hợp" tab's flow (kept for the life of the pane): its result, when there is one.
  const flow = useMemo(() => flowFor(services, catalog), [services, catalog]);
  const state = useSyncExternalStore(flow.subscribe, flow.getState, flow.getState);
  const run = state.reading ? null : (state.result?.run ?? null);
  const written = state.write.kind === 'done' ? state.write.result : null;

  const [fromWorkbook, setFromWorkbook] = useState<Source>({ kind: 'none' });
  useEffect(() => {
    if (run !== null) return;
    let live = true;
    setFromWorkbook({ kind: 'loading' });
    services.host.readTargetsSheet().then(
      (texts) => {
        if (!live) return;
        const groups = texts === null ? null : targetsViewOfRows(texts.rows, texts.firstRow);
        setFromWorkbook(
          texts === null || groups === null
            ? { kind: 'none' }
            : { kind: 'workbook', groups, sheet: texts.sheet },
        );
      },
      (e: unknown) =>
        live && setFromWorkbook({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [services, run]);

  const source: Source = useMemo(() => {
    if (run === null || state.result === null) return fromWorkbook;
    // The targets sheet this result was written under, if it was written.
    const index = state.result.report.sheets.findIndex((x) => x.name === REPORT_SHEETS.targets);
    return { kind: 'run', groups: targetsViewOfRun(catalog, run), sheet: written?.sheets[index] ?? null };
  }, [run, state.result, written, catalog, fromWorkbook]);

  return (
    <div className={s.root}>
      {source.kind === 'run' && run !== null && <Report services={services} catalog={catalog} run={run} />}
      {source.kind === 'loading' && <Spinner size="tiny" label={tt.loading} />}
      {source.kind === 'none' && (
        <MessageBar intent="info" layout="multiline" data-testid="targets-empty">
          <MessageBarBody>{tt.empty}</MessageBarBody>
        </MessageBar>
      )}
      {source.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="targets-read-failed">
          <MessageBarBody>{tt.readFailed(source.message)}</MessageBarBody>
        </MessageBar>
      )}
      {(source.kind === 'run' || source.kind === 'workbook') && (
        <TargetsView
          services={services}
          groups={source.groups}
          sheet={source.sheet}
          fromRun={source.kind === 'run'}
        />
      )}
    </div>
  );
}

function TargetsView({
  services,
  groups,
  sheet,
  fromRun,
}: {
  services: ConsolidationServices;
  groups: TargetGroupView[];
  sheet: string | null;
  fromRun: boolean;
}) {
  const tt = useStrings().targets;
  const s = useStyles();
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  const verdicts = [...new Set(groups.flatMap((g) => g.targets.map((x) => x.verdict2025)))].filter(
    (v) => v !== '',
  );
  const keep = (x: TargetView): boolean =>
    filter === '' || (filter === LOW ? x.lowConfidence : x.verdict2025 === filter);
  const shown = groups.map((g) => ({ g, targets: g.targets.filter(keep) }));

  const select = async (x: TargetView) => {
    if (sheet === null) {
      setMessage({ intent: 'warning', text: tt.notWritten });
      return;
    }
    const ok = await services.host.selectCell(sheet, `A${x.row}:${LAST_COLUMN}${x.row}`);
    setMessage(
      ok
        ? { intent: 'success', text: tt.selected(x.code, sheet, x.row) }
        : { intent: 'warning', text: tt.selectFailed(sheet) },
    );
  };

  return (
    <>
      <Caption1 data-testid="targets-source">{fromRun ? tt.fromRun : tt.fromWorkbook(sheet ?? '')}</Caption1>
      <Field label={tt.filterLabel}>
        <Select value={filter} onChange={(_e, d) => setFilter(d.value)} data-testid="targets-filter">
          <option value="">{tt.filterAll}</option>
          {verdicts.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
          <option value={LOW}>{tt.filterLow}</option>
        </Select>
      </Field>
      <div aria-live="polite">
        {message && (
          <MessageBar intent={message.intent} layout="multiline" data-testid="targets-selection">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {shown.every(({ targets }) => targets.length === 0) && <Body1>{tt.noneMatch}</Body1>}
      {shown.map(({ g, targets }) =>
        targets.length === 0 && filter !== '' ? null : (
          <section key={g.code} className={s.group} data-testid="targets-group" data-group={g.code}>
            <Subtitle2 as="h3">{g.label}</Subtitle2>
            <Caption1 data-testid="targets-coverage">
              {tt.coverage(g.count, g.measured, g.met, g.onTrack)}
            </Caption1>
            {g.measured === 0 && (
              <Badge appearance="tint" color="warning" data-testid="targets-unmeasured">
                {tt.unmeasured}
              </Badge>
            )}
            {targets.map((x) => (
              <Button
                key={x.code}
                appearance="subtle"
                className={s.line}
                onClick={() => void select(x)}
                data-testid="target-line"
                data-code={x.code}
              >
                <Body1>
                  <b>{x.code}</b> {x.name}
                </Body1>
                <Caption1>
                  {tt.milestone(x.milestone2025)} · {tt.value(x.value)}
                </Caption1>
                <span className={s.badges}>
                  <Badge appearance="tint" color={verdictColor(x.verdict2025)} data-testid="target-verdict">
                    {x.verdict2025}
                  </Badge>
                  {x.path !== '' && (
                    <Badge appearance="outline" color="informative">
                      {x.path}
                    </Badge>
                  )}
                  {x.lowConfidence && (
                    <Badge appearance="filled" color="warning" data-testid="target-low-confidence">
                      {tt.lowConfidence}
                    </Badge>
                  )}
                </span>
              </Button>
            ))}
          </section>
        ),
      )}
    </>
  );
}

/** "Tải báo cáo đánh giá": the same .docx as `khcn report`, from this session's consolidation. */
function Report({ services, catalog, run }: RunFileProps) {
  const tt = useStrings().targets;
  const s = useStyles();
  const { busy, outcome, start } = useDownload(tt.downloadFailed);
  const download = () =>
    start(async () => {
      const bytes = await services.writeEvaluation(buildEvaluationReport(catalog, run));
      const name = evaluationFileName(run.options.year);
      return { bytes, name, type: DOCX_TYPE, said: tt.downloaded(name) };
    });

  return (
    <div className={s.group}>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void download()}
          data-testid="evaluation-download"
        >
          {tt.download}
        </Button>
        {busy && <Spinner size="tiny" label={tt.downloading} />}
      </div>
      <Caption1>{tt.downloadHint}</Caption1>
      <OutcomeBar outcome={outcome} testId="evaluation-outcome" />
    </div>
  );
}
