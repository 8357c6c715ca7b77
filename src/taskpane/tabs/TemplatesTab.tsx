// "Mẫu biểu" tab: pick a reporting unit (accent-insensitive search, Vietnamese order) and a
// year, then insert the unit's template into this workbook. An existing template is replaced
// only after the confirmation dialog; the use case (src/app/insert-template.ts) does the rest.
import {
  Button,
  Combobox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  OptionGroup,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { insertTemplate } from '../../app/insert-template';
import type { ExistingTemplate } from '../../app/ports';
import type { ReportingUnit } from '../../domain/catalog';
import { useEnv, useLang, useStrings, useWorkbookRevision } from '../context';
import { RegistryPicker, useCatalog } from '../registry';
import { matches, sortVi } from '../search';
import { Panel, type TabProps } from './Panel';

const DEFAULT_YEAR = 2026;
const KINDS = ['agency', 'commune', 'placeholder'] as const;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  year: { width: '8em' },
  combo: { width: '100%', minWidth: 0 },
});

type State =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; intent: 'success' | 'warning' | 'error' | 'info'; lines: string[] };

interface Confirm {
  existing: ExistingTemplate;
  resolve: (yes: boolean) => void;
}

export function TemplatesTab({ missing }: TabProps) {
  const t = useStrings();
  const tt = t.templates;
  const { lang } = useLang();
  const s = useStyles();
  const { templates } = useEnv();
  const { bump } = useWorkbookRevision();
  const catalog = useCatalog();
  const units = useMemo(() => sortVi(catalog.units, (u) => u.nameVi), [catalog]);
  const [query, setQuery] = useState('');
  const [unit, setUnit] = useState<ReportingUnit | undefined>();
  const [yearText, setYearText] = useState(String(DEFAULT_YEAR));
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const confirmRef = useRef<Confirm | null>(null);

  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined;
  const nameOf = (u: ReportingUnit) => (lang === 'vi' ? u.nameVi : u.nameEn);
  // While the text equals the chosen unit's name, show every unit (the list opens unfiltered).
  const filtering = unit === undefined || query !== nameOf(unit);
  const shown =
    filtering && query.trim() !== ''
      ? units.filter((u) => matches(`${u.nameVi} ${u.nameEn} ${u.id}`, query))
      : units;

  const answer = (yes: boolean) => {
    confirmRef.current?.resolve(yes);
    confirmRef.current = null;
    setConfirm(null);
  };

  const insert = async () => {
    if (!templates || !unit || year === undefined) return;
    setState({ kind: 'running' });
    try {
      const result = await insertTemplate(
        templates.templates,
        catalog,
        { unitId: unit.id, year, generatedAt: new Date().toISOString() },
        (existing) =>
          new Promise<boolean>((resolve) => {
            const c = { existing, resolve };
            confirmRef.current = c;
            setConfirm(c);
          }),
      );
      switch (result.status) {
        case 'inserted': {
          bump();
          const lines = [tt.inserted(nameOf(unit), year, result.layout.inputs.length)];
          if (result.write.keptNames.length > 0) lines.push(tt.kept(result.write.keptNames.length));
          if (result.write.droppedNames.length > 0)
            lines.push(tt.dropped(result.write.droppedNames.join(', ')));
          setState({
            kind: 'done',
            intent: result.write.droppedNames.length > 0 ? 'warning' : 'success',
            lines,
          });
          break;
        }
        case 'conflict':
          setState({
            kind: 'done',
            intent: 'error',
            lines: [tt.conflict(result.sheets.map((n) => `“${n}”`).join(', '))],
          });
          break;
        case 'cancelled':
          setState({ kind: 'done', intent: 'info', lines: [tt.cancelled] });
          break;
        case 'unknown-unit':
          setState({ kind: 'done', intent: 'error', lines: [tt.failed(result.unitId)] });
          break;
      }
    } catch (e) {
      // A same-named sheet created between the question and the write (TemplateConflictError).
      const sheets = typeof e === 'object' && e !== null && 'sheets' in e ? e.sheets : undefined;
      const lines = Array.isArray(sheets)
        ? [tt.conflict(sheets.map((n) => `“${String(n)}”`).join(', '))]
        : [tt.failed(e instanceof Error ? e.message : String(e))];
      setState({ kind: 'done', intent: 'error', lines });
    }
  };

  const running = state.kind === 'running';
  return (
    <Panel id="templates" missing={missing} ready>
      <div className={s.form}>
        {templates && <RegistryPicker />}
        <Field label={tt.unitLabel} required>
          <Combobox
            className={s.combo}
            data-testid="unit-picker"
            placeholder={tt.unitPlaceholder}
            value={query}
            selectedOptions={unit ? [unit.id] : []}
            onChange={(e) => setQuery(e.target.value)}
            onOptionSelect={(_e, data) => {
              const picked = units.find((u) => u.id === data.optionValue);
              setUnit(picked);
              setQuery(picked ? nameOf(picked) : '');
            }}
            disabled={running}
          >
            {shown.length === 0 ? (
              <Option key="none" value="" text="" disabled>
                {tt.noUnitMatch}
              </Option>
            ) : (
              KINDS.map((kind) => {
                const inKind = shown.filter((u) => u.kind === kind);
                return inKind.length === 0 ? null : (
                  <OptionGroup key={kind} label={tt.unitKinds[kind]}>
                    {inKind.map((u) => (
                      <Option key={u.id} value={u.id} text={nameOf(u)}>
                        {nameOf(u)}
                      </Option>
                    ))}
                  </OptionGroup>
                );
              })
            )}
          </Combobox>
        </Field>
        <div className={s.row}>
          <Field
            label={tt.yearLabel}
            validationState={year === undefined ? 'error' : 'none'}
            validationMessage={year === undefined ? tt.yearInvalid : undefined}
          >
            <Input
              className={s.year}
              type="number"
              value={yearText}
              onChange={(_e, d) => setYearText(d.value)}
              data-testid="template-year"
              disabled={running}
            />
          </Field>
        </div>
        <div className={s.row}>
          <Button
            appearance="primary"
            onClick={() => void insert()}
            disabled={!templates || !unit || year === undefined || running || missing.length > 0}
            data-testid="insert-template"
          >
            {tt.insert}
          </Button>
          {running && <Spinner size="tiny" label={tt.inserting} />}
        </div>
        {state.kind === 'done' && (
          <MessageBar intent={state.intent} layout="multiline" data-testid="template-result">
            <MessageBarBody>
              {state.lines.map((l) => (
                <div key={l}>{l}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Dialog open={confirm !== null} onOpenChange={(_e, d) => !d.open && answer(false)} modalType="alert">
        <DialogSurface aria-describedby="confirm-body">
          <DialogBody>
            <DialogTitle>{tt.confirmTitle}</DialogTitle>
            <DialogContent id="confirm-body">
              <p>{tt.confirmBody(confirm?.existing.unitName, confirm?.existing.year)}</p>
              <p>{tt.confirmKeep}</p>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => answer(true)} data-testid="confirm-replace">
                {tt.confirmReplace}
              </Button>
              <Button appearance="secondary" onClick={() => answer(false)}>
                {tt.confirmCancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Panel>
  );
}
