// Vietnamese is the default; one button switches to English and back.
import { Button } from '@fluentui/react-components';
import { useLang, useStrings } from './context';

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useStrings();
  return (
    <Button
      size="small"
      appearance="subtle"
      aria-label={t.switchLanguageLabel}
      onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
      data-testid="language-switch"
    >
      {t.switchLanguage}
    </Button>
  );
}
