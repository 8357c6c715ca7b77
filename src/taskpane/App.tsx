// Task pane root: Fluent provider, language state, and either the Excel shell or the
// "open me in Excel" message. Services are injected (src/main.tsx); this layer never imports src/excel.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type {
  ConsolidationServices,
  ExcelServices,
  HostInfo,
  RegistryStore,
  TemplateServices,
} from '../app/ports';
import { EnvContext, LangContext, WorkbookRevisionContext } from './context';
import { OutsideExcel } from './OutsideExcel';
import { RegistryProvider } from './registry';
import { Shell } from './Shell';
import type { Lang } from './strings';

export interface AppProps {
  host: HostInfo;
  services: ExcelServices | null;
  /** Templates and in-place validation (src/excel/template-services.ts in Excel). */
  templates?: TemplateServices | null;
  /** Consolidation of the received workbooks (src/excel/consolidation-writer.ts + the xlsx chunk). */
  consolidation?: ConsolidationServices | null;
  /** The office's unit registry kept in the workbook (src/excel/registry-store.ts). */
  registry?: RegistryStore | null;
  initialLang?: Lang;
}

export function App({
  host,
  services,
  templates = null,
  consolidation = null,
  registry = null,
  initialLang = 'vi',
}: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const env = useMemo(
    () => ({ host, services, templates, consolidation, registry }),
    [host, services, templates, consolidation, registry],
  );
  const langState = useMemo(() => ({ lang, setLang }), [lang]);
  const [revision, setRevision] = useState(0);
  const workbook = useMemo(() => ({ revision, bump: () => setRevision((r) => r + 1) }), [revision]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <EnvContext.Provider value={env}>
        <LangContext.Provider value={langState}>
          <WorkbookRevisionContext.Provider value={workbook}>
            {host.kind === 'excel' && services ? (
              <RegistryProvider>
                <Shell services={services} />
              </RegistryProvider>
            ) : (
              <OutsideExcel />
            )}
          </WorkbookRevisionContext.Provider>
        </LangContext.Provider>
      </EnvContext.Provider>
    </FluentProvider>
  );
}
