// Shown when the page is opened outside Excel (plain browser, Word…, or office.js did not load).
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from './context';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export function OutsideExcel() {
  const t = useStrings();
  const s = useStyles();
  return (
    <main className={s.root} data-testid="outside-excel">
      <Text as="h1" size={500} weight="semibold">
        {t.appName}
      </Text>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.outsideTitle}</MessageBarTitle>
          {t.outsideBody.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </MessageBarBody>
      </MessageBar>
      <LanguageSwitch />
    </main>
  );
}
