// The document's bytes collected and handed on in one piece (see speed.ts). pdfkit
// writes every object of a PDF in three to five small pieces (`n 0 obj`, the
// dictionary, the stream, `endobj`), each turned into a Buffer and pushed through
// the document's stream on its own; a tagged report has a structure element per
// table cell, so thousands of pieces. Here the text pieces are joined as one string
// (pdfkit's 'binary' encoding: one byte per character, so the offsets it keeps stay
// right) and the whole file is pushed when pdfkit ends the stream: the same bytes.
// A page's content stream is collected the same way: pdfkit makes a Buffer of every
// operator it writes (a few per line of text, two more per tagged block); here they
// are joined as one string and deflated in one piece when the page ends: at zlib's
// fastest level (1) rather than pdfkit's default (6), which took half as long again
// as everything else done to the stream; the page's content is the same, its
// compressed stream about a quarter larger (some 3 KB a page).
// pdfkit's sRGB output intent (PDF/A) is read from its file and deflated per
// document; here the deflated profile is made once per thread: the same bytes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import zlib from 'node:zlib';
import type { Doc } from './layout.ts';

/** zlib's level for the pages' content streams (see above). */
const CONTENT_LEVEL = 1;

interface Writer {
  _offset: number;
  push(chunk: Buffer | null): boolean;
  _write(data: string | Buffer): void;
}

interface ContentRef {
  compress: boolean;
  /** What pdfkit has written so far (the page's first transform, written before the page is announced). */
  buffer: Buffer[];
  data: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** Makes a page's content stream collect the operators as text and write them, deflated, in one piece when it is finalized. */
function batchContent(ref: ContentRef): void {
  const write = ref.write.bind(ref);
  const parts: Buffer[] = ref.buffer.splice(0);
  let text = '';
  const flushText = () => {
    if (text) parts.push(Buffer.from(text, 'latin1'));
    text = '';
  };
  ref.write = (chunk) => {
    if (typeof chunk !== 'string') {
      flushText();
      parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      return;
    }
    text += `${chunk}\n`; // pdfkit's PDFReference.write: the chunk, a newline, 'binary' encoded
  };
  const finalize = ref.finalize.bind(ref);
  ref.finalize = () => {
    flushText();
    if (parts.length) {
      const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (ref.compress) {
        // pdfkit deflates only while `compress` is set; the stream says FlateDecode as pdfkit's does.
        ref.compress = false;
        ref.data.Filter = 'FlateDecode';
        write(zlib.deflateSync(bytes, { level: CONTENT_LEVEL }));
      } else write(bytes);
    }
    parts.length = 0;
    finalize();
  };
}

interface ProfileDoc {
  ref(data: Record<string, unknown>): { write(chunk: Uint8Array): void; end(): void };
  _root: { data: Record<string, unknown> };
  _addColorOutputIntent(): void;
}

let deflatedProfile: Buffer | undefined;

/** pdfkit's sRGB profile, deflated as pdfkit deflates it, once per thread. */
function srgbProfile(): Buffer {
  if (!deflatedProfile) {
    const pdfkitDir = dirname(createRequire(import.meta.url).resolve('pdfkit'));
    deflatedProfile = zlib.deflateSync(readFileSync(join(pdfkitDir, 'data', 'sRGB_IEC61966_2_1.icc')));
  }
  return deflatedProfile;
}

/** pdfkit's `_addColorOutputIntent` (the PDF/A output intent), with the deflated profile made once per thread. */
function sharedOutputIntent(doc: Doc): void {
  const d = doc as unknown as ProfileDoc;
  d._addColorOutputIntent = function addColorOutputIntent(this: ProfileDoc) {
    const profile = srgbProfile();
    // A Filter given up front: pdfkit writes the bytes as they are (already deflated).
    const colorProfileRef = this.ref({ Length: profile.length, N: 3, Filter: 'FlateDecode' });
    colorProfileRef.write(profile);
    colorProfileRef.end();
    const intentRef = this.ref({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      Info: new String('sRGB IEC61966-2.1'),
      OutputConditionIdentifier: new String('sRGB IEC61966-2.1'),
      DestOutputProfile: colorProfileRef,
    });
    (intentRef as unknown as { end(): void }).end();
    this._root.data.OutputIntents = [intentRef];
  };
}

/** Makes `doc` collect its output and push it once, at the end, and each page's content as one piece. */
export function batchOutput(doc: Doc): void {
  const d = doc as unknown as Writer;
  const pageContent = () => batchContent((doc.page as unknown as { content: ContentRef }).content);
  if (doc.page) pageContent(); // the first page, added when the document was made
  sharedOutputIntent(doc);
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
