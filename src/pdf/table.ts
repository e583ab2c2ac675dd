// A table that fits its columns: text wider than its column is cut with an ellipsis,
// unless the column wraps (then the row grows to hold every line); a page break repeats
// the header row. Tagged as a Table of TR rows with TH header cells and TD cells; the
// repeated headers, the row bands and the closing rule are artifacts. A split leaves at
// least two rows on each page (the heading before it keeps with its header and two rows).
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

/** One line without wrapping (most cells): measured by width, far cheaper than laying the text out. */
const fitsOneLine = (doc: Doc, text: string, width: number): boolean => !text.includes('\n') && doc.widthOfString(text) <= width;

/** A row's height: one line, or the tallest wrapped cell (in the current font). */
function rowHeight(doc: Doc, cells: string[], widths: number[], wraps: boolean[]): number {
  let h = ROW;
  cells.forEach((text, i) => {
    const w = widths[i] - 2 * PAD;
    if (wraps[i] && !fitsOneLine(doc, text, w)) h = Math.max(h, doc.heightOfString(text, { width: w }) + 6);
  });
  return h;
}

type Table = ReturnType<typeof openTable>;

/** A row's cells, each as a TH or TD of `table` (its TR). */
function drawRow(doc: Doc, cells: string[], widths: number[], aligns: ('left' | 'right')[], colors: string[], y: number, wraps: boolean[], role: 'TH' | 'TD', table: Table): void {
  let x = left(doc);
  tableRow(
    doc,
    table,
    cells.map((text, i) => {
      const at = x;
      x += widths[i];
      const w = widths[i] - 2 * PAD;
      const draw = () => {
        if (wraps[i] && !fitsOneLine(doc, text, w)) doc.fillColor(colors[i]).text(text, at + PAD, y + 3, { width: w, align: aligns[i] });
        else doc.fillColor(colors[i]).text(fit(doc, text, w), at + PAD, y + 3, { width: w, align: aligns[i], lineBreak: false });
      };
      return { role, draw };
    }),
  );
}

/** The header row: in the structure tree the first time, an artifact where a page break repeats it. */
function drawHeader<R>(doc: Doc, columns: Column<R>[], widths: number[], wraps: boolean[], table: Table, repeated: boolean): void {
  const y = doc.y;
  const cells = columns.map((c) => c.header);
  doc.font(FONT.bold).fontSize(TYPE.table);
  const height = rowHeight(doc, cells, widths, wraps);
  artifact(doc, () => doc.rect(left(doc), y, contentWidth(doc), height).fill(COLOR.band));
  doc.font(FONT.bold).fontSize(TYPE.table);
  const draw = (t: Table) => drawRow(doc, cells, widths, columns.map((c) => c.align ?? 'left'), columns.map(() => COLOR.text), y, wraps, 'TH', t);
  if (repeated) artifact(doc, () => draw(null));
  else draw(table);
  doc.y = y + height;
}

/**
 * How many of the rows from `from` go on this page from doc.y: one fewer than fit when a
 * single row would be left for the next page, as long as two stay on this one.
 */
function rowsHere(doc: Doc, heights: number[], from: number): number {
  let y = doc.y;
  let fit = 0;
  while (from + fit < heights.length && y + heights[from + fit] <= bottom(doc) + 1e-6) y += heights[from + fit++];
  const remaining = heights.length - from;
  if (fit >= remaining) return remaining;
  return remaining - fit === 1 && fit >= 3 ? fit - 1 : Math.max(fit, 1);
}

export function drawTable<R>(doc: Doc, columns: Column<R>[], rows: R[]): void {
  const widths = columns.map((c) => c.width * contentWidth(doc));
  const aligns = columns.map((c) => c.align ?? 'left');
  const wraps = columns.map((c) => c.wrap === true);
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  doc.font(FONT.regular).fontSize(TYPE.table);
  const heights = cells.map((r) => rowHeight(doc, r, widths, wraps));
  // The header and the first two rows (or all of them) on one page, with a held heading.
  ensureSpace(doc, ROW + heights.slice(0, 2).reduce((a, b) => a + b, 0));
  const table = openTable(doc);
  drawHeader(doc, columns, widths, wraps, table, false);
  let room = rowsHere(doc, heights, 0);
  rows.forEach((row, i) => {
    if (room === 0) {
      doc.addPage();
      drawHeader(doc, columns, widths, wraps, table, true);
      room = rowsHere(doc, heights, i);
    }
    const y = doc.y;
    const height = heights[i];
    if (i % 2 === 1) artifact(doc, () => doc.rect(left(doc), y, contentWidth(doc), height).fill('#f7f8f9'));
    doc.font(FONT.regular).fontSize(TYPE.table);
    drawRow(doc, cells[i], widths, aligns, columns.map((c) => (c.alert?.(row) ? COLOR.breach : COLOR.text)), y, wraps, 'TD', table);
    doc.y = y + height;
    room--;
  });
  endElement(table);
  artifact(doc, () => doc.moveTo(left(doc), doc.y).lineTo(left(doc) + contentWidth(doc), doc.y).lineWidth(0.5).strokeColor(COLOR.rule).stroke());
  doc.x = left(doc);
  doc.moveDown(0.5);
}
