// Add-in name plus the open workbook's name and sheet count (one Excel round trip on mount).
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ExcelServices, WorkbookSummary } from '../app/ports';
import { useStrings, useWorkbookRevision } from './context';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

type State = { kind: 'loading' } | { kind: 'ok'; summary: WorkbookSummary } | { kind: 'error' };

export function Header({ services }: { services: ExcelServices }) {
  const t = useStrings();
  const s = useStyles();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const { revision } = useWorkbookRevision();

  useEffect(() => {
    let live = true;
    services.getWorkbookSummary().then(
      (summary) => live && setState({ kind: 'ok', summary }),
      () => live && setState({ kind: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [services, revision]);

  const caption =
    state.kind === 'loading'
      ? t.loadingWorkbook
      : state.kind === 'error'
        ? t.workbookError
        : t.workbook(state.summary.name || t.unsavedWorkbook, state.summary.sheets.length);

  return (
    <header className={s.root}>
      <div className={s.titles}>
        <Text as="h1" size={400} weight="semibold" data-testid="app-name">
          {t.appName}
        </Text>
        <Caption1 data-testid="workbook-caption">{caption}</Caption1>
      </div>
      <LanguageSwitch />
    </header>
  );
}
