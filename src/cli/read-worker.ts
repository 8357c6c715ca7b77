/**
 * A reading process of the read pool (read-pool.ts): reads one unit workbook at a time and sends
 * the result back. It runs with its own heap limit and under the pool's timer, so a crafted file
 * that would hang or exhaust memory takes down this process only, never the batch.
 */
import { readReceivedPath } from './xlsx/template-reader';

export interface ReadJob {
  id: number;
  path: string;
  name: string;
}

process.on('message', (job: ReadJob) => {
  void readReceivedPath(job.path, job.name).then((result) => process.send?.({ id: job.id, result }));
});
// The pool closes the channel when it is done: the process then ends by itself.
process.on('disconnect', () => process.exit(0));
