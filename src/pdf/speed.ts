// The one door to the patches that make thousands of client PDFs affordable. Each
// changes how pdfkit or fontkit does its work, never what a document says; no patch is
// installed anywhere but here:
// - fontkit-cache.ts: each font file parsed once per thread (pdfkit parses it per
//   document), and each glyph's outline decoded once;
// - wrap-cache.ts: the words, widths and break opportunities of a text found once per
//   thread, replayed into pdfkit's own line wrapping;
// - layout-cache.ts: the glyph runs of words and whole texts shared by the documents
//   of a thread;
// - font-embed.ts: the font subsets seeded in a fixed order and their deflated files
//   (and ToUnicode maps) made once per thread;
// - write-batch.ts: a document's output collected and pushed once instead of in
//   thousands of small pieces (a tagged PDF has an object per table cell), the pages'
//   content deflated at zlib's fastest level and PDF/A's sRGB profile deflated once per thread.
//
// One switch turns them all off: SLA_RAPPORT_PDF_PATCHES=0 in the environment (read
// when this module loads: the fontkit patch must be in place before pdfkit is loaded,
// so the switch cannot change later in a running process). test/pdf/patches.test.ts
// renders the same reports with and without them and compares the files.
//
// pdfkit itself is loaded here, after the fontkit patch, and taken from here
// (document.ts): an `import ... from 'pdfkit'` elsewhere could load it first, as Node
// may run a CommonJS package imported from an ES module before the importing module's
// own code (it did: the fontkit patch, then a side effect of an import, did nothing).
import { createRequire } from 'node:module';
import type PDFKitDocument from 'pdfkit';
import { cacheFontFile, seedGlyphs, type EmbeddedFontLike } from './font-embed.ts';
import { installFontkitCache } from './fontkit-cache.ts';
import { FONT, type Doc } from './layout.ts';
import { shareShapedWords } from './layout-cache.ts';
import { cacheLineBreaking } from './wrap-cache.ts';
import { batchOutput } from './write-batch.ts';

/** Whether the patches are on (the default). */
export const PDF_PATCHES = process.env.SLA_RAPPORT_PDF_PATCHES !== '0';

if (PDF_PATCHES) installFontkitCache();

/** pdfkit's document class, loaded after the fontkit patch (take it from here, never import pdfkit's value elsewhere). */
export const PDFDocument = createRequire(import.meta.url)('pdfkit') as typeof PDFKitDocument;

/** Applies the per-thread and per-document patches to a new document (fonts registered, nothing written yet); nothing when they are off. */
export function speedUp(doc: Doc): void {
  if (!PDF_PATCHES) return;
  cacheLineBreaking(PDFDocument);
  batchOutput(doc);
  shareShapedWords(doc);
  sharedFontFiles(doc);
}

/** Seeds the regular font's subset and lets both fonts reuse their embedded files (see font-embed.ts). */
function sharedFontFiles(doc: Doc): void {
  for (const name of [FONT.regular, FONT.bold]) {
    doc.font(name);
    const font = (doc as unknown as { _font: EmbeddedFontLike })._font;
    if (name === FONT.regular) seedGlyphs(font);
    cacheFontFile(font);
  }
}
