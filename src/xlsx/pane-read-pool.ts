/**
 * Reading picked files in Web Workers (pane-read-worker.ts): up to `size` files at a time, each
 * under LIMITS.readSeconds; a worker that does not answer in time is ended and its file becomes
 * a rejected line (FILE_READ_TIMEOUT), one that fails a rejected line too. An oversized file is
 * refused from File.size before any worker loads it. Browsers offer no memory limit per worker:
 * the reader's own caps (limits.ts) bound what one file can allocate.
 */
import type { PickedFile, XlsxTools } from '../app/ports';
import type { ReceivedFile } from '../domain/consolidation/run-types';
import { makeIssue } from '../domain/issues';
import { LIMITS } from './limits';
import { MAX_FILE_BYTES, sizeIssue } from './package-check';
import { reportBase64 } from './pane-tools';
import { unreadPicked } from './picked-file';

interface Pending {
  id: number;
  file: PickedFile;
  name: string;
  resolve: (r: ReceivedFile) => void;
}

interface Slot {
  worker: Worker;
  current?: Pending;
  timer?: ReturnType<typeof setTimeout>;
}

export function createWorkerTools(
  makeWorker: () => Worker,
  size: number,
  timeoutMs = LIMITS.readSeconds * 1000,
): XlsxTools {
  const queue: Pending[] = [];
  const idle: Slot[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;

  const finish = (slot: Slot, result: ReceivedFile): void => {
    clearTimeout(slot.timer);
    const p = slot.current;
    slot.current = undefined;
    p?.resolve(result);
  };
  const lose = (slot: Slot, code: 'FILE_READ_TIMEOUT' | 'FILE_CORRUPT'): void => {
    if (!slots.delete(slot)) return;
    slot.worker.terminate();
    const p = slot.current;
    if (p) {
      const issue =
        code === 'FILE_READ_TIMEOUT'
          ? makeIssue(code, { seconds: timeoutMs / 1000 }, { file: p.name })
          : makeIssue(code, {}, { file: p.name });
      finish(slot, unreadPicked(p.file, p.name, issue));
    }
    pump();
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: makeWorker() };
    slots.add(slot);
    slot.worker.onmessage = (e: MessageEvent<{ id: number; result: ReceivedFile }>) => {
      if (slot.current?.id !== e.data.id) return;
      finish(slot, e.data.result);
      idle.push(slot);
      pump();
    };
    slot.worker.onerror = () => lose(slot, 'FILE_CORRUPT');
    return slot;
  };
  const pump = (): void => {
    while (queue.length > 0) {
      const slot = idle.pop() ?? (slots.size < size ? spawn() : undefined);
      if (slot === undefined) return;
      const p = queue.shift() as Pending;
      slot.current = p;
      slot.timer = setTimeout(() => lose(slot, 'FILE_READ_TIMEOUT'), timeoutMs);
      slot.worker.postMessage({ id: p.id, file: p.file, name: p.name });
    }
  };

  return {
    concurrency: size,
    warmUp() {
      while (slots.size < size) idle.push(spawn());
    },
    readPicked(file, name = file.name) {
      const tooBig = sizeIssue(file.size, name, MAX_FILE_BYTES);
      if (tooBig) return Promise.resolve(unreadPicked(file, name, tooBig));
      return new Promise((resolve) => {
        queue.push({ id: nextId++, file, name, resolve });
        pump();
      });
    },
    reportBase64,
  };
}
