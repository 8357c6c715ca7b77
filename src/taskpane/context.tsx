// React contexts of the task pane: the injected host/services and the UI language.
import { createContext, useContext } from 'react';
import type {
  ConsolidationServices,
  ExcelServices,
  HostInfo,
  RegistryStore,
  TemplateServices,
} from '../app/ports';
import { STRINGS, type Lang, type Strings } from './strings';

export interface AppEnv {
  host: HostInfo;
  /** null outside Excel. */
  services: ExcelServices | null;
  /** Templates and in-place validation; null outside Excel. */
  templates: TemplateServices | null;
  /** Reading received workbooks and writing the consolidated report; null outside Excel. */
  consolidation: ConsolidationServices | null;
  /** The office's unit registry kept in the workbook; null outside Excel. */
  registry: RegistryStore | null;
}

export const EnvContext = createContext<AppEnv | null>(null);

export function useEnv(): AppEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('useEnv outside <App>');
  return env;
}

export interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: 'vi', setLang: () => undefined });

export function useLang(): LangState {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext).lang];
}

/** Bumped after the add-in changes the workbook's sheets, so the header reads its summary again. */
export interface WorkbookRevision {
  revision: number;
  bump: () => void;
}

export const WorkbookRevisionContext = createContext<WorkbookRevision>({
  revision: 0,
  bump: () => undefined,
});

export function useWorkbookRevision(): WorkbookRevision {
  return useContext(WorkbookRevisionContext);
}
