// Worker thread entry (bundled as dist/check-worker.js): analyses the batches it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFiles, type BatchJob, type WorkerInit } from './analyze-files';
import { settingsFrom } from './settings';

const settings = settingsFrom((workerData as WorkerInit).config);

parentPort?.on('message', (job: BatchJob & { id: number }) => {
  analyzeFiles(job, settings, true).then(
    (result) => parentPort?.postMessage({ id: job.id, result }),
    (e: unknown) => parentPort?.postMessage({ id: job.id, error: String((e as Error)?.stack ?? e) }),
  );
});
