// Worker thread that reads one large export (see export.ts): parses it and reads
// its rows through the mapping, and posts the batches, in order, to the thread
// that makes the records. The columns of numbers are moved, not copied. Loaded as
// CommonJS (see export-thread.mjs): no top-level await.
import { parentPort, workerData } from 'node:worker_threads';
import { readCsv } from './csv.ts';
import { ExportSink } from './export-rows.ts';
import type { ThreadInput, ThreadMessage } from './export-thread-protocol.ts';
import { DataError } from './data-error.ts';

const { path, mapping, file, dialect } = workerData as ThreadInput;
const post = (message: ThreadMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

async function run(): Promise<void> {
  const sink = new ExportSink(mapping, file, (batch) => post({ kind: 'batch', batch }, [batch.names.buffer, batch.codes.buffer, batch.numbers.buffer] as ArrayBuffer[]));
  const result = await readCsv(path, sink, dialect);
  sink.end();
  post({ kind: 'done', rows: result.rows, header: result.header, dialect: result.dialect, latest: sink.latest });
}

run().catch((e: unknown) => {
  const error = e as Error & { code?: string };
  const data = e instanceof DataError ? { file: e.file, detail: e.message.slice(e.file.length + 2) } : null;
  post({ kind: 'error', message: error.message ?? String(e), stack: error.stack ?? '', code: error.code ?? null, data });
});
