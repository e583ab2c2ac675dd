// Turns a file's bytes into text chunk by chunk. UTF-8 and Windows-1252 are told
// apart per chunk: pure ASCII is the same in both (and decoded fastest), valid
// UTF-8 is UTF-8, anything else is Windows-1252 as Dutch Excel writes it (a
// Windows-1252 text with accents is practically never valid UTF-8). So a file that
// turns out to be Windows-1252 after its first 64 KB is still read right, in one pass.
import { isAscii, isUtf8 } from 'node:buffer';
import { completeLength, type Encoding } from './dialect.ts';

export class ChunkDecoder {
  /** Whether some chunk was not valid UTF-8 and was read as Windows-1252. */
  sawWindows1252 = false;
  private carry: Buffer | null = null;
  private readonly utf16: TextDecoder | null;
  private readonly cp1252 = new TextDecoder('windows-1252');

  constructor(encoding: Encoding) {
    this.utf16 = encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding) : null;
    if (encoding === 'windows-1252') this.sawWindows1252 = true;
  }

  decode(data: Buffer): string {
    if (this.utf16 !== null) return this.utf16.decode(data, { stream: true });
    const chunk = this.carry === null ? data : Buffer.concat([this.carry, data]);
    const cut = completeLength(chunk);
    this.carry = cut < chunk.length ? Buffer.from(chunk.subarray(cut)) : null;
    return this.text(chunk.subarray(0, cut));
  }

  end(): string {
    if (this.utf16 !== null) return this.utf16.decode();
    const rest = this.carry;
    this.carry = null;
    return rest === null ? '' : this.text(rest);
  }

  private text(bytes: Buffer): string {
    if (isAscii(bytes)) return bytes.toString('latin1');
    if (isUtf8(bytes)) return bytes.toString('utf8');
    this.sawWindows1252 = true;
    return this.cp1252.decode(bytes);
  }
}
