// Worker thread that reads one large export, or its second part (see read.ts):
// parses it, reads its rows through the mapping, and posts the batches, in order,
// to the thread that makes the records. The columns of numbers are moved, not
// copied. Loaded as CommonJS (see thread.mjs): no top-level await.
import { parentPort, workerData } from 'node:worker_threads';
import { DataError } from '../data-error.ts';
import type { RowBatch } from './batch.ts';
import { readExportRows } from './rows.ts';
import type { ErrorDetails, ThreadInput, ThreadMessage } from './thread-protocol.ts';

const { path, mapping, file, dialect, taken, inFlight, range } = workerData as ThreadInput;
const post = (message: ThreadMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
const takenCount = new Int32Array(taken);
let posted = 0;

/** Posts a batch once fewer than `inFlight` are waiting to be taken: memory stays flat if the other thread falls behind. */
function send(batch: RowBatch): void {
  for (let seen = Atomics.load(takenCount, 0); posted - seen >= inFlight; seen = Atomics.load(takenCount, 0)) Atomics.wait(takenCount, 0, seen, 1000);
  post({ kind: 'batch', batch }, [batch.names.buffer, batch.codes.buffer, batch.numbers.buffer] as ArrayBuffer[]);
  posted++;
}

/** The error, as the receiving thread throws it again (see revive in read.ts). */
function postError(e: unknown): void {
  const error = e as Error & ErrorDetails;
  const data = e instanceof DataError ? { file: e.file, detail: e.message.slice(e.file.length + 2) } : null;
  const details: ErrorDetails = {};
  for (const key of ['code', 'errno', 'syscall', 'path'] as const) if (error[key] !== undefined) Object.assign(details, { [key]: error[key] });
  post({ kind: 'error', name: error.name ?? 'Error', message: error.message ?? String(e), stack: error.stack ?? '', details, data });
}

readExportRows(path, mapping, file, dialect, send, range).then((end) => post({ kind: 'done', ...end }), postError);
