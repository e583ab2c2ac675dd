// Rendering checks: pages turned into images are not blank, the fonts are the
// embedded DejaVu, table headers repeat on every page a table continues on,
// long names are cut within their column and no two words on a line overlap.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientReportPdf } from '../../src/pdf/client-report.ts';
import { managementReportPdf } from '../../src/pdf/management-report.ts';
import { clientSlice } from '../../src/report/client-slice.ts';
import { fixtureModel, flat, LONG_NAME, manyRows, pdfText, requireTool, tempDir } from './support.ts';

const dir = tempDir();
const clientPdf = join(dir, 'K9.pdf');
const managementPdf = join(dir, 'management.pdf');

beforeAll(async () => {
  requireTool('pdftotext');
  requireTool('pdftoppm');
  const model = await fixtureModel(manyRows(70));
  writeFileSync(clientPdf, await clientReportPdf(clientSlice(model, 'K9'), 'K9', '2025-11'));
  writeFileSync(managementPdf, await managementReportPdf(model, '2025-11'));
});

/** Share of dark pixels of a binary PGM (P5) image. */
function inkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const p of pixels) if (p < 160) dark++;
  return dark / pixels.length;
}

interface Word { page: number; xMin: number; xMax: number; yMin: number; text: string }

function words(file: string): Word[] {
  const r = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  for (const line of r.stdout.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4] });
  }
  return out;
}

describe.each([
  ['client report with 70 storingen and a long name', clientPdf],
  ['management report', managementPdf],
])('%s', (_, file) => {
  it('renders every page to a non-blank image', () => {
    const prefix = join(dir, `${file.endsWith('K9.pdf') ? 'c' : 'm'}-page`);
    const r = spawnSync('pdftoppm', ['-r', '30', '-gray', file, prefix]);
    expect(r.status).toBe(0);
    const pages = readdirSync(dir).filter((f) => f.startsWith(prefix.split('/').pop()!) && f.endsWith('.pgm'));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(inkShare(readFileSync(join(dir, p))), p).toBeGreaterThan(0.005);
  });

  it('uses only the embedded DejaVu fonts', () => {
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBe(2);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)? +CID TrueType +Identity-H +yes yes yes/);
  });

  it('has no words overlapping on a line', () => {
    const byLine = new Map<string, Word[]>();
    for (const w of words(file)) {
      const key = `${w.page}:${Math.round(w.yMin)}`;
      if (!byLine.has(key)) byLine.set(key, []);
      byLine.get(key)!.push(w);
    }
    const overlaps: string[] = [];
    for (const [key, line] of byLine) {
      line.sort((a, b) => a.xMin - b.xMin);
      for (let i = 1; i < line.length; i++) if (line[i - 1].xMax > line[i].xMin + 0.5) overlaps.push(`${key}: "${line[i - 1].text}" / "${line[i].text}"`);
    }
    expect(overlaps).toEqual([]);
  });
});

describe('tables across pages', () => {
  it('repeats the header on every page the storingen table continues on, with no header cut short', () => {
    const pages = pdfText(clientPdf, true).split('\f');
    // The storingen table's pages: a row starts with the ticket id and its registration date
    // (the summary's breach lines and the open storingen table name the ids too).
    const tablePages = pages.filter((p) => /^L-\d{3} +\d{2}-\d{2}-\d{4}/m.test(p));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) {
      const header = page.split('\n').find((l) => l.includes('Ticket') && l.includes('Geregistreerd'));
      expect(header).toBeDefined();
      // Headers wrap within their column: the first line of each, none cut with "…".
      expect(header).toMatch(/Ticket +Geregistreerd +Niveau +Streeftijd +Deadline +Hersteld +Hersteltijd +Wachten op +Resultaat +Statusupdate/);
      expect(page).not.toContain('…');
    }
    for (let i = 1; i <= 70; i++) expect(pages.join('\n')).toContain(`L-${String(i).padStart(3, '0')}`);
  });

  it('wraps the long client name on the cover and cuts it in the management tables', () => {
    expect(flat(pdfText(clientPdf))).toContain(LONG_NAME);
    const management = pdfText(managementPdf, true);
    expect(management).not.toContain(LONG_NAME);
    expect(management).toMatch(/Praktijk voor Fysiotherapie[^\n]*…/);
    expect(management).not.toMatch(/^.*(Soort|Klant|Ticket).*…/m);
  });
});
