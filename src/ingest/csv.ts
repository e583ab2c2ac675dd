// Streams a CSV file row by row with papaparse in whatever dialect it is written
// (see dialect.ts), keeping the line number each row starts on (quoted fields may
// span lines), so every problem can name it. Memory stays flat: the file is read
// and decoded in chunks, rows are handed on one at a time.
//
// The hot path (a million-row export) drives papaparse's own parser directly, chunk
// by chunk, exactly as its stream reader does (the unfinished last row of a chunk
// is parsed again with the next chunk; the rest of the file after the last chunk is
// parsed once more as the end), without the stream and handle layers around it.
// A row's line is found from where papaparse says the row ends: the line breaks in
// the text up to there.
//
// A chunk is handed to papaparse only when it completes a row (csv-row-end.ts says
// where rows end, as papaparse would): a row that spans many chunks is kept in pieces
// and parsed once, so reading time grows with the row's length, not with its square.
// A row longer than MAX_ROW_CHARS is not kept at all: it is passed over to its end
// and handed on without fields, as `row-too-long`, on the line it starts on.
import { open } from 'node:fs/promises';
import Papa from 'papaparse';
import { RowEndScanner } from './csv-row-end.ts';
import { DataError } from './data-error.ts';
import { detectDialect, type Dialect } from './dialect.ts';
import { ChunkDecoder } from './text-decoder.ts';

/** Why a row could not be split into fields as written. */
export type CsvProblem = 'unterminated-quote' | 'malformed-quotes' | 'truncated-row' | 'row-too-long' | null;

/**
 * The longest row read, in characters with its line break (16 million: about 16 MB of
 * text): a longer one is set aside as `row-too-long` (no helpdesk writes a ticket that
 * long; memory stays bounded whatever a file holds).
 */
export const MAX_ROW_CHARS = 16_000_000;

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
  /** The line the next row would start on. */
  line: number;
  /** For a range that stops before the end of the file: whether it ended exactly at the end of a row (see ByteRange). */
  clean: boolean;
  /** Characters handed to papaparse: the text once, plus the start of each row cut by a chunk's end once more (at most a chunk's worth per chunk). */
  parsedChars: number;
  /**
   * The line of the last row when the file ends without a line break after it and
   * the row was not already marked truncated-row: it may have been cut inside an
   * unquoted field, which no parser can tell (null: the file ends with a line break).
   */
  openEnd: number | null;
}

/**
 * A part of the file to read: from byte `start` (the start of a row) up to byte
 * `end`. A part that does not begin the file is given the file's header and the
 * line its first row starts on. A part that stops before the end of the file is
 * read only as far as its last complete row: `clean` says whether that was
 * exactly `end`, so that the part after it begins with a row, as assumed.
 */
export interface ByteRange {
  start: number;
  /** Up to the end of the file when absent. */
  end?: number;
  /** The header and the line of the first row, for a part after the first. */
  after?: { header: string[]; line: number };
}

/** What a reader of data rows gets: the header once, then every data row (no per-row objects). */
export interface CsvSink {
  header(header: string[]): void;
  row(fields: string[], line: number, problem: CsvProblem): void;
}

// Read 1 MB at a time (each read is a round trip to a thread of the I/O pool, and
// a wake-up of this one), and decode and parse it 64 KB at a time: the decoded chunk
// (and the chunk joined to the unfinished row before it) stays a regular
// young-generation string; 1 MB strings each took fresh large-object pages, which
// cost more than the parsing itself on a loaded machine.
const READ_BYTES = 1 << 20;
const CHUNK_BYTES = 1 << 16;

/**
 * Calls `onRow` for each data row (header excluded); resolves with the header.
 * A row that is cut off at the very end of the file (no final line break, and
 * too few fields or an open quote) is marked `truncated-row`.
 */
export async function streamCsv(path: string, onRow: (row: CsvRow, header: string[]) => void, known?: Dialect): Promise<CsvResult> {
  let head: string[] = [];
  return readCsv(
    path,
    {
      header(h) {
        head = h;
      },
      row(fields, line, problem) {
        onRow({ fields, line, problem }, head);
      },
    },
    known,
  );
}

/** Like streamCsv, for readers that take the header once and rows as plain arguments; `range`: only that part of the file. */
export async function readCsv(path: string, sink: CsvSink, known?: Dialect, range?: ByteRange): Promise<CsvResult> {
  const dialect = known ?? (await detectDialect(path));
  if (range && (dialect.encoding === 'utf-16le' || dialect.encoding === 'utf-16be')) throw new Error(`${path}: een UTF-16-bestand wordt alleen in zijn geheel gelezen`);
  const reader = new RowReader(dialect, sink, path, range?.after);
  const decoder = new ChunkDecoder(dialect.encoding);
  const handle = await open(path, 'r');
  // A part is decoded in the same chunks as the whole file (see text-decoder.ts): from
  // the chunk boundary at or before its start to the one at or after its end, keeping
  // only the text of its own bytes.
  const start = range?.start ?? 0;
  const end = range?.end ?? Infinity;
  let position = start - (start % CHUNK_BYTES);
  const last = end === Infinity ? Infinity : Math.ceil(end / CHUNK_BYTES) * CHUNK_BYTES;
  let clean = true;
  try {
    if (position > 0) {
      const before = Buffer.alloc(3);
      const { bytesRead } = await handle.read(before, 0, 3, position - 3);
      decoder.resume(before.subarray(0, bytesRead));
    }
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    for (let bytesRead = -1; bytesRead !== 0; position += bytesRead) {
      ({ bytesRead } = await handle.read(buffer, 0, Math.min(READ_BYTES, last - position), position));
      // Pieces end on the grid of the file (multiples of 64 KB), even after a short read.
      for (let at = 0, next = 0; at < bytesRead; at = next) {
        const from = position + at;
        next = Math.min(bytesRead, at + CHUNK_BYTES - (from % CHUNK_BYTES));
        const data = buffer.subarray(at, next);
        let text = decoder.decode(data);
        if (from + data.length > end) text = text.slice(0, decoder.charsBefore(end - from));
        if (from < start) text = text.slice(decoder.charsBefore(start - from));
        reader.chunk(text);
      }
    }
    if (range?.end === undefined) {
      reader.chunk(decoder.end());
      reader.end();
    } else clean = reader.endOfPart();
  } finally {
    await handle.close();
  }
  const encoding = decoder.sawWindows1252 && dialect.encoding === 'utf-8' ? 'windows-1252' : dialect.encoding;
  return { header: reader.header ?? [], rows: reader.rows, dialect: { ...dialect, encoding }, line: reader.line, clean, parsedChars: reader.parsedChars, openEnd: reader.openEnd };
}

/** The header as read: the first field without a byte order mark, every field trimmed. */
export function headerOf(fields: string[]): string[] {
  const header = new Array<string>(fields.length);
  for (let k = 0; k < fields.length; k++) header[k] = (k === 0 ? fields[k].replace(/^\uFEFF/, '') : fields[k]).trim();
  return header;
}

/** Feeds papaparse chunk by chunk and turns its rows into rows with line numbers, holding back one row to see whether it is the last. */
class RowReader {
  header: string[] | null = null;
  rows = 0;
  line = 1;
  parsedChars = 0;
  /** See CsvResult. */
  openEnd: number | null = null;
  private lastChar = '';
  /** The start of the row not yet complete (from the last parse), and the chunks after it that did not complete it. */
  private partial = '';
  private pending: string[] = [];
  private pendingChars = 0;
  /** Where the row not yet complete ends, scanned as the chunks come. */
  private readonly rowEnd: RowEndScanner;
  /** False when papaparse left a rest in which the scanner sees a row end (not expected): the next chunk is parsed whatever it holds. */
  private scanned = true;
  /** Passing over a row longer than MAX_ROW_CHARS: the line breaks in it so far (null: not passing over one). */
  private skippedBreaks: number | null = null;
  private readonly parser: Papa.Parser;
  private readonly br: string;
  /** The text being parsed, and the first line break in it not yet counted. */
  private text = '';
  private nextBreak = -1;
  /** The row held back (fields null: none). */
  private heldFields: string[] | null = null;
  private heldLine = 0;
  private heldProblem: CsvProblem = null;

  constructor(
    dialect: Dialect,
    private readonly sink: CsvSink,
    private readonly path: string,
    after?: ByteRange['after'],
  ) {
    if (after) {
      this.header = after.header;
      this.line = after.line;
      sink.header(after.header);
    }
    this.br = dialect.newline === '\r' ? '\r' : '\n';
    this.rowEnd = new RowEndScanner(dialect.delimiter, dialect.newline);
    // The same parser configuration papaparse's stream reader uses for these options.
    this.parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, step: this.step.bind(this) } as Papa.ParseConfig);
  }

  /** A decoded chunk: parse every row it completes; keep the unfinished rest for the next. */
  chunk(chunk: string): void {
    if (!chunk.length) return;
    this.lastChar = chunk[chunk.length - 1];
    if (this.skippedBreaks !== null) {
      this.passOver(chunk);
      return;
    }
    if (this.scanned) {
      const end = this.rowEnd.scan(chunk);
      if (this.partial.length + this.pendingChars + (end === -1 ? chunk.length : end) > MAX_ROW_CHARS) {
        this.startPassingOver(chunk, end);
        return;
      }
      if (end === -1) {
        // The row runs on past this chunk: keep it until a chunk ends it.
        this.pending.push(chunk);
        this.pendingChars += chunk.length;
        return;
      }
    }
    const text = this.takeText(chunk);
    this.begin(text);
    const cursor = (this.parser.parse(text, 0, true) as Papa.ParseResult<string[]>).meta.cursor;
    this.partial = text.substring(cursor);
    this.rowEnd.reset();
    this.scanned = this.rowEnd.scan(this.partial) === -1;
  }

  /** End of the file: the rest is the last row, however it ends. */
  end(): void {
    if (this.skippedBreaks !== null) {
      this.tooLong(this.skippedBreaks);
      this.finish();
      return;
    }
    const text = this.takeText('');
    this.begin(text);
    this.parser.parse(text, 0, false);
    this.finish();
  }

  /** The unfinished row and the chunks kept after it, with `chunk`, as one text (handed to papaparse: counted). */
  private takeText(chunk: string): string {
    const text = this.pending.length === 0 ? this.partial + chunk : this.partial + this.pending.join('') + chunk;
    this.partial = '';
    this.pending = [];
    this.pendingChars = 0;
    this.parsedChars += text.length;
    return text;
  }

  /**
   * The row being kept is longer than MAX_ROW_CHARS with `chunk` (which it ends in
   * at `end`, or runs on past: -1): drop it, counting its line breaks, and pass over
   * the rest of it.
   */
  private startPassingOver(chunk: string, end: number): void {
    let breaks = count(this.partial, this.br);
    for (const piece of this.pending) breaks += count(piece, this.br);
    this.partial = '';
    this.pending = [];
    this.pendingChars = 0;
    this.skippedBreaks = breaks;
    this.passedOver(chunk, end);
  }

  /** A chunk of a row too long to keep: when the row ends in it, the row is handed on and the rest read as usual. */
  private passOver(chunk: string): void {
    this.passedOver(chunk, this.rowEnd.scan(chunk));
  }

  private passedOver(chunk: string, end: number): void {
    this.skippedBreaks! += count(end === -1 ? chunk : chunk.slice(0, end), this.br);
    if (end === -1) return;
    // It ends with its line break: that one starts the next row's line.
    this.tooLong(this.skippedBreaks! - 1);
    this.skippedBreaks = null;
    this.rowEnd.reset();
    this.chunk(chunk.slice(end));
  }

  /** Hands on the row too long to keep, which has `breaks` line breaks of its own (besides its terminator). */
  private tooLong(breaks: number): void {
    const start = this.line;
    this.line += 1 + breaks;
    if (this.header === null) throw new DataError(this.path, `de eerste regel (de kop) is langer dan ${MAX_ROW_CHARS / 1_000_000} miljoen tekens; dit is geen CSV-bestand met een kopregel`);
    if (this.heldFields !== null) this.emit(this.heldFields, this.heldLine, this.heldProblem);
    this.heldFields = [];
    this.heldLine = start;
    this.heldProblem = 'row-too-long';
  }

  /**
   * The end of a part that stops before the end of the file: true when its text
   * ended exactly with a complete row (which is then handed on as any other);
   * false when it stopped inside a row (and the part is not used: see ByteRange).
   */
  endOfPart(): boolean {
    if (this.partial !== '' || this.pending.length > 0 || this.skippedBreaks !== null) return false;
    if (this.heldFields !== null) this.emit(this.heldFields, this.heldLine, this.heldProblem);
    this.heldFields = null;
    return true;
  }

  private begin(text: string): void {
    this.text = text;
    this.nextBreak = text.indexOf(this.br);
  }

  private step(result: Papa.ParseStepResult<string[]>): void {
    const fields = (result.data as unknown as string[][])[0];
    const end = result.meta.cursor;
    const start = this.line;
    this.line += 1 + this.breaksInRow(end);
    if (fields.length === 1 && fields[0] === '') return;
    if (this.header === null) {
      this.header = headerOf(fields);
      this.sink.header(this.header);
      return;
    }
    let problem: CsvProblem = null;
    const errors = result.errors;
    for (let k = 0; k < errors.length; k++) {
      if (errors[k].code === 'MissingQuotes') problem = 'unterminated-quote';
      else if (errors[k].code === 'InvalidQuotes' && problem === null) problem = 'malformed-quotes';
    }
    if (this.heldFields !== null) this.emit(this.heldFields, this.heldLine, this.heldProblem);
    this.heldFields = fields;
    this.heldLine = start;
    this.heldProblem = problem;
  }

  /**
   * Line breaks in the row that ends at `end` besides its own terminator: those in
   * its fields, and any that papaparse passed over as blank between a closing quote
   * and the next delimiter (a lone LF in a CRLF file); each starts a line of the
   * file. Quotes and delimiters are no line breaks, so that is the breaks in the
   * row's text, less the last when it is the row's terminator (a row completed
   * mid-file ends with one; the last row of the file may not).
   */
  private breaksInRow(end: number): number {
    const text = this.text;
    let next = this.nextBreak;
    let inText = 0;
    for (; next !== -1 && next < end; next = text.indexOf(this.br, next + 1)) inText++;
    this.nextBreak = next;
    return inText > 0 && text[end - 1] === this.br ? inText - 1 : inText;
  }

  private finish(): void {
    const fields = this.heldFields;
    if (fields === null) return;
    this.heldFields = null;
    let problem = this.heldProblem;
    const endsOpen = this.lastChar !== '\n' && this.lastChar !== '\r';
    if (endsOpen && problem !== 'row-too-long' && (problem === 'unterminated-quote' || fields.length < this.header!.length)) problem = 'truncated-row';
    else if (endsOpen && problem !== 'row-too-long') this.openEnd = this.heldLine;
    this.emit(fields, this.heldLine, problem);
  }

  private emit(fields: string[], line: number, problem: CsvProblem): void {
    this.rows++;
    this.sink.row(fields, line, problem);
  }
}

/** How often `ch` occurs in `text`. */
function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
