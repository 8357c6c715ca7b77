// "Phiếu phản hồi": one line per unit whose used file has problems of its own; "Tải phiếu" makes
// the copy of that unit's file with the problems as cell notes (xlsx/feedback-writer.ts), the same
// workbook as `khcn consolidate --feedback`.
import { Body1, Button, Caption1, Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ConsolidationServices, PickedFile } from '../../../app/ports';
import type { ConsolidationRun } from '../../../domain/consolidation/run-types';
import { feedbackFileName, feedbackItems, type FeedbackItem } from '../../../domain/report/feedback';
import { useStrings } from '../../context';
import { OutcomeBar, useDownload } from '../../download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function FeedbackList({
  services,
  run,
  fileNamed,
}: {
  services: ConsolidationServices;
  run: ConsolidationRun;
  fileNamed: (name: string) => PickedFile | undefined;
}) {
  const tf = useStrings().feedback;
  const s = useStyles();
  const items = useMemo(() => feedbackItems(run), [run]);
  const { busy, outcome, start } = useDownload(tf.failed);
  if (items.length === 0) return null;

  const download = (item: FeedbackItem) =>
    start(async () => {
      const picked = fileNamed(item.file);
      if (picked === undefined) return { ok: false, text: tf.missingFile };
      const bytes = await services.feedbackWorkbook(new Uint8Array(await picked.arrayBuffer()), item);
      const name = feedbackFileName(item.file);
      return { bytes, name, type: XLSX_TYPE, said: tf.downloaded(name) };
    });

  return (
    <section className={s.root} data-testid="feedback-list">
      <Caption1Strong as="h3">{tf.title}</Caption1Strong>
      <Caption1>{tf.hint}</Caption1>
      {items.map((item) => (
        <div key={item.file} className={s.line} data-testid="feedback-line" data-file={item.file}>
          <Body1>
            {tf.line(
              item.unitNameVi,
              item.issues.filter((i) => i.severity === 'error').length,
              item.issues.filter((i) => i.severity === 'warning').length,
            )}
          </Body1>
          <Button
            size="small"
            disabled={busy}
            onClick={() => void download(item)}
            data-testid="feedback-download"
          >
            {tf.download}
          </Button>
        </div>
      ))}
      <OutcomeBar outcome={outcome} testId="feedback-outcome" />
    </section>
  );
}
