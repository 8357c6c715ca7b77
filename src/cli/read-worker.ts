/**
 * A reading process of the read pool (read-pool.ts): reads one unit workbook at a time and sends
 * back either the file as read, or (when the pool gave it the catalogue) the file already
 * analysed: the compact record (values and issues) instead of the whole read model, so little
 * crosses between processes. It runs with its own heap limit and under the pool's timer, so a
 * crafted file that would hang or exhaust memory takes down this process only, never the batch.
 */
import { loadCatalog, type Catalog } from '../domain/catalog';
import { analyzeFile } from '../domain/consolidation/run-files';
import type { ReadJob, WorkerMessage } from './read-pool';
import { installNativeZlib } from './native-zlib';
import { packRegisters } from './register-transfer';
import { readReceivedPath } from './xlsx/template-reader';

installNativeZlib();

let catalog: Catalog | undefined;

async function run(job: ReadJob): Promise<void> {
  const read = await readReceivedPath(job.path, job.name);
  if (job.analyze === undefined || catalog === undefined) {
    process.send?.({ id: job.id, file: read });
    return;
  }
  const { receivedAt, sender, year, deadline } = job.analyze;
  const file = {
    ...read,
    ...(receivedAt !== undefined ? { receivedAt } : {}),
    ...(sender !== undefined ? { sender } : {}),
  };
  process.send?.({ id: job.id, record: packRegisters(analyzeFile(catalog, file, { year, deadline })) });
}

process.on('message', (m: WorkerMessage) => {
  if ('builtinCatalog' in m) catalog = loadCatalog();
  else if ('catalog' in m) catalog = m.catalog;
  else void run(m);
});
// The pool closes the channel when it is done: the process then ends by itself.
process.on('disconnect', () => process.exit(0));
