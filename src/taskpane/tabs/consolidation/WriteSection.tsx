// "Ghi kết quả vào sổ": writes the report's sheets into the open workbook, then says which sheets
// were written and how many of an earlier run were replaced (or why it failed).
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../../context';
import type { WriteState } from './flow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export interface WriteSectionProps {
  state: WriteState;
  /** False while reading, without a result, or when this Excel cannot insert sheets. */
  canWrite: boolean;
  onWrite: () => void;
}

export function WriteSection({ state, canWrite, onWrite }: WriteSectionProps) {
  const tc = useStrings().consolidation;
  const s = useStyles();
  const writing = state.kind === 'writing';
  return (
    <div className={s.root}>
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={onWrite}
          disabled={!canWrite || writing}
          data-testid="consolidation-write"
        >
          {tc.write}
        </Button>
        {writing && <Spinner size="tiny" label={tc.writing} />}
      </div>
      <Caption1>{tc.writeHint}</Caption1>
      <div aria-live="polite">
        {state.kind === 'done' && (
          <MessageBar intent="success" layout="multiline" data-testid="consolidation-result">
            <MessageBarBody>
              <MessageBarTitle>{tc.written}</MessageBarTitle>
              <div>{tc.writtenSheets(state.result.sheets.map((n) => `“${n}”`).join(', '))}</div>
              {state.result.replaced > 0 && <div>{tc.replaced(state.result.replaced)}</div>}
              {state.result.charts > 0 && <div>{tc.charts(state.result.charts)}</div>}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'error' && (
          <MessageBar intent="error" layout="multiline" data-testid="consolidation-result">
            <MessageBarBody>{tc.writeFailed(state.message)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
