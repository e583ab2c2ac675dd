// Reads a helpdesk export (Zendesk, Jira Service Management, TOPdesk, ...) through
// its mapping into engine tickets: every row ends as a ticket record or a
// set-aside record (the reading itself: export-rows.ts).
//
// A large export is parsed and read on a worker thread while this thread makes the
// ticket records from the batches it posts (export-batch.ts): the two halves of
// the work run side by side, and the records end up where they are used. A small
// one is read here, through the same batches, as starting a thread would cost more.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TicketRecord } from './canonical.ts';
import { DataError } from './data-error.ts';
import { detectDialect, type Dialect } from './dialect.ts';
import { TicketMaker, type RowBatch } from './export-batch.ts';
import { readExportRows, type ReadEnd } from './export-rows.ts';
import { IN_FLIGHT, type ErrorDetails, type ThreadInput, type ThreadMessage } from './export-thread-protocol.ts';
import type { LoadedMapping } from './mapping-load.ts';
import type { SetAsideRecord } from './set-aside.ts';

export interface ExportData {
  records: TicketRecord[];
  setAside: SetAsideRecord[];
  rows: number;
  header: string[];
  dialect: Dialect;
  latestInstant: number | null;
}

/** From this size on an export is read on a worker thread (about 60,000 rows of a Zendesk export). */
export const THREAD_BYTES = 16 * 1024 * 1024;

export interface ReadExportOptions {
  /** Read on a worker thread: by default only a file of THREAD_BYTES or more. */
  thread?: boolean;
}

export async function readExport(path: string, loaded: LoadedMapping, file = basename(path), dialect?: Dialect, options: ReadExportOptions = {}): Promise<ExportData> {
  const known = dialect ?? (await detectDialect(path));
  const thread = options.thread ?? sizeOf(path) >= THREAD_BYTES;
  const maker = new TicketMaker(file);
  const take = (batch: RowBatch) => maker.take(batch);
  const end = thread ? await readInThread({ path, mapping: loaded.mapping, file, dialect: known, taken: new SharedArrayBuffer(4), inFlight: IN_FLIGHT }, take) : await readExportRows(path, loaded.mapping, file, known, take);
  return { records: maker.records, setAside: maker.setAside, rows: end.rows, header: end.header, dialect: end.dialect, latestInstant: end.latest };
}

function readInThread(input: ThreadInput, take: (batch: RowBatch) => void): Promise<ReadEnd> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export-thread.mjs', import.meta.url), { workerData: input });
    const taken = new Int32Array(input.taken);
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
      void worker.terminate();
    };
    worker.on('message', (message: ThreadMessage) => {
      if (settled) return;
      if (message.kind === 'batch') {
        try {
          take(message.batch);
        } catch (e) {
          fail(e);
          return;
        }
        Atomics.add(taken, 0, 1);
        Atomics.notify(taken, 0);
      } else if (message.kind === 'done') {
        settled = true;
        resolve(message);
      } else fail(revive(message));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`${input.file}: het inlezen stopte onverwacht (code ${code})`)));
  });
}

/** The file's size; 0 when it cannot be looked at (reading it will then say why, as it would have). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const ERROR_CLASSES: Record<string, ErrorConstructor> = { TypeError, RangeError, SyntaxError, ReferenceError };

/** The worker's error as it was thrown there: a DataError stays one, a file error keeps its code, path and call. */
function revive(message: Extract<ThreadMessage, { kind: 'error' }>): Error {
  const error: Error & ErrorDetails = message.data ? new DataError(message.data.file, message.data.detail) : new (ERROR_CLASSES[message.name] ?? Error)(message.message);
  error.stack = message.stack;
  Object.assign(error, message.details);
  return error;
}
