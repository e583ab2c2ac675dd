// Where a large CSV file can be cut in two, so that two threads can read a part
// each (see read.ts). A cut must fall between rows, and a line break inside a
// quoted field is not between rows: the cut is the first line break at or after
// the wanted place with an even number of quotes before it. That is where rows
// end in a well-formed file; in a badly quoted one the reader of the first part
// finds out (its part then does not end with a complete row, or its header is
// another: read.ts) and the file is read in one piece instead.
import { open } from 'node:fs/promises';
import { readCsv } from '../csv.ts';
import type { Dialect } from '../dialect.ts';

export interface Split {
  /** Byte where the second part begins: the start of a row. */
  start: number;
  /** The line that row starts on. */
  line: number;
  /** The file's header, for the reader of the second part. */
  header: string[];
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BLOCK = 1 << 20;

/**
 * The cut nearest after `fraction` of the file; null when there is none (no line
 * break after that place, a first line that is empty or not a whole row, or a
 * UTF-16 file, whose bytes cannot be searched for quotes and line breaks one at a time).
 */
export async function findSplit(path: string, dialect: Dialect, fraction: number): Promise<Split | null> {
  if (dialect.encoding !== 'utf-8' && dialect.encoding !== 'windows-1252') return null;
  // Rows end in the line break byte: LF for "\n" and "\r\n", CR for "\r". In a
  // "\r\n" file a lone LF is not a row end, so a cut there also needs the CR before it.
  const br = dialect.newline === '\r' ? CR : LF;
  const needsCr = dialect.newline === '\r\n';
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const buffer = Buffer.allocUnsafe(BLOCK);
    /** The block of the file at `position` (in `buffer`: read again for each call). */
    const read = async (position: number) => {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(BLOCK, size - position), position);
      return buffer.subarray(0, bytesRead);
    };
    // The first row end after `from`, with `quotes` quotes and `breaks` line breaks before `from`.
    const rowEnd = async (from: number, quotes: number, breaks: number, before: number): Promise<{ at: number; breaks: number } | null> => {
      for (let position = from; position < size; ) {
        const block = await read(position);
        if (block.length === 0) break;
        for (let i = 0; i < block.length; i++) {
          const byte = block[i];
          if (byte === QUOTE) quotes++;
          else if (byte === br) {
            breaks++;
            if (quotes % 2 === 0 && (!needsCr || (i > 0 ? block[i - 1] : before) === CR)) return { at: position + i + 1, breaks };
          }
        }
        before = block[block.length - 1];
        position += block.length;
      }
      return null;
    };
    const headerEnd = await rowEnd(0, 0, 0, -1);
    if (headerEnd === null) return null;
    const target = Math.max(Math.floor(size * fraction), headerEnd.at);
    // Count quotes and line breaks up to the wanted place, then look for the row end after it.
    let quotes = 0;
    let breaks = 0;
    let before = -1;
    for (let position = 0; position < target; ) {
      const block = (await read(position)).subarray(0, target - position);
      if (block.length === 0) break;
      quotes += count(block, QUOTE);
      breaks += count(block, br);
      before = block[block.length - 1];
      position += block.length;
    }
    const cut = await rowEnd(target, quotes, breaks, before);
    if (cut === null || cut.at >= size) return null;
    const header = await readHeader(path, headerEnd.at, dialect);
    return header === null ? null : { start: cut.at, line: 1 + cut.breaks, header };
  } finally {
    await handle.close();
  }
}

function count(block: Buffer, byte: number): number {
  let n = 0;
  for (let i = block.indexOf(byte); i !== -1; i = block.indexOf(byte, i + 1)) n++;
  return n;
}

/** The header as the reader of the whole file reads it (by reading the first line as it would); null when that line is not the header row, whole. */
async function readHeader(path: string, end: number, dialect: Dialect): Promise<string[] | null> {
  let header: string[] | null = null;
  let rows = 0;
  const first = await readCsv(
    path,
    {
      header: (h) => {
        header = h;
      },
      row: () => {
        rows++;
      },
    },
    dialect,
    { start: 0, end },
  );
  return first.clean && rows === 0 ? header : null;
}
