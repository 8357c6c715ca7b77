// Reporting year and deadline. The texts are kept as typed; only valid values reach the flow.
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../../context';
import { viDateFromIso } from '../../../domain/template/vi-format';
import { parseDayMonthYear } from '../../../domain/vietnam-time';
import type { FlowOptions } from './flow';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  year: { width: '7em' },
  deadline: { width: '9em' },
  deadlineField: { flex: '1 1 12em' },
});

const parseYear = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined);

export interface RunOptionsFormProps {
  options: FlowOptions;
  disabled: boolean;
  onChange: (options: Partial<FlowOptions>) => void;
}

export function RunOptionsForm({ options, disabled, onChange }: RunOptionsFormProps) {
  const tc = useStrings().consolidation;
  const s = useStyles();
  const [yearText, setYearText] = useState(String(options.year));
  const [deadlineText, setDeadlineText] = useState(viDateFromIso(options.deadline));
  const yearOk = parseYear(yearText) !== undefined;
  const deadlineOk = parseDayMonthYear(deadlineText) !== undefined;

  return (
    <div className={s.row}>
      <Field
        label={tc.yearLabel}
        validationState={yearOk ? 'none' : 'error'}
        validationMessage={yearOk ? undefined : tc.yearInvalid}
      >
        <Input
          className={s.year}
          type="number"
          value={yearText}
          disabled={disabled}
          onChange={(_e, d) => {
            setYearText(d.value);
            const year = parseYear(d.value);
            if (year !== undefined) onChange({ year });
          }}
          data-testid="consolidation-year"
        />
      </Field>
      <Field
        className={s.deadlineField}
        label={tc.deadlineLabel}
        hint={deadlineOk ? tc.deadlineHint : undefined}
        validationState={deadlineOk ? 'none' : 'error'}
        validationMessage={deadlineOk ? undefined : tc.deadlineInvalid}
      >
        <Input
          className={s.deadline}
          inputMode="numeric"
          placeholder={tc.deadlinePlaceholder}
          value={deadlineText}
          disabled={disabled}
          onChange={(_e, d) => {
            setDeadlineText(d.value);
            const deadline = parseDayMonthYear(d.value);
            if (deadline !== undefined) onChange({ deadline });
          }}
          onBlur={() => {
            const deadline = parseDayMonthYear(deadlineText);
            if (deadline !== undefined) setDeadlineText(viDateFromIso(deadline));
          }}
          data-testid="consolidation-deadline"
        />
      </Field>
    </div>
  );
}
