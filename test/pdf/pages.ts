// The lines of each page of a PDF as poppler reads them (pdftotext -bbox-layout),
// with their height, to check pagination: which line ends a page's content, whether
// it is a heading (set larger than the body text), and how many lines a page holds.
import { spawnSync } from 'node:child_process';

export interface PageLine {
  text: string;
  /** Top of the line from the top of the page, in points. */
  top: number;
  /** Height of the line's tallest word box: about 1.16 × the font size for DejaVu Sans. */
  height: number;
}

/** A page's lines above the footer (the bottom margin holds only the footer). */
export interface Page {
  lines: PageLine[];
  footer: string;
}

const FOOTER_FROM_BOTTOM = 50; // PAGE.margin: the footer sits below the content's bottom margin
/** Headings are 12.5 pt, the title 18 pt, body text 9.5 pt and smaller. */
export const isHeadingLine = (l: PageLine) => l.height > 13 && l.height < 17;

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

export function pdfPages(file: string): Page[] {
  const r = spawnSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext ${file}: ${r.stderr}`);
  return [...r.stdout.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, h, body]) => {
    const pageHeight = Number(h);
    const all: PageLine[] = [...body.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([\s\S]*?)<\/line>/g)].map(([, top, words]) => {
      const ws = [...words.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)];
      return { top: Number(top), height: Math.max(...ws.map((w) => Number(w[2]) - Number(w[1]))), text: ws.map((w) => decode(w[3])).join(' ') };
    });
    // Lines in reading order top-down (poppler may list a table row's cells as lines of their own).
    all.sort((a, b) => a.top - b.top);
    const bottom = pageHeight - FOOTER_FROM_BOTTOM;
    return { lines: all.filter((l) => l.top < bottom), footer: all.filter((l) => l.top >= bottom).map((l) => l.text).join(' ') };
  });
}

/** Rows of text at distinct heights (cells of one table row count once). */
export function rowsOf(page: Page): PageLine[][] {
  const rows: PageLine[][] = [];
  for (const l of page.lines) {
    const last = rows.at(-1);
    if (last && Math.abs(last[0].top - l.top) < 2) last.push(l);
    else rows.push([l]);
  }
  return rows;
}

/** The pages (1-based) whose content ends with a heading, except the last page. */
export function headingsAtFoot(pages: Page[]): number[] {
  return pages.flatMap((p, i) => {
    const last = rowsOf(p).at(-1);
    return i < pages.length - 1 && last && last.every(isHeadingLine) ? [i + 1] : [];
  });
}

/** The pages (1-based) that hold a single row of text. */
export function strayLinePages(pages: Page[]): number[] {
  return pages.flatMap((p, i) => (rowsOf(p).length === 1 ? [i + 1] : []));
}
