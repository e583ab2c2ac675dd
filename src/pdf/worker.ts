// Worker thread entry: first the part of the model all clients share, then
// batches of client jobs; renders them and says how many it wrote.
import { parentPort } from 'node:worker_threads';
import { runCompactJob, type CompactJob, type SharedView } from './jobs.ts';

type Message = { shared: SharedView } | { batch: CompactJob[] };
let shared: SharedView | undefined;

parentPort!.on('message', async (m: Message) => {
  if ('shared' in m) {
    shared = m.shared;
    return;
  }
  try {
    for (const job of m.batch) await runCompactJob(shared!, job);
    parentPort!.postMessage({ done: m.batch.length });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
});
