// The document's bytes collected and handed on in one piece (see speed.ts). pdfkit
// writes every object of a PDF in three to five small pieces (`n 0 obj`, the
// dictionary, the stream, `endobj`), each turned into a Buffer and pushed through
// the document's stream on its own; a tagged report has a structure element per
// table cell, so thousands of pieces. Here the text pieces are joined as one string
// (pdfkit's 'binary' encoding: one byte per character, so the offsets it keeps stay
// right) and the whole file is pushed when pdfkit ends the stream: the same bytes.
// A page's content stream is collected the same way: pdfkit makes a Buffer of every
// operator it writes (a few per line of text, two more per tagged block); here they
// are joined as one string and handed to pdfkit's stream as one piece when the page
// ends, so pdfkit deflates the same bytes.
import type { Doc } from './layout.ts';

interface Writer {
  _offset: number;
  push(chunk: Buffer | null): boolean;
  _write(data: string | Buffer): void;
}

interface ContentRef {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** Makes a page's content stream collect the operators as text and write them in one piece when it is finalized. */
function batchContent(ref: ContentRef): void {
  const write = ref.write.bind(ref);
  let text = '';
  ref.write = (chunk) => {
    if (typeof chunk !== 'string') {
      if (text) write(Buffer.from(text, 'latin1'));
      text = '';
      return write(chunk);
    }
    text += `${chunk}\n`; // pdfkit's PDFReference.write: the chunk, a newline, 'binary' encoded
  };
  const finalize = ref.finalize.bind(ref);
  ref.finalize = () => {
    if (text) write(Buffer.from(text, 'latin1'));
    text = '';
    finalize();
  };
}

/** Makes `doc` collect its output and push it once, at the end, and each page's content as one piece. */
export function batchOutput(doc: Doc): void {
  const d = doc as unknown as Writer;
  const pageContent = () => batchContent((doc.page as unknown as { content: ContentRef }).content);
  if (doc.page) pageContent(); // the first page, added when the document was made
  doc.on('pageAdded', pageContent);
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
