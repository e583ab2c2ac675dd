// Pagination rules of the PDF layer (src/pdf/keep.ts, layout.ts, table.ts), on documents
// made to hit each case: the layer's helpers are called with doc.y set so that only a
// known room is left above the bottom margin, and the text read back per page
// (pdftotext -bbox-layout) shows where each block went.
//
// Geometry (src/pdf/layout.ts): body text 9.5 pt DejaVu Sans with a 1.5 pt line gap, so
// a body line takes currentLineHeight + 1.5 ≈ 12.6 pt; a heading takes about 26 pt with
// its gaps; a table row 13.5 pt (7.5 pt type + 6).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageFooters, reportDocument, toBuffer } from '../../src/pdf/document.ts';
import { bottom, bullet, heading, paragraph, type Doc } from '../../src/pdf/layout.ts';
import { drawTable, type Column } from '../../src/pdf/table.ts';
import { shareChart } from '../../src/pdf/chart.ts';
import { headingsAtFoot, isHeadingLine, pdfPages, rowsOf, strayLinePages, type Page } from './pages.ts';
import { requireTool, tempDir } from './support.ts';

const dir = tempDir('sla-pagination-');
const meta = { title: 'Paginering', author: 'Intramed BV', subject: 'Test', dated: '2025-12-01T00:00:00+01:00' };

/** A sentence repeated to `lines` lines or so of body text (each word group is numbered so lines differ). */
const words = (label: string, count: number) => Array.from({ length: count }, (_, i) => `${label}${i + 1} tekst`).join(' ');

async function render(name: string, draw: (doc: Doc) => void): Promise<Page[]> {
  const doc = reportDocument(meta);
  draw(doc);
  pageFooters(doc, 'voettekst');
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await toBuffer(doc));
  return pdfPages(file);
}

/** Moves the next block to `room` points above the bottom margin of the first page. */
const leave = (doc: Doc, room: number) => {
  paragraph(doc, 'Eerste alinea bovenaan.');
  doc.y = bottom(doc) - room;
};

const bodyLine = (doc: Doc) => {
  doc.fontSize(9.5);
  return doc.currentLineHeight(true) + 1.5;
};

const texts = (p: Page) => rowsOf(p).map((r) => r.map((l) => l.text).join(' '));

beforeAll(() => requireTool('pdftotext'));

describe('a heading never stands alone at the foot of a page', () => {
  it('moves to the next page with a paragraph when only the heading (and one line) would fit', async () => {
    // Room 45 pt: the heading (~26 pt) fits, with one body line (12.6) but not two (25.2).
    const pages = await render('heading-paragraph', (doc) => {
      leave(doc, 45);
      heading(doc, 'Kop boven een alinea');
      paragraph(doc, words('alinea', 60));
    });
    expect(pages).toHaveLength(2);
    expect(texts(pages[0]).join(' ')).not.toContain('Kop boven een alinea');
    expect(texts(pages[1])[0]).toBe('Kop boven een alinea');
    expect(headingsAtFoot(pages)).toEqual([]);
  });

  it('stays when the heading and the first two lines of the paragraph fit', async () => {
    // Room 60 pt: heading 26 + two lines 25.2 = 51.2 fit; the rest of the paragraph continues on page 2.
    const pages = await render('heading-fits', (doc) => {
      leave(doc, 60);
      heading(doc, 'Kop die blijft');
      paragraph(doc, words('alinea', 60));
    });
    const first = texts(pages[0]);
    expect(first.at(-3)).toBe('Kop die blijft');
    expect(first.at(-2)).toMatch(/^alinea1 tekst/);
    expect(headingsAtFoot(pages)).toEqual([]);
  });

  it('keeps with a table header and two rows', async () => {
    // Room 60 pt: heading 26 + header and one row (27) fit, header and two rows (40.5) do not.
    const columns: Column<number>[] = [
      { header: 'Ticket', width: 0.5, value: (n) => `T-${n}` },
      { header: 'Resultaat', width: 0.5, value: (n) => (n % 2 ? 'binnen' : 'buiten') },
    ];
    const pages = await render('heading-table', (doc) => {
      leave(doc, 60);
      heading(doc, 'Kop boven een tabel');
      drawTable(doc, columns, [1, 2, 3, 4, 5]);
    });
    expect(texts(pages[0]).join(' ')).not.toContain('Kop boven een tabel');
    expect(texts(pages[1]).slice(0, 4)).toEqual(['Kop boven een tabel', 'Ticket Resultaat', 'T-1 binnen', 'T-2 buiten']);
  });

  it('keeps with its short introduction and the chart after it', async () => {
    // Room 150 pt: heading and a one-line introduction fit, the chart (about 200 pt) does not:
    // all three go to page 2.
    const pages = await render('heading-chart', (doc) => {
      leave(doc, 150);
      heading(doc, 'Kop boven een grafiek');
      paragraph(doc, 'Korte inleiding bij de grafiek.');
      shareChart(doc, [{ month: '2025-11', share: 0.5, resolved: 4 }]);
    });
    expect(texts(pages[0]).join(' ')).not.toMatch(/Kop boven een grafiek|Korte inleiding/);
    expect(texts(pages[1]).slice(0, 2)).toEqual(['Kop boven een grafiek', 'Korte inleiding bij de grafiek.']);
  });

  it('a lead-in ending in a colon goes with the first item of its list', async () => {
    // Room 20 pt: the one-line lead-in (12.6) fits, with no room for the first bullet's line.
    const pages = await render('lead-in', (doc) => {
      leave(doc, 20);
      paragraph(doc, 'De streeftijden:');
      bullet(doc, 'niveau 1: 4 uur');
      bullet(doc, 'niveau 2: 5 werkdagen');
    });
    expect(texts(pages[0]).join(' ')).not.toContain('De streeftijden:');
    expect(texts(pages[1]).slice(0, 2)).toEqual(['De streeftijden:', '• niveau 1: 4 uur']);
  });
});

describe('no page holds a single line of a paragraph', () => {
  it('moves a paragraph whose first line alone would fit at the foot (orphan)', async () => {
    const pages = await render('orphan', (doc) => {
      leave(doc, bodyLine(doc) * 1.5);
      paragraph(doc, words('wees', 40));
    });
    expect(texts(pages[0]).join(' ')).not.toContain('wees1 ');
    expect(texts(pages[1])[0]).toMatch(/^wees1 tekst/);
  });

  it('takes a line along so that the last line is not alone at the top of the next page (widow)', async () => {
    // Room for 4 lines of a 5-line paragraph: pdfkit would put 4 here and 1 there; the layer puts 3 and 2.
    let lines = 0;
    const pages = await render('widow', (doc) => {
      leave(doc, bodyLine(doc) * 4 + 1);
      const text = words('weduwe', 28);
      doc.fontSize(9.5);
      lines = Math.round(doc.heightOfString(text, { width: doc.page.width - 100, lineGap: 1.5 }) / bodyLine(doc));
      paragraph(doc, text);
    });
    expect(lines).toBe(5);
    const onFirst = texts(pages[0]).filter((t) => t.includes('weduwe'));
    const onSecond = texts(pages[1]).filter((t) => t.includes('weduwe'));
    expect([onFirst.length, onSecond.length]).toEqual([3, 2]);
  });
});

describe('tables split over pages', () => {
  const columns: Column<number>[] = [
    { header: 'Ticket', width: 0.3, value: (n) => `T-${n}` },
    { header: 'Hersteltijd', width: 0.7, value: (n) => `${n} u` },
  ];

  it('repeat their header row on every page and leave at least two rows on the last', async () => {
    // A page holds (841.89 - 2 × 50) / 13.5 = 54 rows: 110 rows from the top of page 1 fill
    // pages 1 and 2 and would leave one stray row; the layer moves a row along.
    const rows = Array.from({ length: 110 }, (_, i) => i + 1);
    const pages = await render('table', (doc) => drawTable(doc, columns, rows));
    expect(pages.length).toBe(3);
    for (const p of pages) expect(texts(p)).toContain('Ticket Hersteltijd');
    const last = texts(pages[2]).filter((t) => t.startsWith('T-'));
    expect(last.length).toBeGreaterThanOrEqual(2);
    expect(last.at(-1)).toBe('T-110 110 u');
    // Every row exactly once.
    const all = pages.flatMap((p) => texts(p).filter((t) => t.startsWith('T-')));
    expect(all).toEqual(rows.map((n) => `T-${n} ${n} u`));
    expect(strayLinePages(pages)).toEqual([]);
  });
});

describe('headings are recognised by their size', () => {
  it('reads the heading line as a heading and body lines as not', async () => {
    const pages = await render('sizes', (doc) => {
      heading(doc, 'Een kop');
      paragraph(doc, 'Een regel tekst.');
    });
    const rows = rowsOf(pages[0]);
    const kop = rows.find((r) => r[0].text === 'Een kop')!;
    const body = rows.find((r) => r[0].text.startsWith('Een regel'))!;
    expect(kop.every(isHeadingLine)).toBe(true);
    expect(body.every(isHeadingLine)).toBe(false);
  });
});
