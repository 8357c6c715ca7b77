// "Tải danh sách nhắc đơn vị": the units the office must write to (missing, unusable file, errors,
// late) with their contact and a ready message, as CSV for mail merge — the same list as
// `khcn consolidate --reminders`.
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConsolidationServices } from '../../../app/ports';
import type { Catalog } from '../../../domain/catalog';
import type { ConsolidationRun } from '../../../domain/consolidation/run-types';
import { useStrings } from '../../context';
import { downloadBytes } from '../../download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

export function RemindersButton({
  services,
  catalog,
  run,
}: {
  services: ConsolidationServices;
  catalog: Catalog;
  run: ConsolidationRun;
}) {
  const tr = useStrings().reminders;
  const s = useStyles();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const download = async () => {
    try {
      const { bytes, count } = await services.remindersCsv(catalog, run);
      const name = `nhac-don-vi-${run.options.year}.csv`;
      downloadBytes(bytes, name, 'text/csv;charset=utf-8');
      setOutcome({ ok: true, text: count === 0 ? tr.none : tr.downloaded(count, name) });
    } catch (e) {
      setOutcome({ ok: false, text: tr.failed(e instanceof Error ? e.message : String(e)) });
    }
  };
  return (
    <div className={s.root}>
      <Button onClick={() => void download()} data-testid="reminders-download">
        {tr.download}
      </Button>
      <Caption1>{tr.hint}</Caption1>
      {outcome && (
        <MessageBar
          intent={outcome.ok ? 'success' : 'error'}
          layout="multiline"
          data-testid="reminders-outcome"
        >
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
