// Handing the office a file from the task pane: make its bytes, let the browser download them, and
// say how it went (one message bar per button: the report, the reminder list, a feedback workbook).
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConsolidationServices } from '../app/ports';
import type { Catalog } from '../domain/catalog';
import type { ConsolidationRun } from '../domain/consolidation/run-types';

/** Saves bytes as a file the browser downloads. */
export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later: the download may start after this returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What a button needs to make a file from this session's consolidation. */
export interface RunFileProps {
  services: ConsolidationServices;
  catalog: Catalog;
  run: ConsolidationRun;
}

export interface Outcome {
  ok: boolean;
  text: string;
}

/** A file to hand over, and what to say once it is: made by `make`, named and typed by it. */
export interface Made {
  bytes: Uint8Array;
  name: string;
  type: string;
  said: string;
}

/**
 * Runs one download: `busy` while the file is made, then the outcome (`failed` words an error).
 * A `make` that returns a plain Outcome says why there is nothing to download.
 */
export function useDownload(failed: (message: string) => string) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const start = async (make: () => Promise<Made | Outcome>): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const made = await make();
      if ('bytes' in made) {
        downloadBytes(made.bytes, made.name, made.type);
        setOutcome({ ok: true, text: made.said });
      } else setOutcome(made);
    } catch (e) {
      setOutcome({ ok: false, text: failed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, start };
}

export function OutcomeBar({ outcome, testId }: { outcome: Outcome | null; testId: string }) {
  if (outcome === null) return null;
  return (
    <MessageBar intent={outcome.ok ? 'success' : 'error'} layout="multiline" data-testid={testId}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  );
}
