// The unit registry the pane works with: the built-in one, or the office's list loaded from a
// file (.xlsx or .csv, the file `khcn registry` writes) and kept in the workbook (very hidden
// sheets, RegistryStore), so the workbook uses it again when reopened. The Mẫu biểu and Tổng hợp
// tabs read the catalogue from here; the registry code loads only when needed.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { loadCatalog, type Catalog } from '../domain/catalog';
import { renderIssue } from '../domain/issues';
import { useEnv, useLang, useStrings } from './context';

type Source = { kind: 'builtin' } | { kind: 'workbook' } | { kind: 'file'; file: string };

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded'; file: string }
  | { kind: 'refused'; file: string; messages: string[] }
  | { kind: 'failed'; reason: string }
  | { kind: 'stored-invalid' };

interface RegistryState {
  catalog: Catalog;
  source: Source;
  status: Status;
  load(file: File): Promise<void>;
  reset(): Promise<void>;
}

const RegistryContext = createContext<RegistryState | null>(null);

/** The catalogue with the registry in use (the built-in one outside a provider). */
export function useCatalog(): Catalog {
  return useContext(RegistryContext)?.catalog ?? loadCatalog();
}

const MAX_SHOWN = 20;
const WORKBOOK = 'sổ làm việc';

export function RegistryProvider({ children }: { children: ReactNode }) {
  const { registry: store } = useEnv();
  const { lang } = useLang();
  const base = useMemo(() => loadCatalog(), []);
  const [catalog, setCatalog] = useState<Catalog>(base);
  const [source, setSource] = useState<Source>({ kind: 'builtin' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const langRef = useRef(lang);
  langRef.current = lang;

  // The list kept in the workbook, once at start.
  useEffect(() => {
    if (!store) return;
    let live = true;
    void (async () => {
      try {
        const stored = await store.read();
        if (!stored || !live) return;
        const { registryFromStore } = await import(/* webpackChunkName: "registry" */ '../app/registry');
        const loaded = registryFromStore(base, stored, WORKBOOK);
        if (!live) return;
        if (loaded.catalog) {
          setCatalog(loaded.catalog);
          setSource({ kind: 'workbook' });
        } else setStatus({ kind: 'stored-invalid' });
      } catch {
        // No registry sheet readable: the built-in list stays.
      }
    })();
    return () => {
      live = false;
    };
  }, [store, base]);

  const load = useCallback(
    async (file: File) => {
      setStatus({ kind: 'loading' });
      try {
        const { loadRegistry, storedRegistry } = await import(
          /* webpackChunkName: "registry" */ '../app/registry'
        );
        const loaded = await loadRegistry(base, new Uint8Array(await file.arrayBuffer()), file.name);
        if (!loaded.catalog) {
          const messages = loaded.issues.map((i) => renderIssue(i, langRef.current));
          setStatus({ kind: 'refused', file: file.name, messages });
          return;
        }
        await store?.write(storedRegistry(loaded.catalog));
        setCatalog(loaded.catalog);
        setSource({ kind: 'file', file: file.name });
        setStatus({ kind: 'loaded', file: file.name });
      } catch (e) {
        setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
      }
    },
    [base, store],
  );

  const reset = useCallback(async () => {
    try {
      await store?.clear();
      setCatalog(base);
      setSource({ kind: 'builtin' });
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  }, [base, store]);

  const value = useMemo(
    () => ({ catalog, source, status, load, reset }),
    [catalog, source, status, load, reset],
  );
  return <RegistryContext.Provider value={value}>{children}</RegistryContext.Provider>;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: 'none' },
});

const mustReport = (c: Catalog): number =>
  c.units.filter((u) => u.mustReport && u.kind !== 'placeholder').length;

/** Which list is in use, and the buttons to load the office's file or go back to the built-in one. */
export function RegistryPicker() {
  const t = useStrings().registry;
  const s = useStyles();
  const state = useContext(RegistryContext);
  const input = useRef<HTMLInputElement>(null);
  if (!state) return null;
  const { catalog, source, status } = state;
  const n = mustReport(catalog);
  const current =
    source.kind === 'builtin'
      ? t.builtin(n)
      : source.kind === 'workbook'
        ? t.fromWorkbook(n)
        : t.fromFile(source.file, n);
  return (
    <section className={s.root} data-testid="registry-picker" aria-label={t.title}>
      <Text weight="semibold">{t.title}</Text>
      <Text data-testid="registry-source">{current}</Text>
      <div className={s.row}>
        <Button size="small" onClick={() => input.current?.click()} data-testid="registry-choose">
          {t.choose}
        </Button>
        {source.kind !== 'builtin' && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => void state.reset()}
            data-testid="registry-reset"
          >
            {t.reset}
          </Button>
        )}
        <input
          ref={input}
          className={s.hidden}
          type="file"
          accept=".xlsx,.csv,.txt"
          data-testid="registry-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void state.load(file);
          }}
        />
      </div>
      {status.kind === 'loading' && <Spinner size="tiny" label={t.loading} />}
      {status.kind === 'loaded' && (
        <MessageBar intent="success" data-testid="registry-status">
          <MessageBarBody>{t.loaded(status.file, n)}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'refused' && (
        <MessageBar intent="error" layout="multiline" data-testid="registry-status">
          <MessageBarBody>
            {t.refused(status.file)}
            <ul className={s.list}>
              {status.messages.slice(0, MAX_SHOWN).map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'failed' && (
        <MessageBar intent="error" data-testid="registry-status">
          <MessageBarBody>{t.failed(status.reason)}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'stored-invalid' && (
        <MessageBar intent="warning" data-testid="registry-status">
          <MessageBarBody>{t.storedInvalid}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
