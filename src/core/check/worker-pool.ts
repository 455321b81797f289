// Spreads batches of files over worker threads; falls back to the calling thread when workers are unavailable.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchJob, BatchResult, WorkerInit } from './analyze-files';

const BATCH = 200;

/** The bundled worker script, when present (it is absent when the core runs from compiled tests). */
export function workerScript(dir: string): string | null {
  const file = `${dir}/check-worker.js`;
  return existsSync(file) ? file : null;
}

export interface PoolOptions {
  threads?: number;
  /** Stops the workers; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each batch with the number of files done so far. */
  onProgress?: (done: number, total: number) => void;
}

export async function analyzeInWorkers(script: string, init: WorkerInit, root: string, files: string[], metadataFor: (rel: string) => BatchJob['metadata'], options: PoolOptions = {}): Promise<BatchResult> {
  const { threads = Math.max(1, Math.min(availableParallelism(), 4)), signal, onProgress } = options;
  signal?.throwIfAborted();
  const batches: BatchJob[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const slice = files.slice(i, i + BATCH);
    batches.push({ root, files: slice, metadata: slice.flatMap((f) => metadataFor(f)) });
  }
  const results: BatchResult[] = new Array(batches.length);
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(script, { workerData: init }));
  let next = 0;
  let done = 0;
  let abort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    abort = () => reject(signal?.reason);
    signal?.addEventListener('abort', abort, { once: true });
  });
  aborted.catch(() => {}); // only raced below
  try {
    const all = Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= batches.length) return resolve();
              const id = next++;
              w.postMessage({ ...batches[id], id });
            };
            w.on('message', (m: { id: number; result?: BatchResult; error?: string }) => {
              if (m.error !== undefined) return reject(new Error(m.error));
              results[m.id] = m.result!;
              done += m.result!.length;
              onProgress?.(done, files.length);
              send();
            });
            w.on('error', reject);
            send();
          }),
      ),
    );
    all.catch(() => {}); // after an abort, nobody waits for it
    await Promise.race([all, aborted]);
  } finally {
    if (abort) signal?.removeEventListener('abort', abort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
