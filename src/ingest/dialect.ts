// Works out how a CSV file is written without asking the user: its encoding
// (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 as Dutch Excel
// writes it), its delimiter (`,` `;` or tab) and its line ending.
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type Delimiter = ',' | ';' | '\t';

export interface Dialect {
  encoding: Encoding;
  bom: boolean;
  delimiter: Delimiter;
  newline: '\r\n' | '\n' | '\r';
}

const SAMPLE_BYTES = 64 * 1024;
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/**
 * The dialect, from the file's first 64 KB. The encoding is confirmed chunk by
 * chunk while reading (see text-decoder.ts): a Windows-1252 byte further on is
 * still read as Windows-1252, without reading the file twice.
 */
export async function detectDialect(path: string): Promise<Dialect> {
  const head = await readHead(path);
  let encoding: Encoding;
  let bom = true;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) encoding = 'utf-8';
  else if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) encoding = 'utf-16be';
  else {
    bom = false;
    encoding = isUtf8(head.subarray(0, completeLength(head))) ? 'utf-8' : 'windows-1252';
  }
  const sample = new TextDecoder(encoding).decode(head);
  return { encoding, bom, delimiter: detectDelimiter(sample), newline: detectNewline(sample) };
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Length of the chunk without a UTF-8 sequence cut off at its end. */
export function completeLength(chunk: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= chunk.length; back++) {
    const byte = chunk[chunk.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (byte < 0x80) return chunk.length;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return needed > back ? chunk.length - back : chunk.length;
  }
  return chunk.length;
}

/** The candidate that occurs most often outside quotes on the first line (the header). */
export function detectDelimiter(sample: string): Delimiter {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) {
      const k = DELIMITERS.indexOf(ch as Delimiter);
      if (k !== -1) counts[k]++;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
  return DELIMITERS[best];
}

/** The line ending of the first line outside quotes. */
export function detectNewline(sample: string): Dialect['newline'] {
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') return '\n';
    else if (!quoted && ch === '\r') return sample[i + 1] === '\n' ? '\r\n' : sample[i + 1] === undefined ? '\r\n' : '\r';
  }
  return '\n';
}
