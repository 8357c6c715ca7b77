// Task pane root: Fluent provider, language state, and either the Excel shell or the
// "open me in Excel" message. Services are injected (src/main.tsx); this layer never imports src/excel.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ExcelServices, HostInfo } from '../app/ports';
import { EnvContext, LangContext } from './context';
import { OutsideExcel } from './OutsideExcel';
import { Shell } from './Shell';
import type { Lang } from './strings';

export interface AppProps {
  host: HostInfo;
  services: ExcelServices | null;
  initialLang?: Lang;
}

export function App({ host, services, initialLang = 'vi' }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const env = useMemo(() => ({ host, services }), [host, services]);
  const langState = useMemo(() => ({ lang, setLang }), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <EnvContext.Provider value={env}>
        <LangContext.Provider value={langState}>
          {host.kind === 'excel' && services ? <Shell services={services} /> : <OutsideExcel />}
        </LangContext.Provider>
      </EnvContext.Provider>
    </FluentProvider>
  );
}
