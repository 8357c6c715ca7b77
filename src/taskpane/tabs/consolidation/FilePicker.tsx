// Drop zone + "Chọn tệp…" for the received unit workbooks. The button opens the hidden file input
// (the keyboard path); dropping files anywhere else in the pane is ignored instead of letting the
// web view open the file in place of the add-in.
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { PickedFile } from '../../../app/ports';
import { useStrings } from '../../context';

export const ACCEPT = '.xlsx,.xlsm,.xls';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { display: 'none' },
});

export interface FilePickerProps {
  /** Files in the list. */
  count: number;
  /** Files of the last pick already in the list. */
  skipped: number;
  disabled: boolean;
  onFiles: (files: PickedFile[]) => void;
  onClear: () => void;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function FilePicker({ count, skipped, disabled, onFiles, onClear }: FilePickerProps) {
  const tc = useStrings().consolidation;
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId('drop-hint');
  const countId = useId('picked-count');

  // A file dropped beside the zone would replace the pane with the file: swallow such drops.
  useEffect(() => {
    const swallow = (e: Event) => e.preventDefault();
    window.addEventListener('dragover', swallow);
    window.addEventListener('drop', swallow);
    return () => {
      window.removeEventListener('dragover', swallow);
      window.removeEventListener('drop', swallow);
    };
  }, []);

  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setOver(true);
  };

  return (
    <div className={s.root}>
      <div
        className={mergeClasses(s.zone, over && s.over)}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!disabled && e.dataTransfer.files.length > 0) onFiles(Array.from(e.dataTransfer.files));
        }}
        data-testid="consolidation-drop-zone"
      >
        <Body1 id={hintId}>{over ? tc.dropActive : tc.dropHint}</Body1>
        <Caption1>{tc.or}</Caption1>
        <Button
          appearance="secondary"
          onClick={() => input.current?.click()}
          disabled={disabled}
          aria-describedby={`${hintId} ${countId}`}
          data-testid="consolidation-choose"
        >
          {tc.choose}
        </Button>
        <input
          ref={input}
          className={s.input}
          type="file"
          multiple
          accept={ACCEPT}
          tabIndex={-1}
          aria-hidden="true"
          disabled={disabled}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = ''; // choosing the same files again still fires a change
            if (files.length > 0) onFiles(files);
          }}
          data-testid="consolidation-file-input"
        />
        <Caption1>{tc.chooseHint}</Caption1>
      </div>
      <div className={s.row}>
        <Body1 id={countId} aria-live="polite" data-testid="consolidation-count">
          {count > 0 ? tc.picked(count) : ''}
          {skipped > 0 ? ` ${tc.duplicatesSkipped(skipped)}` : ''}
        </Body1>
        {count > 0 && (
          <Button
            appearance="subtle"
            size="small"
            onClick={onClear}
            disabled={disabled}
            data-testid="consolidation-clear"
          >
            {tc.clear}
          </Button>
        )}
      </div>
    </div>
  );
}
