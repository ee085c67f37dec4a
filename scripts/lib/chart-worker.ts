/**
 * The chart thread's side (started by chart-thread.ts): draws each job it is sent and posts the
 * markup back under the same id. First it says whether the linkedom speed patch applied here —
 * the --import that applies it is inherited from the build process (lazy-listeners.ts).
 */
import { parentPort } from 'node:worker_threads';
import { drawJob, type ChartJob } from '../../src/lib/chart/chart-drawer.ts';
import { patched } from './lazy-listeners.ts';

export type ToThread = { id: number; job: ChartJob };
export type FromThread =
  { kind: 'ready'; patched: boolean } | { kind: 'drawn'; id: number; svg: string } | { kind: 'failed'; id: number; message: string };

const port = parentPort!;
const say = (m: FromThread) => port.postMessage(m);
say({ kind: 'ready', patched: patched.length > 0 });
port.on('message', ({ id, job }: ToThread) => {
  try {
    say({ kind: 'drawn', id, svg: drawJob(job) });
  } catch (err) {
    say({ kind: 'failed', id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
