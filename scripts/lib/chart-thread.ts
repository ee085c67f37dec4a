/**
 * A worker thread that draws the pages' charts (see src/lib/chart/chart-drawer.ts for why). The
 * build starts one, registers it as the pages' drawer, and closes it when the pages are built.
 *
 * A drawing that fails rejects with the worker's error (the page, and so the build, fails with
 * it); a worker that dies rejects every drawing in flight and every one asked after.
 */
import { Worker } from 'node:worker_threads';
import type { ChartDrawer } from '../../src/lib/chart/chart-drawer.ts';
import type { FromThread, ToThread } from './chart-worker.ts';

export interface ChartThread extends ChartDrawer {
  /** Whether linkedom's speed patch applied in the thread (false: charts are right, only slower). */
  readonly patched: Promise<boolean>;
  /** How many charts the thread drew. */
  readonly drawn: number;
  close(): Promise<void>;
}

export function startChartThread(): ChartThread {
  const worker = new Worker(new URL('./chart-worker.ts', import.meta.url));
  const pending = new Map<number, { resolve: (svg: string) => void; reject: (err: Error) => void }>();
  let next = 0;
  let drawn = 0;
  let dead: Error | null = null;
  let ready!: (patched: boolean) => void;
  const patched = new Promise<boolean>((resolve) => (ready = resolve));
  // Idle, the thread must not keep the process alive; while a drawing is awaited it must.
  worker.unref();

  const settle = (id: number) => {
    const p = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return p;
  };
  const die = (err: Error) => {
    dead ??= err;
    ready(false);
    for (const p of pending.values()) p.reject(dead);
    pending.clear();
    worker.unref();
  };
  worker.on('message', (m: FromThread) => {
    if (m.kind === 'ready') ready(m.patched);
    else if (m.kind === 'drawn') {
      drawn++;
      settle(m.id)?.resolve(m.svg);
    } else settle(m.id)?.reject(new Error(`chart thread: ${m.message}`));
  });
  worker.on('error', (err: Error) => die(new Error(`chart thread failed: ${err.message}`, { cause: err })));
  worker.on('exit', (code) => die(new Error(`chart thread exited (code ${code})`)));

  return {
    patched,
    get drawn() {
      return drawn;
    },
    draw(job) {
      if (dead) return Promise.reject(dead);
      return new Promise<string>((resolve, reject) => {
        const id = next++;
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, job } satisfies ToThread);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
