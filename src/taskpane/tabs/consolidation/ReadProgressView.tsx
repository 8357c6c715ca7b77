// "Đang đọc 12/120 tệp: <name>" with a progress bar while reading; "Đã đọc 120/120 tệp." after.
import { Body1, ProgressBar, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useStrings } from '../../context';
import type { ReadProgress } from './flow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { overflowWrap: 'anywhere' },
});

export function ReadProgressView({ progress, reading }: { progress: ReadProgress; reading: boolean }) {
  const tc = useStrings().consolidation;
  const s = useStyles();
  const textId = useId('read-progress');
  const { done, total, current } = progress;
  const text =
    reading && current !== undefined
      ? tc.reading(Math.min(done + 1, total), total, current)
      : reading
        ? tc.reading(done, total, '')
        : tc.readDone(done, total);
  return (
    <div
      className={s.root}
      data-testid="consolidation-progress"
      data-done={done}
      data-total={total}
      data-reading={reading}
    >
      <Body1 id={textId} className={s.text} role="status" aria-live="polite">
        {text}
      </Body1>
      {reading && (
        <ProgressBar
          thickness="large"
          value={total > 0 ? done / total : 0}
          aria-label={tc.progressLabel}
          aria-describedby={textId}
        />
      )}
    </div>
  );
}
