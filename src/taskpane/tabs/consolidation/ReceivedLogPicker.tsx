// "Nạp sổ tệp đến…": the office's register of received files (the same file and checks as
// `khcn consolidate --received`): received times come from it instead of the files' dates, which
// change when a file is downloaded or copied. A register with errors is refused, naming its rows.
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { renderIssue } from '../../../domain/issues';
import type { ReceivedLog } from '../../../domain/received-log';
import { useLang, useStrings } from '../../context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { display: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ReceivedLogPicker({
  log,
  matched,
  notIn,
  disabled,
  onLog,
}: {
  log: ReceivedLog | null;
  /** Files whose received time the register gives / files it does not name. */
  matched: number;
  notIn: number;
  disabled: boolean;
  onLog: (log: ReceivedLog | null) => void;
}) {
  const tc = useStrings().consolidation;
  const { lang } = useLang();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ file: string; lines: string[] } | null>(null);

  const load = async (file: File) => {
    const { loadReceivedLog } = await import(/* webpackChunkName: "xlsx" */ '../../../app/user-lists');
    const parsed = await loadReceivedLog(new Uint8Array(await file.arrayBuffer()), file.name);
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0 || parsed.log === undefined) {
      setRefused({ file: file.name, lines: errors.map((i) => renderIssue(i, lang)) });
      return;
    }
    setRefused(null);
    onLog(parsed.log);
  };

  return (
    <div className={s.root} data-testid="received-log">
      <div className={s.row}>
        <Button
          size="small"
          disabled={disabled}
          onClick={() => input.current?.click()}
          data-testid="received-log-load"
        >
          {tc.logLoad}
        </Button>
        {log && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onLog(null)}>
            {tc.logRemove}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx,.json,.txt,.tsv"
          className={s.input}
          data-testid="received-log-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void load(f);
          }}
        />
      </div>
      <Caption1>{tc.logHint}</Caption1>
      {log && (
        <MessageBar intent="success" layout="multiline" data-testid="received-log-status">
          <MessageBarBody>{tc.logLoaded(log.file, log.entries.length, matched)}</MessageBarBody>
        </MessageBar>
      )}
      {log && notIn > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="received-log-missing">
          <MessageBarBody>{tc.logNotIn(notIn)}</MessageBarBody>
        </MessageBar>
      )}
      {refused && (
        <MessageBar intent="error" layout="multiline" data-testid="received-log-refused">
          <MessageBarBody>
            <MessageBarTitle>{tc.logRefused(refused.file)}</MessageBarTitle>
            <ul className={s.list}>
              {refused.lines.slice(0, 10).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
