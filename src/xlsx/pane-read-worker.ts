/**
 * The task pane's read worker (a Web Worker): reads one picked file at a time with the shared
 * reader, off the UI thread, so the pane stays responsive while 100 files are read. Started by
 * pane-read-pool.ts, which bounds each read in time.
 */
import { readPickedFile } from './picked-file';

interface Job {
  id: number;
  file: File;
  name: string;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const { id, file, name } = e.data;
  void readPickedFile(file, name).then((result) => scope.postMessage({ id, result }));
};
