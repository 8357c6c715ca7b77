// "Nạp số liệu kỳ trước…": last period's figures (the same file and checks as
// `khcn consolidate --previous`): last year's consolidated workbook or a `khcn baseline` table.
// A file with errors is refused, naming its rows; the consolidation is computed again at once.
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
import type { Catalog } from '../../../domain/catalog';
import { renderIssue } from '../../../domain/issues';
import type { PreviousPeriod } from '../../../domain/previous/model';
import { useLang, useStrings } from '../../context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { display: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function PreviousPicker({
  previous,
  catalog,
  year,
  disabled,
  onPrevious,
}: {
  previous: PreviousPeriod | null;
  catalog: Catalog;
  /** The reporting year: the previous period must be earlier. */
  year: number;
  disabled: boolean;
  onPrevious: (previous: PreviousPeriod | null) => void;
}) {
  const tc = useStrings().consolidation;
  const { lang } = useLang();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ file: string; lines: string[] } | null>(null);

  const load = async (file: File) => {
    const { loadPrevious } = await import(/* webpackChunkName: "xlsx" */ '../../../app/previous');
    const parsed = await loadPrevious(catalog, new Uint8Array(await file.arrayBuffer()), file.name, year);
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0 || parsed.previous === undefined) {
      setRefused({ file: file.name, lines: errors.map((i) => renderIssue(i, lang)) });
      return;
    }
    setRefused(null);
    onPrevious(parsed.previous);
  };

  return (
    <div className={s.root} data-testid="previous">
      <div className={s.row}>
        <Button
          size="small"
          disabled={disabled}
          onClick={() => input.current?.click()}
          data-testid="previous-load"
        >
          {tc.previousLoad}
        </Button>
        {previous && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onPrevious(null)}>
            {tc.previousRemove}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept=".xlsx,.csv"
          className={s.input}
          data-testid="previous-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void load(f);
          }}
        />
      </div>
      <Caption1>{tc.previousHint}</Caption1>
      {previous && (
        <MessageBar intent="success" layout="multiline" data-testid="previous-status">
          <MessageBarBody>
            {tc.previousLoaded(
              previous.source,
              previous.year,
              Object.keys(previous.province).length,
              Object.keys(previous.units).length,
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {refused && (
        <MessageBar intent="error" layout="multiline" data-testid="previous-refused">
          <MessageBarBody>
            <MessageBarTitle>{tc.previousRefused(refused.file)}</MessageBarTitle>
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
