// A table that fits its columns: text wider than its column is cut with an
// ellipsis, unless the column wraps (then the row grows to hold every line);
// a page break repeats the header row.
import { bottom, COLOR, contentWidth, FONT, left, TYPE, type Doc } from './layout.ts';

export interface Column<R> {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
  value: (row: R) => string;
  /** Draw this cell in the breach colour. */
  alert?: (row: R) => boolean;
  /** Wrap the text within the column (the row grows) instead of cutting it. */
  wrap?: boolean;
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

function drawRow(doc: Doc, cells: string[], widths: number[], aligns: ('left' | 'right')[], colors: string[], y: number, wraps: boolean[] = []): void {
  let x = left(doc);
  cells.forEach((text, i) => {
    const w = widths[i] - 2 * PAD;
    if (wraps[i] && !fitsOneLine(doc, text, w)) doc.fillColor(colors[i]).text(text, x + PAD, y + 3, { width: w, align: aligns[i] });
    else doc.fillColor(colors[i]).text(fit(doc, text, w), x + PAD, y + 3, { width: w, align: aligns[i], lineBreak: false });
    x += widths[i];
  });
}

/** One line without wrapping (most cells): measured by width, far cheaper than laying the text out. */
const fitsOneLine = (doc: Doc, text: string, width: number): boolean => !text.includes('\n') && doc.widthOfString(text) <= width;

/** A row's height: one line, or the tallest wrapped cell. */
function rowHeight(doc: Doc, cells: string[], widths: number[], wraps: boolean[]): number {
  let h = ROW;
  cells.forEach((text, i) => {
    const w = widths[i] - 2 * PAD;
    if (wraps[i] && !fitsOneLine(doc, text, w)) h = Math.max(h, doc.heightOfString(text, { width: w }) + 6);
  });
  return h;
}

function drawHeader<R>(doc: Doc, columns: Column<R>[], widths: number[]): void {
  const y = doc.y;
  const wraps = columns.map((c) => c.wrap === true);
  const headers = columns.map((c) => c.header);
  doc.font(FONT.bold).fontSize(TYPE.table);
  const height = rowHeight(doc, headers, widths, wraps);
  doc.rect(left(doc), y, contentWidth(doc), height).fill(COLOR.band);
  doc.font(FONT.bold).fontSize(TYPE.table);
  drawRow(doc, headers, widths, columns.map((c) => c.align ?? 'left'), columns.map(() => COLOR.text), y, wraps);
  doc.y = y + height;
}

export function drawTable<R>(doc: Doc, columns: Column<R>[], rows: R[]): void {
  const widths = columns.map((c) => c.width * contentWidth(doc));
  const aligns = columns.map((c) => c.align ?? 'left');
  const wraps = columns.map((c) => c.wrap === true);
  if (doc.y + 2 * ROW > bottom(doc)) doc.addPage();
  drawHeader(doc, columns, widths);
  rows.forEach((row, i) => {
    const cells = columns.map((c) => c.value(row));
    doc.font(FONT.regular).fontSize(TYPE.table);
    const height = rowHeight(doc, cells, widths, wraps);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      drawHeader(doc, columns, widths);
    }
    const y = doc.y;
    if (i % 2 === 1) doc.rect(left(doc), y, contentWidth(doc), height).fill('#f7f8f9');
    doc.font(FONT.regular).fontSize(TYPE.table);
    drawRow(doc, cells, widths, aligns, columns.map((c) => (c.alert?.(row) ? COLOR.breach : COLOR.text)), y, wraps);
    doc.y = y + height;
  });
  doc.moveTo(left(doc), doc.y).lineTo(left(doc) + contentWidth(doc), doc.y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  doc.x = left(doc);
  doc.moveDown(0.5);
}
