// The fast path's row reader: the CSV reader's rows, read one by one through the
// export's rules (export-rules.ts), into batches of columns (batch.ts); repeats are
// recognised with an IdSet. Uses no Node API but the CSV reader's, so it runs on a
// worker thread too.
import { readCsv, type ByteRange, type CsvProblem, type CsvSink } from '../csv.ts';
import type { Dialect } from '../dialect.ts';
import { ExportRules } from '../export-rules.ts';
import type { Mapping } from '../mapping-schema.ts';
import { BatchBuilder, type RowBatch } from './batch.ts';
import { IdSet, type IdSpan } from './id-set.ts';

/** Rows per batch (tickets and rows set aside): large enough that handing a batch on costs nothing per row. */
export const BATCH_ROWS = 8192;

/** How the file (or the part of it: see ByteRange) was read, after its last batch. */
export interface ReadEnd {
  rows: number;
  header: string[];
  dialect: Dialect;
  latest: number | null;
  /** The line after the last row. */
  line: number;
  /** For a part that stops before the end of the file: whether it ended with a complete row. */
  clean: boolean;
  /** What the ids of the rows that became tickets span. */
  idSpan: IdSpan;
  /** The line of a last row not followed by a line break (see CsvResult), else null. */
  openEnd: number | null;
}

/** Reads every row of an export (or of `range`) into batches, handed to `onBatch` in order (on whichever thread this runs). */
export async function readExportRows(path: string, mapping: Mapping, file: string, dialect: Dialect, onBatch: (batch: RowBatch) => void, range?: ByteRange): Promise<ReadEnd> {
  return (await readExportPart(path, mapping, file, dialect, onBatch, range)).end;
}

/** Like readExportRows, and also the raw ids (without the mapping's prefix) of the rows that became tickets. */
export async function readExportPart(path: string, mapping: Mapping, file: string, dialect: Dialect, onBatch: (batch: RowBatch) => void, range?: ByteRange): Promise<{ end: ReadEnd; ids: IdSet }> {
  const sink = new ExportSink(mapping, file, onBatch);
  const result = await readCsv(path, sink, dialect, range);
  sink.end();
  const ids = sink.ids;
  const latest = sink.latest === -Infinity ? null : sink.latest;
  const end = { rows: result.rows, header: result.header, dialect: result.dialect, latest, line: result.line, clean: result.clean, idSpan: ids.span, openEnd: result.openEnd };
  return { end, ids };
}

/** Takes the CSV reader's rows and hands on batches. */
class ExportSink implements CsvSink {
  private rules: ExportRules | null = null;
  private readonly out: BatchBuilder;
  readonly ids = new IdSet();
  /** The latest instant read that can be a report moment (see report-moment.ts); -Infinity: none yet. */
  latest = -Infinity;

  constructor(
    private readonly mapping: Mapping,
    private readonly file: string,
    onBatch: (batch: RowBatch) => void,
  ) {
    this.out = new BatchBuilder(BATCH_ROWS, onBatch, () => this.rules?.names ?? [], mapping.fields.subject !== undefined);
  }

  header(header: string[]): void {
    this.rules = new ExportRules(this.mapping, header, this.file);
  }

  row(fields: string[], line: number, problem: CsvProblem): void {
    const r = this.rules!.read(fields, line, problem, this.ids);
    if (r.kind === 'ticket') {
      this.ids.add(r.rawId);
      this.out.ticket(r);
    } else {
      this.out.setAside(r.record, r.latest);
    }
    if (r.latest > this.latest) this.latest = r.latest;
  }

  /** After the last row: hands on the last, partly filled batch. */
  end(): void {
    this.out.end();
  }
}
