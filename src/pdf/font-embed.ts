// Embedding the font subsets once per thread instead of once per document.
//
// pdfkit gives every document its own subset of each font, numbered in the order
// the glyphs are first used, and at the end encodes that subset as a TrueType
// file and deflates it: for thousands of client reports that was a fifth of the
// work. Two changes make the subsets of most documents the same, so the
// deflated file is made once and reused:
//
// - `seedGlyphs` puts the glyphs of the characters the reports mostly consist of
//   into a new document's subset first, in a fixed order. A document then only
//   adds the odd glyph of its own (a ligature, a rare accent) after them.
// - `cacheFontFile` keys the deflated font file by the subset's glyph list: the
//   bytes are a function of the font and that list only, so a document gets the
//   very bytes it would have made itself (same zlib settings as pdfkit's). The
//   ToUnicode map's stream is reused the same way, keyed by its text.
//
// Glyph widths, the ToUnicode map's text and the text are still made per document
// from what it uses, so the PDFs stay deterministic and carry only their own text.
import zlib from 'node:zlib';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Subset {
  glyphs: number[];
  cff?: unknown;
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}
interface RefLike {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
}
interface DocLike {
  compress: boolean;
  _security?: unknown;
  ref(data?: Record<string, unknown>): unknown;
}
export interface EmbeddedFontLike {
  document: DocLike;
  font: { postscriptName: string; glyphForCodePoint(cp: number): Glyph };
  subset: Subset;
  widths: number[];
  unicode: number[][];
  scale: number;
  embed(): unknown;
  toUnicodeCmap(): unknown;
}

/** Printable ASCII and the other characters of Dutch report text, in a fixed order. */
export const SEED_CHARACTERS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' + 'áàäâéèëêíìïîóòöôúùüûçñÉËÏÖÜ–—•…€‘’“”';

/** Puts the glyphs of `characters` into the (still empty) subset of a new document's font. */
export function seedGlyphs(font: EmbeddedFontLike, characters = SEED_CHARACTERS): void {
  for (const ch of characters) {
    const cp = ch.codePointAt(0)!;
    const glyph = font.font.glyphForCodePoint(cp);
    if (!glyph || glyph.id === 0 || font.subset.glyphs.includes(glyph.id)) continue;
    const gid = font.subset.includeGlyph(glyph.id);
    // What pdfkit's EmbeddedFont.encode records for a glyph it includes.
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
}

const files = new Map<string, Map<string, Uint8Array>>();
const KEEP = 256;

const cmaps = new Map<string, Uint8Array>();

/**
 * Makes the ToUnicode map's stream take its deflated bytes from the per-thread cache:
 * pdfkit writes the map's text per document and deflates it; the text is the same
 * for the same glyphs, so the same deflated bytes (same zlib settings) are reused.
 */
function cacheCmap(font: EmbeddedFontLike): void {
  const toUnicodeCmap = font.toUnicodeCmap;
  font.toUnicodeCmap = function cachedCmap(this: EmbeddedFontLike) {
    const doc = this.document;
    if (!doc.compress || doc._security) return toUnicodeCmap.call(this);
    const ref = doc.ref;
    const restore = () => void delete (doc as Partial<DocLike>).ref;
    doc.ref = function cmapRef(this: DocLike, data?: Record<string, unknown>) {
      restore();
      const cmap = ref.call(this, data) as RefLike;
      // pdfkit's PDFReference.end(text) writes text + '\n' and deflates it at finalize,
      // setting /Length and then /Filter: here the cached bytes are written
      // uncompressed and /Filter is set after /Length, for the same dictionary.
      cmap.end = function cachedEnd(this: RefLike, text?: Uint8Array | string) {
        delete (this as Partial<RefLike>).end;
        if (typeof text !== 'string' || !this.compress) return this.end(text);
        let deflated = cmaps.get(text);
        if (!deflated) {
          if (cmaps.size >= KEEP) cmaps.clear();
          deflated = zlib.deflateSync(Buffer.from(`${text}\n`, 'binary'));
          cmaps.set(text, deflated);
        }
        this.compress = false;
        this.write(deflated);
        this.data.Filter = 'FlateDecode';
        this.end();
      };
      return cmap;
    };
    try {
      return toUnicodeCmap.call(this);
    } finally {
      restore();
    }
  };
}

/** Makes `font` take its deflated font file and ToUnicode map from the per-thread cache when it is embedded. */
export function cacheFontFile(font: EmbeddedFontLike): void {
  cacheCmap(font);
  const embed = font.embed;
  font.embed = function cachedEmbed(this: EmbeddedFontLike) {
    const doc = this.document;
    if (!doc.compress || doc._security || this.subset.cff != null) return embed.call(this);
    let byGlyphs = files.get(this.font.postscriptName);
    if (!byGlyphs) files.set(this.font.postscriptName, (byGlyphs = new Map()));
    const key = this.subset.glyphs.join(',');
    let file = byGlyphs.get(key);
    if (!file) {
      if (byGlyphs.size >= KEEP) byGlyphs.clear();
      file = zlib.deflateSync(this.subset.encode());
      byGlyphs.set(key, file);
    }
    const deflated = file;
    // pdfkit's embed makes the font file as its first reference and ends it with
    // subset.encode(). Here that reference is made already marked as deflated (so it
    // is not deflated again; its dictionary reads /Length, /Filter as pdfkit's does),
    // and it is ended with the cached bytes.
    const ref = doc.ref;
    const restore = () => void delete (doc as Partial<DocLike>).ref;
    doc.ref = function fontFileRef(this: DocLike) {
      restore();
      return ref.call(this, { Length: 0, Filter: 'FlateDecode' });
    };
    const subset = this.subset;
    subset.encode = () => deflated;
    try {
      return embed.call(this);
    } finally {
      restore();
      delete (subset as Partial<Subset>).encode;
    }
  };
}
