// What the export reader's worker thread (thread.ts) is given and posts back.
import type { ByteRange } from '../csv.ts';
import type { Dialect } from '../dialect.ts';
import type { Mapping } from '../mapping-schema.ts';
import type { RowBatch } from './batch.ts';
import type { ReadEnd } from './rows.ts';

export interface ThreadInput {
  path: string;
  mapping: Mapping;
  /** The file's name as messages show it. */
  file: string;
  dialect: Dialect;
  /** One Int32: how many batches the receiving thread has taken. */
  taken: SharedArrayBuffer;
  /** Batches posted and not yet taken, at most: the sender waits for the receiver beyond that. */
  inFlight: number;
  /** Only this part of the file (the second of two: see read.ts). */
  range?: ByteRange;
}

/** The usual inFlight: about 130,000 rows. */
export const IN_FLIGHT = 16;

export type ThreadMessage =
  | { kind: 'batch'; batch: RowBatch }
  | ({ kind: 'done' } & ReadEnd)
  /** The file could not be read: a DataError (`data`: its file and message) or another error, to be thrown again on the receiving thread. */
  | { kind: 'error'; name: string; message: string; stack: string; details: ErrorDetails; data: { file: string; detail: string } | null };

/** What a file system error says besides its message (the CLI names `path` and `code`). */
export interface ErrorDetails {
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
}
