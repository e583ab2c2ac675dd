// The fast path of reading a helpdesk export (the rules: export-rules.ts; the plain
// reader the tests compare it with: export-reference.ts).
//
// A large export is read in two parts side by side: the first quarter here, the
// rest on a worker thread (split where a row ends: split.ts), and this thread
// also makes the ticket records of the rest from the batches the worker posts
// (batch.ts), so that both threads have about as much to do and the records
// end up where they are used. The parts are then joined as if the file had been
// read in one go (join.ts). A small export is read here in one piece,
// through the same batches, as starting a thread would cost more.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ByteRange } from '../csv.ts';
import { DataError } from '../data-error.ts';
import type { Dialect } from '../dialect.ts';
import type { ExportData } from '../export.ts';
import type { LoadedMapping } from '../mapping-load.ts';
import { TicketMaker, type RowBatch } from './batch.ts';
import { joinParts } from './join.ts';
import { readExportPart, readExportRows, type ReadEnd } from './rows.ts';
import { findSplit } from './split.ts';
import { IN_FLIGHT, type ErrorDetails, type ThreadInput, type ThreadMessage } from './thread-protocol.ts';

/** From this size on an export is read on a worker thread (about 60,000 rows of a Zendesk export). */
export const THREAD_BYTES = 16 * 1024 * 1024;

/**
 * The part of a large export read on this thread (the rest on the worker). This
 * thread also makes the records of the rest, which costs about half as much as
 * reading it: a quarter here and three quarters there keeps both threads busy
 * until about the same moment.
 */
export const FIRST_PART = 0.25;

/** How the fast path reads: see ReadExportOptions in export.ts. */
export interface FastOptions {
  thread?: boolean;
  split?: number | false;
}

export async function readExportFast(path: string, loaded: LoadedMapping, file: string, known: Dialect, options: FastOptions = {}): Promise<ExportData> {
  const thread = options.thread ?? sizeOf(path) >= THREAD_BYTES;
  const split = options.split ?? (thread ? FIRST_PART : false);
  const cut = split === false ? null : await findSplit(path, known, split);
  if (cut !== null) {
    const second: ByteRange = { start: cut.start, after: { header: cut.header, line: cut.line } };
    const joined = await readInParts(path, loaded, file, known, second, thread);
    // Null: the first part did not end with a row where the rest begins (quotes
    // that do not pair up): the file is read in one piece after all.
    if (joined !== null) return joined;
  }
  const maker = new TicketMaker(file);
  const take = (batch: RowBatch) => maker.take(batch);
  const end = thread ? await readInThread({ path, mapping: loaded.mapping, file, dialect: known, taken: new SharedArrayBuffer(4), inFlight: IN_FLIGHT }, take).end : await readExportRows(path, loaded.mapping, file, known, take);
  return { records: maker.records, setAside: maker.setAside, rows: end.rows, header: end.header, dialect: end.dialect, latestInstant: end.latest, openEnd: end.openEnd };
}

/** Reads the file up to `second.start` here and the rest on a worker thread (or after it, here), and joins the two; null when the first part did not end where the second begins. */
async function readInParts(path: string, loaded: LoadedMapping, file: string, dialect: Dialect, second: ByteRange, thread: boolean): Promise<ExportData | null> {
  const mapping = loaded.mapping;
  const rest = new TicketMaker(file);
  const takeRest = (batch: RowBatch) => rest.take(batch);
  const reading = thread ? readInThread({ path, mapping, file, dialect, taken: new SharedArrayBuffer(4), inFlight: IN_FLIGHT, range: second }, takeRest) : null;
  // Its error, if any, is thrown when it is awaited below (or not at all when the first part fails first).
  reading?.end.catch(() => {});
  const first = new TicketMaker(file);
  let head: Awaited<ReturnType<typeof readExportPart>>;
  try {
    head = await readExportPart(path, mapping, file, dialect, (batch) => first.take(batch), { start: 0, end: second.start });
  } catch (e) {
    reading?.cancel();
    throw e;
  }
  // The second part was read on the assumption that the first ends at its start, with
  // its header and line: if not, neither part is used. (Header and line are read and
  // counted alike on both sides, so only `clean` can fail today; the others guard
  // that assumption.)
  const after = second.after!;
  if (!head.end.clean || head.end.line !== after.line || !sameFields(head.end.header, after.header)) {
    reading?.cancel();
    return null;
  }
  const tail = reading ? await reading.end : await readExportRows(path, mapping, file, dialect, takeRest, second);
  const joined = joinParts(
    { records: first.records, setAside: first.setAside, setAsideLatest: first.setAsideLatest, latest: head.end.latest },
    head.ids,
    { records: rest.records, setAside: rest.setAside, setAsideLatest: rest.setAsideLatest, latest: tail.latest },
    tail.idSpan,
    { file, prefix: mapping.idPrefix, column: mapping.fields.id.column },
  );
  const windows1252 = head.end.dialect.encoding === 'windows-1252' || tail.dialect.encoding === 'windows-1252';
  return {
    records: joined.records,
    setAside: joined.setAside,
    rows: head.end.rows + tail.rows,
    header: head.end.header,
    dialect: windows1252 ? { ...head.end.dialect, encoding: 'windows-1252' } : head.end.dialect,
    latestInstant: joined.latest,
    openEnd: tail.openEnd,
  };
}

/** Reads on a worker thread; `cancel` ends it early (its result is then not used). */
function readInThread(input: ThreadInput, take: (batch: RowBatch) => void): { end: Promise<ReadEnd>; cancel: () => void } {
  let cancel = () => {};
  const end = new Promise<ReadEnd>((resolve, reject) => {
    const worker = new Worker(new URL('./thread.mjs', import.meta.url), { workerData: input });
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
    cancel = () => fail(new Error(`${input.file}: het inlezen is afgebroken`));
  });
  return { end, cancel };
}

const sameFields = (a: string[], b: string[]) => a.length === b.length && a.every((x, k) => x === b[k]);

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
