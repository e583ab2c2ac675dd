// Layout constants for the A4 reports: margins, type sizes, colours and the
// small text helpers every section uses. Positions flow from doc.y, never fixed.
// The helpers tag what they draw (tags.ts) and keep the pagination rules (keep.ts);
// after heading(), draw through a helper or doc.text (which place the held heading)
// rather than at a doc.y read before.
import type PDFDocument from 'pdfkit';
import { heldHeight, holdHeading, keepLines, linesOf, placeHeld } from './keep.ts';
import { endElement, listItem, openTable, tableRow, tagged } from './tags.ts';

export type Doc = InstanceType<typeof PDFDocument>;

export const PAGE = { size: 'A4', margin: 50, footerGap: 24 } as const;
export const TYPE = { title: 18, heading: 12.5, body: 9.5, small: 8, table: 7.5 } as const;
export const COLOR = { text: '#1a1a1a', muted: '#5f6368', rule: '#c8ccd0', band: '#eef1f4', bar: '#2f6f9f', breach: '#b3261e' } as const;
export const FONT = { regular: 'DejaVu', bold: 'DejaVu-Bold' } as const;
export const GAP = { section: 14, paragraph: 5 } as const;

export const contentWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottom = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;
export const left = (doc: Doc): number => doc.page.margins.left;

/** Starts a new page when fewer than `needed` points are left (after any held heading, which keeps with them). */
export function ensureSpace(doc: Doc, needed: number): void {
  placeHeld(doc, needed);
  if (doc.y + needed > bottom(doc)) doc.addPage();
}

const HEADING_GAP = { before: 6.5, after: 4.5 } as const;

/**
 * A section heading (H2). It is held back and drawn by the next block of the layer (or
 * the next doc.text), on the page where it fits with that block's start (keep.ts); a
 * short introduction after it is held with it (see `paragraph`).
 */
export function heading(doc: Doc, text: string): void {
  doc.font(FONT.bold).fontSize(TYPE.heading).fillColor(COLOR.text);
  const lines = linesOf(doc, { text, width: contentWidth(doc), lineGap: 0 });
  const height = HEADING_GAP.before + lines * doc.currentLineHeight(true) + HEADING_GAP.after;
  holdHeading(doc, height, () => {
    doc.y += HEADING_GAP.before;
    doc.font(FONT.bold).fontSize(TYPE.heading).fillColor(COLOR.text);
    tagged(doc, 'H2', () => doc.text(text, left(doc), doc.y, { width: contentWidth(doc) }));
    doc.y += HEADING_GAP.after;
  });
}

/** The document's title (H1), and a line under it in the muted colour. */
export function title(doc: Doc, text: string, subtitle?: string): void {
  placeHeld(doc, 0);
  doc.font(FONT.bold).fontSize(TYPE.title).fillColor(COLOR.text);
  tagged(doc, 'H1', () => doc.text(text, left(doc), doc.y, { width: contentWidth(doc) }));
  if (subtitle) paragraph(doc, subtitle, { muted: true });
}

const LINE_GAP = 1.5;

/**
 * Up to this many lines, a paragraph after a heading (its introduction) or ending in a
 * colon (a lead-in) keeps with the next block, as long as all that is held stays short.
 */
const INTRO = { lines: 3, heldPoints: 200 } as const;

export function paragraph(doc: Doc, text: string, opts: { muted?: boolean; size?: number; bold?: boolean } = {}): void {
  const style = () =>
    doc
      .font(opts.bold ? FONT.bold : FONT.regular)
      .fontSize(opts.size ?? TYPE.body)
      .fillColor(opts.muted ? COLOR.muted : COLOR.text);
  style();
  const block = { text, width: contentWidth(doc), lineGap: LINE_GAP };
  const draw = () => tagged(doc, 'P', () => doc.text(text, left(doc), doc.y, { width: block.width, lineGap: LINE_GAP }));
  const gap = GAP.paragraph / TYPE.body;
  // A text wider than three lines' width wraps to more than three lines: no need to measure it.
  if ((heldHeight(doc) > 0 || text.trimEnd().endsWith(':')) && doc.widthOfString(text) <= INTRO.lines * block.width) {
    const lines = linesOf(doc, block);
    const height = lines * (doc.currentLineHeight(true) + LINE_GAP) + gap * doc.currentLineHeight(true);
    if (lines <= INTRO.lines && heldHeight(doc) + height <= INTRO.heldPoints) {
      return holdHeading(doc, height, () => {
        style();
        draw();
        doc.moveDown(gap);
      });
    }
  }
  keepLines(doc, block, draw);
  doc.moveDown(gap);
}

/** One item of a bulleted list (consecutive bullets form one list). */
export function bullet(doc: Doc, text: string): void {
  doc.font(FONT.regular).fontSize(TYPE.body).fillColor(COLOR.text);
  const indent = 12;
  const width = contentWidth(doc) - indent;
  // The bullet and its text start on one page, which holds at least two lines of it (or all).
  keepLines(doc, { text, width, lineGap: LINE_GAP }, () => {
    const y = doc.y;
    listItem(
      doc,
      () => doc.text('•', left(doc), y, { width: indent, lineBreak: false }),
      () => doc.text(text, left(doc) + indent, y, { width, lineGap: LINE_GAP }),
    );
  });
  doc.moveDown(0.2);
}

/** Label/value lines of a cover block (a table of row headers and values); values wrap within their column. */
export function keyValues(doc: Doc, rows: [string, string][], labelWidth = 120): void {
  placeHeld(doc, TYPE.body * 2);
  const table = openTable(doc);
  for (const [label, value] of rows) {
    ensureSpace(doc, TYPE.body * 2);
    const y = doc.y;
    let afterLabel = y;
    tableRow(doc, table, [
      {
        role: 'TH',
        draw: () => {
          doc.font(FONT.bold).fontSize(TYPE.body).fillColor(COLOR.muted).text(label, left(doc), y, { width: labelWidth - 8 });
          afterLabel = doc.y;
        },
      },
      { role: 'TD', draw: () => doc.font(FONT.regular).fillColor(COLOR.text).text(value, left(doc) + labelWidth, y, { width: contentWidth(doc) - labelWidth }) },
    ]);
    doc.y = Math.max(doc.y, afterLabel) + 2;
  }
  endElement(table);
  doc.x = left(doc);
}

/**
 * Draws `body` on pages of its own in landscape (a table too wide for portrait; a page
 * break inside it stays landscape), then goes on in portrait on a new page.
 */
export function landscapeSection(doc: Doc, body: () => void): void {
  const d = doc as unknown as { options: Record<string, unknown> };
  const portrait = d.options;
  d.options = { ...portrait, layout: 'landscape' };
  doc.addPage();
  try {
    body();
  } finally {
    d.options = portrait;
  }
  doc.addPage();
}
