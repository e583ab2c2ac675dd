// The report document: A4, embedded DejaVu Sans (full Dutch coverage), Dutch
// metadata, and everything fixed that pdfkit would otherwise take from the clock.
// pdfkit's trailer /ID is an MD5 of the info dictionary, so with a fixed
// CreationDate it is derived from the document's title, author and dates: no randomness.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import './fontkit-cache.ts';
import { cacheLineBreaking } from './wrap-cache.ts';
import { cacheFontFile, seedGlyphs, type EmbeddedFontLike } from './font-embed.ts';
import PDFDocument from 'pdfkit';
import { COLOR, FONT, PAGE, TYPE, type Doc } from './layout.ts';
import { instantOf } from '../words/index.ts';

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The TTF files of dejavu-fonts-ttf, read once per thread. */
function fontFiles(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fonts = { regular: readFileSync(join(dir, 'DejaVuSans.ttf')), bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')) };
  }
  return fonts;
}

/**
 * Words shaped once per thread. pdfkit caches each word's glyph run per document
 * (\`layoutCache\` of its font); the runs depend only on the font and the word, so
 * the documents of one thread share them. Renewed now and then to bound memory.
 */
const shaped = { runs: new Map<string, Record<string, unknown>>(), lines: new Map<string, SharedLayouts>(), documents: 0 };
const SHAPED_FOR = 500;

/**
 * Whole texts laid out once per thread. pdfkit lays out every line it writes (and every
 * text it measures) by splitting it at spaces, looking each word up in \`layoutCache\` and
 * concatenating the runs: the same work for the same lines (the explanation, headings,
 * labels) in every report. Its result depends only on the font and the text, so the
 * documents of one thread share it; features (none in these reports) go to pdfkit.
 * Glyphs still enter each document's own subset in \`encode\`, so the output is unchanged.
 */
interface LineLayout {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}
type LayoutFn = (text: string, features?: unknown, onlyWidth?: boolean) => LineLayout;
interface SharedLayouts {
  full: Map<string, LineLayout>;
  widths: Map<string, number>;
}

function shareLineLayouts(font: { layout: LayoutFn }, name: string): void {
  let shared = shaped.lines.get(name);
  if (!shared) shaped.lines.set(name, (shared = { full: new Map(), widths: new Map() }));
  const { full, widths } = shared;
  const layout = font.layout;
  font.layout = function sharedLayout(this: unknown, text, features, onlyWidth) {
    if (features) return layout.call(this, text, features, onlyWidth);
    const known = full.get(text);
    if (known) return known;
    if (onlyWidth) {
      let advanceWidth = widths.get(text);
      if (advanceWidth === undefined) widths.set(text, (advanceWidth = layout.call(this, text, features, true).advanceWidth));
      return { glyphs: null, positions: null, advanceWidth };
    }
    const run = layout.call(this, text, features, false);
    full.set(text, run);
    return run;
  };
}

function shareShapedWords(doc: Doc): void {
  if (++shaped.documents % SHAPED_FOR === 0) {
    shaped.runs.clear();
    shaped.lines.clear();
  }
  for (const name of [FONT.regular, FONT.bold]) {
    doc.font(name);
    const font = (doc as unknown as { _font: { layoutCache?: Record<string, unknown>; layout: LayoutFn } })._font;
    if (!shaped.runs.has(name)) shaped.runs.set(name, Object.create(null));
    if (font.layoutCache) {
      font.layoutCache = shaped.runs.get(name)!;
      shareLineLayouts(font, name);
    }
  }
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

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  /** ISO instant with offset the document is dated by (the data's as-of moment). */
  dated: string;
}

export function reportDocument(meta: DocumentMeta): Doc {
  cacheLineBreaking();
  const when = instantOf(meta.dated);
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    bufferPages: true,
    lang: 'nl-NL',
    displayTitle: true,
    font: null as unknown as string,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: 'sla-rapport',
      Producer: 'sla-rapport (PDFKit)',
      CreationDate: when,
      ModDate: when,
    },
  });
  const f = fontFiles();
  doc.registerFont(FONT.regular, f.regular);
  doc.registerFont(FONT.bold, f.bold);
  shareShapedWords(doc);
  sharedFontFiles(doc);
  return doc.font(FONT.regular).fontSize(TYPE.body).fillColor(COLOR.text);
}

/** "pagina X van Y" and a provenance line at the foot of every page. */
export function pageFooters(doc: Doc, provenance: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const bottomMargin = margins.bottom;
    margins.bottom = 0; // writing below the margin must not add a page
    const y = doc.page.height - bottomMargin + PAGE.footerGap;
    const width = doc.page.width - margins.left - margins.right;
    doc.font(FONT.regular).fontSize(TYPE.small).fillColor(COLOR.muted);
    doc.text(provenance, margins.left, y, { width: width - 90, lineBreak: false, ellipsis: true });
    doc.text(`pagina ${i - range.start + 1} van ${range.count}`, margins.left, y, { width, align: 'right', lineBreak: false });
    margins.bottom = bottomMargin;
  }
}

/** Ends the document and collects its bytes. */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
