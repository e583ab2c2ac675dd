// The document's bytes collected and handed on in one piece (see speed.ts). pdfkit
// writes every object of a PDF in three to five small pieces (`n 0 obj`, the
// dictionary, the stream, `endobj`), each turned into a Buffer and pushed through
// the document's stream on its own; a tagged report has a structure element per
// table cell, so thousands of pieces. Here the text pieces are joined as one string
// (pdfkit's 'binary' encoding: one byte per character, so the offsets it keeps stay
// right) and the whole file is pushed when pdfkit ends the stream: the same bytes.
import type { Doc } from './layout.ts';

interface Writer {
  _offset: number;
  push(chunk: Buffer | null): boolean;
  _write(data: string | Buffer): void;
}

/** Makes `doc` collect its output and push it once, at the end. */
export function batchOutput(doc: Doc): void {
  const d = doc as unknown as Writer;
  const push = d.push.bind(d);
  const parts: Buffer[] = [];
  let text = '';
  const flushText = () => {
    if (text) parts.push(Buffer.from(text, 'latin1'));
    text = '';
  };
  d._write = function write(this: Writer, data: string | Buffer): void {
    if (Buffer.isBuffer(data)) {
      flushText();
      parts.push(data);
      this._offset += data.length;
    } else {
      const line = `${data}\n`;
      text += line;
      this._offset += line.length;
    }
  };
  d.push = function pushAtEnd(chunk: Buffer | null): boolean {
    if (chunk !== null) return void parts.push(chunk), true;
    flushText();
    push(Buffer.concat(parts));
    return push(null);
  };
}
