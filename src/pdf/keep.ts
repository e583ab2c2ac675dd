// Pagination rules of the layer, so every report gets them:
// - a heading is held back until the block after it is drawn, then placed where it
//   fits together with the start of that block (its first two lines, a table's
//   header and two rows, a whole chart), else both go to the next page;
// - a wrapped text never leaves a single line on a page: not its first line at the
//   foot (it moves to the next page) and not its last line at the top of the next
//   (one more line goes over with it).
import type { Doc } from './layout.ts';

interface Held {
  height: number;
  draw: () => void;
}
const held = new WeakMap<Doc, Held[]>();

const maxY = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;

/** Holds a heading of `height` points back until the next block is placed (see `placeHeld`). */
export function holdHeading(doc: Doc, height: number, draw: () => void): void {
  const list = held.get(doc);
  if (list) list.push({ height, draw });
  else held.set(doc, [{ height, draw }]);
}

const heldHeightOf = (list: Held[]) => list.reduce((sum, h) => sum + h.height, 0);

/** The height of the headings waiting for their block (0 when none). */
export const heldHeight = (doc: Doc): number => heldHeightOf(held.get(doc) ?? []);

/**
 * Draws the held headings, first starting a new page when they and the first `next`
 * points of what follows do not fit on this one. Without held headings it does nothing.
 */
export function placeHeld(doc: Doc, next: number): void {
  const list = held.get(doc);
  if (!list) return;
  held.delete(doc);
  if (doc.y + heldHeightOf(list) + next > maxY(doc)) doc.addPage();
  // The block after the headings was styled already: its font, size and colour come back.
  const style = doc as unknown as { _font: unknown; _fontSize: number; _fillColor: [string, number] | null };
  const { _font: font, _fontSize: size, _fillColor: fill } = style;
  for (const h of list) h.draw();
  style._font = font;
  doc.fontSize(size);
  if (fill) doc.fillColor(...fill);
}

/** How many lines of height `lineHeight` pdfkit's line wrapping puts on the page from doc.y (its test: y + line height > bottom breaks). */
function linesLeft(doc: Doc, lineHeight: number, firstLine: number): number {
  const room = maxY(doc) - doc.y;
  if (room < firstLine) return 0;
  return Math.max(1, Math.floor((room + 1e-6) / lineHeight));
}

export interface TextBlock {
  text: string;
  width: number;
  lineGap: number;
}

/** The number of lines `block` wraps to in the current font. */
export function linesOf(doc: Doc, block: TextBlock): number {
  if (!block.text.includes('\n') && doc.widthOfString(block.text) <= block.width) return 1;
  const lineHeight = doc.currentLineHeight(true) + block.lineGap;
  return Math.max(1, Math.round(doc.heightOfString(block.text, { width: block.width, lineGap: block.lineGap }) / lineHeight));
}

/** At most the number of lines of `block`, measured only when it might not fit in `room`. */
function linesAtMost(doc: Doc, block: TextBlock, lineHeight: number, room: number): number {
  const breaks = (block.text.match(/\n/g) ?? []).length;
  // Generous upper bound without wrapping: words never fill less than half a line.
  const bound = Math.ceil((2 * doc.widthOfString(block.text)) / block.width) + breaks + 1;
  return bound * lineHeight <= room ? bound : linesOf(doc, block);
}

/**
 * Places a text block (font and size set) so that no page holds a single line of it,
 * with any held heading, and calls `draw` to write it from doc.y. Returns after `draw`.
 */
export function keepLines(doc: Doc, block: TextBlock, draw: () => void): void {
  const font = doc.currentLineHeight(true);
  const lineHeight = font + block.lineGap;
  const lines = linesAtMost(doc, block, lineHeight, maxY(doc) - doc.y - heldHeight(doc));
  placeHeld(doc, Math.min(lines, 2) * lineHeight);
  const fit = linesLeft(doc, lineHeight, font);
  if (lines <= fit) return draw();
  // Split so that both parts have at least two lines, else start the block on a new page.
  const here = Math.min(fit, lines - 2);
  if (here < 2) {
    doc.addPage();
    return draw();
  }
  // pdfkit breaks the page after the line whose successor would cross the bottom margin.
  const page = doc.page;
  const bottomMargin = page.margins.bottom;
  page.margins.bottom = page.height - (doc.y + here * lineHeight + lineHeight / 2);
  try {
    draw();
  } finally {
    page.margins.bottom = bottomMargin;
  }
}
