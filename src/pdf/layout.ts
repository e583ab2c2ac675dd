// Layout constants for the A4 reports: margins, type sizes, colours and the
// small text helpers every section uses. Positions flow from doc.y, never fixed.
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export const PAGE = { size: 'A4', margin: 50, footerGap: 24 } as const;
export const TYPE = { title: 18, heading: 12.5, body: 9.5, small: 8, table: 7.5 } as const;
export const COLOR = { text: '#1a1a1a', muted: '#5f6368', rule: '#c8ccd0', band: '#eef1f4', bar: '#2f6f9f', breach: '#b3261e' } as const;
export const FONT = { regular: 'DejaVu', bold: 'DejaVu-Bold' } as const;
export const GAP = { section: 14, paragraph: 5 } as const;

export const contentWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottom = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;
export const left = (doc: Doc): number => doc.page.margins.left;

/** Starts a new page when fewer than `needed` points are left. */
export function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > bottom(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string): void {
  ensureSpace(doc, TYPE.heading * 4);
  doc.moveDown(0.6).font(FONT.bold).fontSize(TYPE.heading).fillColor(COLOR.text).text(text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function paragraph(doc: Doc, text: string, opts: { muted?: boolean; size?: number; bold?: boolean } = {}): void {
  doc
    .font(opts.bold ? FONT.bold : FONT.regular)
    .fontSize(opts.size ?? TYPE.body)
    .fillColor(opts.muted ? COLOR.muted : COLOR.text)
    .text(text, left(doc), doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.moveDown(GAP.paragraph / TYPE.body);
}

export function bullet(doc: Doc, text: string): void {
  doc.font(FONT.regular).fontSize(TYPE.body).fillColor(COLOR.text);
  const indent = 12;
  // The bullet and its first line on one page (pdfkit would otherwise move the text on alone).
  ensureSpace(doc, doc.currentLineHeight(true) * 2);
  const y = doc.y;
  doc.text('•', left(doc), y, { width: indent, lineBreak: false });
  doc.text(text, left(doc) + indent, y, { width: contentWidth(doc) - indent, lineGap: 1.5 });
  doc.moveDown(0.2);
}

/** Label/value lines of a cover block; values wrap within their column. */
export function keyValues(doc: Doc, rows: [string, string][], labelWidth = 120): void {
  for (const [label, value] of rows) {
    ensureSpace(doc, TYPE.body * 2);
    const y = doc.y;
    doc.font(FONT.bold).fontSize(TYPE.body).fillColor(COLOR.muted).text(label, left(doc), y, { width: labelWidth - 8 });
    const afterLabel = doc.y;
    doc.font(FONT.regular).fillColor(COLOR.text).text(value, left(doc) + labelWidth, y, { width: contentWidth(doc) - labelWidth });
    doc.y = Math.max(doc.y, afterLabel) + 2;
  }
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
