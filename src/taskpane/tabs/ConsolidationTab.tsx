// "Tổng hợp" tab, the coordinating office's flow: pick or drop every workbook the units sent
// (reading starts at once, file by file, in the lazily loaded xlsx chunk), see what became of each
// file and who has not submitted, then write the consolidated sheets into this workbook.
// The work itself is in consolidation/flow.ts; the pieces below only present it.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ConsolidationServices } from '../../app/ports';
import type { ConsolidationRun } from '../../domain/consolidation/run-types';
import { RegistryPicker, useCatalog } from '../registry';
import { useEnv, useStrings, useWorkbookRevision } from '../context';
import { FeedbackList } from './consolidation/FeedbackList';
import { FileLines } from './consolidation/FileLines';
import { FilePicker } from './consolidation/FilePicker';
import { ReadProgressView } from './consolidation/ReadProgressView';
import { PreviousPicker } from './consolidation/PreviousPicker';
import { ReceivedLogPicker } from './consolidation/ReceivedLogPicker';
import { RemindersButton } from './consolidation/RemindersButton';
import { RunOptionsForm } from './consolidation/RunOptionsForm';
import { RunSummary } from './consolidation/RunSummary';
import { useConsolidation } from './consolidation/useConsolidation';
import { WriteSection } from './consolidation/WriteSection';
import { Panel, type TabProps } from './Panel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Files of units whose file the office must choose: a tie, or a suspect file kept out. */
function choicesOf(run: ConsolidationRun): Set<string> {
  return new Set(
    run.conflicts
      .filter((c) => (c.kind === 'file-tie' || c.kind === 'identity-suspect') && c.files.length > 1)
      .flatMap((c) => c.files),
  );
}

export function ConsolidationTab({ missing }: TabProps) {
  const tc = useStrings().consolidation;
  const { consolidation } = useEnv();
  return (
    <Panel id="consolidation" missing={missing} ready>
      {consolidation ? (
        <Workspace services={consolidation} canInsert={missing.length === 0} />
      ) : (
        <MessageBar intent="warning" layout="multiline" data-testid="consolidation-unavailable">
          <MessageBarBody>{tc.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
    </Panel>
  );
}

function Workspace({ services, canInsert }: { services: ConsolidationServices; canInsert: boolean }) {
  const tc = useStrings().consolidation;
  const s = useStyles();
  const catalog = useCatalog();
  const { flow, state } = useConsolidation(services, catalog);
  const { bump } = useWorkbookRevision();
  const writing = state.write.kind === 'writing';

  const write = async () => {
    if (await flow.write()) bump(); // the header shows the new sheets
  };

  return (
    <div className={s.root}>
      <RegistryPicker />
      <FilePicker
        count={state.files.length}
        skipped={state.skipped}
        disabled={writing}
        onFiles={flow.addFiles}
        onClear={flow.clear}
      />
      <RunOptionsForm options={state.options} disabled={writing} onChange={flow.setOptions} />
      <ReceivedLogPicker
        log={state.log}
        matched={state.result?.fromLog.size ?? 0}
        notIn={state.result ? state.result.run.files.length - state.result.fromLog.size : 0}
        disabled={writing}
        onLog={flow.setLog}
      />
      <PreviousPicker
        previous={state.previous}
        catalog={catalog}
        year={state.options.year}
        disabled={writing}
        onPrevious={flow.setPrevious}
      />
      {state.progress && <ReadProgressView progress={state.progress} reading={state.reading} />}
      {state.failure && (
        <MessageBar intent="error" layout="multiline" data-testid="consolidation-failure">
          <MessageBarBody>
            {state.failure.kind === 'load'
              ? tc.loadFailed(state.failure.message)
              : tc.computeFailed(state.failure.message)}
          </MessageBarBody>
          {state.failure.kind === 'load' && (
            <MessageBarActions>
              <Button onClick={flow.retry}>{tc.retry}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {state.result && (
        <>
          <RunSummary
            completeness={state.result.run.completeness}
            units={state.result.run.units}
            {...(state.result.run.registers ? { registers: state.result.run.registers } : {})}
          />
          {!state.log && (
            <MessageBar intent="warning" layout="multiline" data-testid="consolidation-file-times">
              <MessageBarBody>{tc.fileTimesNote}</MessageBarBody>
            </MessageBar>
          )}
          <WriteSection
            state={state.write}
            canWrite={canInsert && !state.reading}
            onWrite={() => void write()}
          />
          <RemindersButton services={services} catalog={catalog} run={state.result.run} />
          <FeedbackList services={services} run={state.result.run} fileNamed={flow.fileNamed} />
          <FileLines
            lines={state.result.run.files}
            catalog={catalog}
            choices={choicesOf(state.result.run)}
            onPin={flow.pin}
            onRemove={state.reading || writing ? undefined : flow.remove}
            onEditTime={writing ? undefined : flow.setReceivedAt}
            edited={new Set(Object.keys(state.manualTimes))}
          />
        </>
      )}
    </div>
  );
}
