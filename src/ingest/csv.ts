// Streams a CSV file row by row with papaparse in whatever dialect it is written
// (see dialect.ts), keeping the line number each row starts on (quoted fields may
// span lines), so every problem can name it. Memory stays flat: the file is read
// and decoded in chunks, rows are handed on one at a time.
import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import Papa from 'papaparse';
import { detectDialect, type Dialect } from './dialect.ts';
import { ChunkDecoder } from './text-decoder.ts';

/** Why a row could not be split into fields as written. */
export type CsvProblem = 'unterminated-quote' | 'malformed-quotes' | 'truncated-row' | null;

export interface CsvRow {
  fields: string[];
  /** 1-based line the row starts on. */
  line: number;
  problem: CsvProblem;
}

export interface CsvResult {
  header: string[];
  rows: number;
  dialect: Dialect;
}

/** The file as text, chunk by chunk (see text-decoder.ts). */
function openText(path: string, decoder: ChunkDecoder): Readable {
  const decode = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk));
    },
    flush(done) {
      const rest = decoder.end();
      if (rest) this.push(rest);
      done();
    },
  });
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  raw.on('error', (e) => decode.destroy(e));
  return raw.pipe(decode);
}

/**
 * Calls `onRow` for each data row (header excluded); resolves with the header.
 * A row that is cut off at the very end of the file (no final line break, and
 * too few fields or an open quote) is marked `truncated-row`.
 */
export async function streamCsv(path: string, onRow: (row: CsvRow, header: string[]) => void, known?: Dialect): Promise<CsvResult> {
  const dialect = known ?? (await detectDialect(path));
  const reader = new RowReader(dialect, onRow);
  const decoder = new ChunkDecoder(dialect.encoding);
  await new Promise<void>((resolve, reject) => {
    const text = openText(path, decoder);
    text.on('error', reject);
    text.on('data', (chunk: string) => reader.noteChunk(chunk));
    Papa.parse<string[]>(text as unknown as File, {
      header: false,
      delimiter: dialect.delimiter,
      newline: dialect.newline,
      skipEmptyLines: false,
      step: (result) => reader.step(result),
      complete: () => {
        reader.finish();
        resolve();
      },
      error: (err: Error) => reject(err),
    });
  });
  const encoding = decoder.sawWindows1252 && dialect.encoding === 'utf-8' ? 'windows-1252' : dialect.encoding;
  return { header: reader.header ?? [], rows: reader.rows, dialect: { ...dialect, encoding } };
}

/** Turns papaparse's results into rows with line numbers, holding back one row to see whether it is the last. */
class RowReader {
  header: string[] | null = null;
  rows = 0;
  private line = 1;
  private held: CsvRow | null = null;
  private lastChar = '';
  private readonly lineBreak: string;

  constructor(
    dialect: Dialect,
    private readonly onRow: (row: CsvRow, header: string[]) => void,
  ) {
    this.lineBreak = dialect.newline === '\r' ? '\r' : '\n';
  }

  noteChunk(chunk: string): void {
    if (chunk.length) this.lastChar = chunk[chunk.length - 1];
  }

  step(result: Papa.ParseStepResult<string[]>): void {
    const fields = result.data;
    const start = this.line;
    this.line += 1;
    const br = this.lineBreak;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      for (let i = f.indexOf(br); i !== -1; i = f.indexOf(br, i + 1)) this.line++;
    }
    if (fields.length === 1 && fields[0] === '') return;
    if (this.header === null) {
      const header = new Array<string>(fields.length);
      for (let k = 0; k < fields.length; k++) header[k] = (k === 0 ? fields[k].replace(/^\uFEFF/, '') : fields[k]).trim();
      this.header = header;
      return;
    }
    let problem: CsvProblem = null;
    const errors = result.errors;
    for (let k = 0; k < errors.length; k++) {
      if (errors[k].code === 'MissingQuotes') problem = 'unterminated-quote';
      else if (errors[k].code === 'InvalidQuotes' && problem === null) problem = 'malformed-quotes';
    }
    if (this.held) this.emit(this.held);
    this.held = { fields, line: start, problem };
  }

  finish(): void {
    const last = this.held;
    if (!last) return;
    const endsOpen = this.lastChar !== '\n' && this.lastChar !== '\r';
    if (endsOpen && (last.problem === 'unterminated-quote' || last.fields.length < this.header!.length)) last.problem = 'truncated-row';
    this.emit(last);
    this.held = null;
  }

  private emit(row: CsvRow): void {
    this.rows++;
    this.onRow(row, this.header!);
  }
}
