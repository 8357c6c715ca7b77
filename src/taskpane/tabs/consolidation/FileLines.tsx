// One line per received file, in the run's order (file name): the unit recognised, on time or
// late, whether it is used (or superseded / rejected, and why), and its error and warning counts.
import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { findUnit, type Catalog } from '../../../domain/catalog';
import type { FileLine } from '../../../domain/consolidation/run-types';
import { renderIssue, type Issue, type Lang } from '../../../domain/issues';
import { useLang, useStrings } from '../../context';
import { formatVietnamTime, parseVietnamTime } from '../../../domain/vietnam-time';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  line: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  superseded: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  rejected: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  unknown: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  reason: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The issue without its file name: the line already shows it. */
export function reasonText(issue: Issue, lang: Lang): string {
  const { file: _file, ...rest } = issue;
  return renderIssue(rest, lang);
}

const USE_COLOR = { used: 'success', superseded: 'informative', rejected: 'danger' } as const;
const COMPLETION_COLOR = { complete: 'success', blocked: 'danger', draft: 'warning' } as const;

export interface FileLinesProps {
  lines: readonly FileLine[];
  catalog: Catalog;
  /** Files the office must choose between (ties, suspect files): each gets "Dùng tệp này". */
  choices?: ReadonlySet<string>;
  onPin?: (file: string) => void;
  onRemove?: (file: string) => void;
  /** The office's own received time for a file (null: undo the edit). */
  onEditTime?: (file: string, at: number | null) => void;
  /** Files whose received time the office edited. */
  edited?: ReadonlySet<string>;
}

/** "Sửa thời điểm nhận": an inline field, checked as the register's times are. */
function TimeEditor({ onSave, onCancel }: { onSave: (at: number) => void; onCancel: () => void }) {
  const tc = useStrings().consolidation;
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const save = () => {
    const at = parseVietnamTime(text);
    if (Number.isNaN(at)) setInvalid(true);
    else onSave(at);
  };
  return (
    <Field
      label={tc.editTimeLabel}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? tc.editTimeInvalid : undefined}
    >
      <span className={useStyles().badges}>
        <Input
          size="small"
          value={text}
          onChange={(_e, d) => {
            setText(d.value);
            setInvalid(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') onCancel();
          }}
          data-testid="file-time-input"
        />
        <Button size="small" appearance="primary" onClick={save} data-testid="file-time-save">
          {tc.editTimeSave}
        </Button>
      </span>
    </Field>
  );
}

/** Problems shown on a line (the rest are on the status sheet and in the feedback workbook). */
const SHOWN_PROBLEMS = 5;

/** The unit's own problems of a file: errors first, then warnings (the reason is shown apart). */
const problemsOf = (l: FileLine): Issue[] =>
  [
    ...l.issues.filter((i) => i.severity === 'error'),
    ...l.issues.filter((i) => i.severity === 'warning'),
  ].filter((i) => i !== l.reason);

export function FileLines({ lines, catalog, choices, onPin, onRemove, onEditTime, edited }: FileLinesProps) {
  const tc = useStrings().consolidation;
  const { lang } = useLang();
  const s = useStyles();
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const shown = problemsOnly ? lines.filter((l) => l.errors + l.warnings > 0 || l.use === 'rejected') : lines;
  const count = (use: FileLine['use']) => lines.filter((l) => l.use === use).length;
  const unitName = (l: FileLine) => {
    if (!l.unitId) return undefined;
    if (lang === 'vi') return l.unitNameVi ?? findUnit(catalog, l.unitId)?.nameVi ?? l.unitId;
    return findUnit(catalog, l.unitId)?.nameEn ?? l.unitNameVi ?? l.unitId;
  };

  return (
    <section className={s.root} aria-labelledby="consolidation-files-title" data-testid="consolidation-files">
      <Subtitle2 as="h3" id="consolidation-files-title">
        {tc.filesTitle(lines.length)}
      </Subtitle2>
      <Caption1>{tc.filesSummary(count('used'), count('superseded'), count('rejected'))}</Caption1>
      <Switch
        label={tc.problemsOnly}
        checked={problemsOnly}
        onChange={(_e, d) => setProblemsOnly(d.checked)}
        data-testid="files-problems-only"
      />
      <ul className={s.list} aria-labelledby="consolidation-files-title">
        {shown.map((l, i) => {
          const problems = problemsOf(l);
          const unit = unitName(l);
          const when = formatVietnamTime(l.receivedAt);
          // Keyed by position too: two picked files may share a name (different folders).
          return (
            <li
              key={`${i}-${l.file}`}
              className={mergeClasses(s.line, l.use !== 'used' && s[l.use])}
              data-testid="consolidation-file-line"
              data-file={l.file}
              data-use={l.use}
            >
              <span className={s.name}>{l.file}</span>
              <span className={unit ? undefined : s.unknown} data-testid="file-unit">
                {unit ?? tc.unknownUnit}
              </span>
              <span className={s.badges}>
                <Badge appearance="tint" color={USE_COLOR[l.use]} data-testid="file-use">
                  {tc.use[l.use]}
                </Badge>
                {l.timeliness && (
                  <Badge
                    appearance="outline"
                    color={l.timeliness === 'late' ? 'warning' : 'success'}
                    data-testid="file-timeliness"
                  >
                    {tc.timeliness[l.timeliness]}
                  </Badge>
                )}
                {l.completion !== undefined && l.completion !== 'unmarked' && (
                  <Badge
                    appearance="outline"
                    color={COMPLETION_COLOR[l.completion]}
                    data-testid="file-completion"
                  >
                    {tc.completion[l.completion]}
                  </Badge>
                )}
                {l.errors > 0 && (
                  <Badge appearance="filled" color="danger">
                    {tc.errors(l.errors)}
                  </Badge>
                )}
                {l.warnings > 0 && (
                  <Badge appearance="filled" color="warning">
                    {tc.warnings(l.warnings)}
                  </Badge>
                )}
              </span>
              {l.reason && l.use !== 'used' && (
                <Caption1 className={s.reason} data-testid="file-reason">
                  {reasonText(l.reason, lang)}
                </Caption1>
              )}
              {problems.length > 0 && (
                <ul className={s.problems} data-testid="file-problems">
                  {problems.slice(0, SHOWN_PROBLEMS).map((p, k) => (
                    <li key={k}>
                      <Caption1 className={p.severity === 'error' ? s.error : s.reason}>
                        {reasonText(p, lang)}
                      </Caption1>
                    </li>
                  ))}
                  {problems.length > SHOWN_PROBLEMS && (
                    <li>
                      <Caption1 className={s.muted}>
                        {tc.moreProblems(problems.length - SHOWN_PROBLEMS)}
                      </Caption1>
                    </li>
                  )}
                </ul>
              )}
              {when && (
                <Caption1 className={s.muted} data-testid="file-received-at">
                  {tc.receivedAt(when)}
                  {edited?.has(l.file) ? ` ${tc.editedTime}` : ''}
                </Caption1>
              )}
              {onEditTime && editing === l.file && (
                <TimeEditor
                  onSave={(at) => {
                    onEditTime(l.file, at);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              )}
              <span className={s.badges}>
                {onPin && l.use !== 'used' && choices?.has(l.file) && (
                  <Button size="small" onClick={() => onPin(l.file)} data-testid="file-pin">
                    {tc.pin}
                  </Button>
                )}
                {onEditTime && editing !== l.file && (
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => setEditing(l.file)}
                    data-testid="file-time-edit"
                  >
                    {tc.editTime}
                  </Button>
                )}
                {onEditTime && edited?.has(l.file) && (
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => onEditTime(l.file, null)}
                    data-testid="file-time-reset"
                  >
                    {tc.editTimeReset}
                  </Button>
                )}
                {onRemove && (
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => onRemove(l.file)}
                    data-testid="file-remove"
                  >
                    {tc.remove}
                  </Button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
