// Turns a file's bytes into text chunk by chunk. UTF-8 and Windows-1252 are told
// apart per chunk: pure ASCII is the same in both (and decoded fastest), valid
// UTF-8 is UTF-8, anything else is Windows-1252 as Dutch Excel writes it (a
// Windows-1252 text with accents is practically never valid UTF-8). So a file that
// turns out to be Windows-1252 after its first 64 KB is still read right, in one pass.
//
// What a chunk is decoded as depends on all of its bytes, so a reader of part of a
// file (see csv.ts, ByteRange) decodes the same chunks as a reader of all of it and
// keeps only the text of its own bytes (charsBefore).
import { isAscii, isUtf8 } from 'node:buffer';
import { completeLength, type Encoding } from './dialect.ts';

type Reading = 'ascii' | 'utf-8' | 'windows-1252';

export class ChunkDecoder {
  /** Whether some chunk was not valid UTF-8 and was read as Windows-1252. */
  sawWindows1252 = false;
  private carry: Buffer | null = null;
  /** The last chunk decoded: the bytes carried into it from the one before, its own bytes, and how it was read. */
  private lastCarry: Buffer | null = null;
  private lastData: Buffer | null = null;
  private lastReading: Reading = 'ascii';
  private readonly utf16: TextDecoder | null;
  private readonly cp1252 = new TextDecoder('windows-1252');

  constructor(encoding: Encoding) {
    this.utf16 = encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding) : null;
    if (encoding === 'windows-1252') this.sawWindows1252 = true;
  }

  decode(data: Buffer): string {
    if (this.utf16 !== null) return this.utf16.decode(data, { stream: true });
    this.lastCarry = this.carry;
    this.lastData = data;
    const chunk = this.carry === null ? data : Buffer.concat([this.carry, data]);
    const cut = completeLength(chunk);
    this.carry = cut < chunk.length ? Buffer.from(chunk.subarray(cut)) : null;
    return this.text(chunk.subarray(0, cut));
  }

  /**
   * To begin at a chunk boundary that a reader of the whole file reaches with
   * `before` (the bytes just before it; at most the last 3 count): carries what
   * that reader would carry over (an unfinished UTF-8 character).
   */
  resume(before: Buffer): void {
    const cut = completeLength(before);
    this.carry = cut < before.length ? Buffer.from(before.subarray(cut)) : null;
  }

  /**
   * How many characters of the text of the last chunk decoded come from the bytes
   * before `index` of its data (and from the bytes carried into it). To be asked
   * right after `decode`, while its data is unchanged; `index` must be the start of
   * a character (in csv.ts: just after a line break). Windows-1252 and ASCII give one
   * character per byte.
   */
  charsBefore(index: number): number {
    const carried = this.lastCarry?.length ?? 0;
    if (this.lastReading !== 'utf-8') return carried + index;
    const bytes = this.lastCarry === null ? this.lastData!.subarray(0, index) : Buffer.concat([this.lastCarry, this.lastData!.subarray(0, index)]);
    return bytes.toString('utf8').length;
  }

  end(): string {
    if (this.utf16 !== null) return this.utf16.decode();
    const rest = this.carry;
    this.carry = null;
    return rest === null ? '' : this.text(rest);
  }

  private text(bytes: Buffer): string {
    if (isAscii(bytes)) {
      this.lastReading = 'ascii';
      return bytes.toString('latin1');
    }
    if (isUtf8(bytes)) {
      this.lastReading = 'utf-8';
      return bytes.toString('utf8');
    }
    this.lastReading = 'windows-1252';
    this.sawWindows1252 = true;
    return this.cp1252.decode(bytes);
  }
}
