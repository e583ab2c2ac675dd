// What the export reader's worker thread (export-thread.ts) is given and posts back.
import type { Dialect } from './dialect.ts';
import type { RowBatch } from './export-batch.ts';
import type { Mapping } from './mapping-schema.ts';

export interface ThreadInput {
  path: string;
  mapping: Mapping;
  /** The file's name as messages show it. */
  file: string;
  dialect: Dialect;
}

/** How the file was read, after its last batch. */
export interface ReadEnd {
  rows: number;
  header: string[];
  dialect: Dialect;
  latest: number | null;
}

export type ThreadMessage =
  | { kind: 'batch'; batch: RowBatch }
  | ({ kind: 'done' } & ReadEnd)
  /** The file could not be read: a DataError (`data`: its file and message) or another error, to be thrown again on the receiving thread. */
  | { kind: 'error'; message: string; stack: string; code: string | null; data: { file: string; detail: string } | null };
