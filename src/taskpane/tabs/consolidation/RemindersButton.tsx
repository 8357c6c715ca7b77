// "Tải danh sách nhắc đơn vị": the units the office must write to (missing, unusable file, errors,
// late) with their contact and a ready message, as CSV for mail merge — the same list as
// `khcn consolidate --reminders`.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../context';
import { OutcomeBar, useDownload, type RunFileProps } from '../../download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

export function RemindersButton({ services, catalog, run }: RunFileProps) {
  const tr = useStrings().reminders;
  const s = useStyles();
  const { busy, outcome, start } = useDownload(tr.failed);
  const download = () =>
    start(async () => {
      const { bytes, count } = await services.remindersCsv(catalog, run);
      const name = `nhac-don-vi-${run.options.year}.csv`;
      return {
        bytes,
        name,
        type: 'text/csv;charset=utf-8',
        said: count === 0 ? tr.none : tr.downloaded(count, name),
      };
    });
  return (
    <div className={s.root}>
      <Button disabled={busy} onClick={() => void download()} data-testid="reminders-download">
        {tr.download}
      </Button>
      <Caption1>{tr.hint}</Caption1>
      <OutcomeBar outcome={outcome} testId="reminders-outcome" />
    </div>
  );
}
