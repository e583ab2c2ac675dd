// Reads a helpdesk export (Zendesk, Jira Service Management, TOPdesk, ...) through
// its mapping into engine tickets: every row ends as a ticket record or a set-aside
// record. What a row means is decided in one place, the rules (export-rules.ts);
// two readers feed them the rows in file order:
// - the fast path (export-fast/): two parts side by side on two threads, packed
//   batches, an IdSet for repeats; what every command uses;
// - the reference (export-reference.ts): one pass on this thread, a plain Set for
//   repeats. Slow and obviously right: the tests check that the fast path gives
//   exactly its result, and SLA_RAPPORT_REFERENCE=1 makes every command use it.
import { basename } from 'node:path';
import type { TicketRecord } from './canonical.ts';
import { detectDialect, type Dialect } from './dialect.ts';
import { readExportFast } from './export-fast/read.ts';
import { readExportReference } from './export-reference.ts';
import type { LoadedMapping } from './mapping-load.ts';
import type { SetAsideRecord } from './set-aside.ts';

export interface ExportData {
  records: TicketRecord[];
  setAside: SetAsideRecord[];
  rows: number;
  header: string[];
  dialect: Dialect;
  latestInstant: number | null;
  /** The line of a last row not followed by a line break (see CsvResult), else null. */
  openEnd: number | null;
}

export interface ReadExportOptions {
  /**
   * Read with the plain reference reader instead of the fast path: by default only
   * when the environment says SLA_RAPPORT_REFERENCE=1 (to rule the fast path out
   * when looking into a result).
   */
  reference?: boolean;
  /** Fast path: read on a worker thread; by default only a file of THREAD_BYTES (export-fast/read.ts) or more. */
  thread?: boolean;
  /**
   * Fast path: read in two parts, the first `split` of the file and the rest (on the
   * worker thread when `thread`, else after the first, here): by default FIRST_PART
   * when on a worker thread, else in one piece. False: in one piece.
   */
  split?: number | false;
}

export async function readExport(path: string, loaded: LoadedMapping, file = basename(path), dialect?: Dialect, options: ReadExportOptions = {}): Promise<ExportData> {
  const known = dialect ?? (await detectDialect(path));
  const reference = options.reference ?? process.env.SLA_RAPPORT_REFERENCE === '1';
  return reference ? readExportReference(path, loaded, file, known) : readExportFast(path, loaded, file, known, options);
}
