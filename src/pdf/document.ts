// The report document: A4, embedded DejaVu Sans (full Dutch coverage), Dutch
// metadata, and everything fixed that pdfkit would otherwise take from the clock.
// Every report is a tagged PDF (structure tree in tags.ts, language nl-NL, its title
// shown as the window title) and declares PDF/A-2a: fonts embedded, sRGB output
// intent and XMP metadata that repeats the info dictionary (pdfa.ts).
// pdfkit's trailer /ID is an MD5 of the info dictionary, so with a fixed
// CreationDate it is derived from the document's title, author and dates: no randomness.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// pdfkit is loaded by speed.ts, after the fontkit patch (when the patches are on).
import { PDFDocument, speedUp } from './speed.ts';
import { COLOR, FONT, PAGE, TYPE, type Doc } from './layout.ts';
import { placeHeld } from './keep.ts';
import { archivalMetadata, PDFA_PART } from './pdfa.ts';
import { artifact, startTagging } from './tags.ts';
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

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  /** ISO instant with offset the document is dated by (the data's as-of moment). */
  dated: string;
}

export function reportDocument(meta: DocumentMeta): Doc {
  const when = instantOf(meta.dated);
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    bufferPages: true,
    lang: 'nl-NL',
    displayTitle: true,
    tagged: true,
    subset: PDFA_PART,
    pdfVersion: '1.7',
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
  speedUp(doc);
  archivalMetadata(doc);
  // Text a section writes straight first places a held heading, with two of its lines.
  startTagging(doc, TYPE.title, (d) => placeHeld(d, 2 * d.currentLineHeight(true)));
  return doc.font(FONT.regular).fontSize(TYPE.body).fillColor(COLOR.text);
}

/** "pagina X van Y" and a provenance line at the foot of every page (artifacts: page furniture, not reading order). */
export function pageFooters(doc: Doc, provenance: string): void {
  placeHeld(doc, 0);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const bottomMargin = margins.bottom;
    margins.bottom = 0; // writing below the margin must not add a page
    const y = doc.page.height - bottomMargin + PAGE.footerGap;
    const width = doc.page.width - margins.left - margins.right;
    artifact(
      doc,
      () => {
        doc.font(FONT.regular).fontSize(TYPE.small).fillColor(COLOR.muted);
        doc.text(provenance, margins.left, y, { width: width - 90, lineBreak: false, ellipsis: true });
        doc.text(`pagina ${i - range.start + 1} van ${range.count}`, margins.left, y, { width, align: 'right', lineBreak: false });
      },
      'Pagination',
    );
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
    placeHeld(doc, 0);
    doc.end();
  });
}
