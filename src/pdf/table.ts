// A single-line-per-row table that fits its columns: text wider than its column
// is cut with an ellipsis, and a page break repeats the header row. Tagged as a
// Table of TR rows with TH header cells and TD cells; the repeated headers, the row
// bands and the closing rule are artifacts. A split leaves at least two rows on
// each page (the heading before it keeps with its header and two rows).
import { bottom, COLOR, contentWidth, ensureSpace, FONT, left, TYPE, type Doc } from './layout.ts';
import { artifact, endElement, openTable, tableRow } from './tags.ts';

export interface Column<R> {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
  value: (row: R) => string;
  /** Draw this cell in the breach colour. */
  alert?: (row: R) => boolean;
}

const PAD = 3;
const ROW = TYPE.table + 6;

/** The longest prefix of `text` (with "…") that fits `width` in the current font. */
export function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** A row's cells, each as a TH or TD of `table` (its TR). */
function drawRow(doc: Doc, cells: string[], widths: number[], aligns: ('left' | 'right')[], colors: string[], y: number, role: 'TH' | 'TD', table: Table): void {
  let x = left(doc);
  tableRow(
    doc,
    table,
    cells.map((text, i) => {
      const at = x;
      x += widths[i];
      const w = widths[i] - 2 * PAD;
      return { role, draw: () => doc.fillColor(colors[i]).text(fit(doc, text, w), at + PAD, y + 3, { width: w, align: aligns[i], lineBreak: false }) };
    }),
  );
}

type Table = ReturnType<typeof openTable>;

/** The header row: in the structure tree the first time, an artifact where a page break repeats it. */
function drawHeader<R>(doc: Doc, columns: Column<R>[], widths: number[], table: Table, repeated: boolean): void {
  const y = doc.y;
  artifact(doc, () => doc.rect(left(doc), y, contentWidth(doc), ROW).fill(COLOR.band));
  doc.font(FONT.bold).fontSize(TYPE.table);
  const cells = columns.map((c) => c.header);
  const draw = (t: Table) => drawRow(doc, cells, widths, columns.map((c) => c.align ?? 'left'), columns.map(() => COLOR.text), y, 'TH', t);
  if (repeated) artifact(doc, () => draw(null));
  else draw(table);
  doc.y = y + ROW;
}

/**
 * How many of the `remaining` rows go on this page from doc.y: one fewer than fit when
 * a single row would be left for the next page, as long as two stay on this one.
 */
function rowsHere(doc: Doc, remaining: number): number {
  const fit = Math.max(Math.floor((bottom(doc) - doc.y + 1e-6) / ROW), 0);
  if (fit >= remaining) return remaining;
  return remaining - fit === 1 && fit >= 3 ? fit - 1 : fit;
}

export function drawTable<R>(doc: Doc, columns: Column<R>[], rows: R[]): void {
  const widths = columns.map((c) => c.width * contentWidth(doc));
  const aligns = columns.map((c) => c.align ?? 'left');
  // The header and the first two rows (or all of them) on one page, with a held heading.
  ensureSpace(doc, ROW * (1 + Math.min(rows.length, 2)));
  const table = openTable(doc);
  drawHeader(doc, columns, widths, table, false);
  let room = rowsHere(doc, rows.length);
  rows.forEach((row, i) => {
    if (room === 0) {
      doc.addPage();
      drawHeader(doc, columns, widths, table, true);
      room = rowsHere(doc, rows.length - i);
    }
    const y = doc.y;
    if (i % 2 === 1) artifact(doc, () => doc.rect(left(doc), y, contentWidth(doc), ROW).fill('#f7f8f9'));
    doc.font(FONT.regular).fontSize(TYPE.table);
    drawRow(doc, columns.map((c) => c.value(row)), widths, aligns, columns.map((c) => (c.alert?.(row) ? COLOR.breach : COLOR.text)), y, 'TD', table);
    doc.y = y + ROW;
    room--;
  });
  endElement(table);
  artifact(doc, () => doc.moveTo(left(doc), doc.y).lineTo(left(doc) + contentWidth(doc), doc.y).lineWidth(0.5).strokeColor(COLOR.rule).stroke());
  doc.x = left(doc);
  doc.moveDown(0.5);
}
