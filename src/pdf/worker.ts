// Worker thread entry: renders batches of client reports and says how many it wrote.
import { parentPort } from 'node:worker_threads';
import { runClientJob, type ClientJob } from './jobs.ts';

parentPort!.on('message', async (batch: ClientJob[]) => {
  try {
    for (const job of batch) await runClientJob(job);
    parentPort!.postMessage({ done: batch.length });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
});
