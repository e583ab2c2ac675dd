// Every report is a tagged, archivable PDF (src/pdf/tags.ts, document.ts, pdfa.ts): the
// client report, the management report and an Article 5 dossier are read back with
// poppler (pdfinfo, pdfinfo -struct-text) and from their bytes, the compressed streams
// inflated with zlib.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientReportPdf } from '../../src/pdf/client-report.ts';
import { managementReportPdf } from '../../src/pdf/management-report.ts';
import { dossierPdf } from '../../src/pdf/dossier/render-dossier.ts';
import { clientSlice } from '../../src/report/client-slice.ts';
import { buildDossier } from '../../src/report/dossier.ts';
import { infoXmp } from '../../src/pdf/pdfa.ts';
import { fixtureModel, LONG_NAME, manyRows, requireTool, tempDir } from './support.ts';

const dir = tempDir('sla-tagging-');
const files: Record<'client' | 'management' | 'dossier', string> = { client: '', management: '', dossier: '' };

const outputs = new Map<string, string>();

/** pdfinfo's output, once per file and options. */
function tool(args: string[]): string {
  const key = args.join('\u0000');
  if (!outputs.has(key)) outputs.set(key, run(args));
  return outputs.get(key)!;
}

/** The client PDF's structure tree with its text (pdfinfo -struct-text takes seconds of CPU: run once, without blocking). */
let clientTree = '';

function run(args: string[]): string {
  const r = spawnSync('pdfinfo', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdfinfo ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The file's bytes as text, each FlateDecode stream replaced by its inflated content. */
function inflated(file: string): string {
  const bytes = readFileSync(file);
  const raw = bytes.toString('latin1');
  let out = '';
  let at = 0;
  for (const m of raw.matchAll(/\/Length (\d+)[^]*?>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = start + Number(m[1]);
    out += raw.slice(at, start);
    const body = bytes.subarray(start, end);
    try {
      out += m[0].includes('FlateDecode') ? inflateSync(body).toString('latin1') : body.toString('latin1');
    } catch {
      out += body.toString('latin1');
    }
    at = end;
  }
  return out + raw.slice(at);
}

beforeAll(async () => {
  requireTool('pdftotext');
  // K9 has a long name with "&" and 70 storingen (a table over pages); the chart has a month.
  const model = await fixtureModel(manyRows());
  files.client = join(dir, 'K9.pdf');
  writeFileSync(files.client, await clientReportPdf(clientSlice(model, 'K9'), 'K9', '2025-11'));
  files.management = join(dir, 'management.pdf');
  writeFileSync(files.management, await managementReportPdf(model, '2025-11'));
  files.dossier = join(dir, 'dossier.pdf');
  writeFileSync(files.dossier, await dossierPdf(buildDossier(model, 'K9', '2025-11-01', '2025-11-30'), model.sla));
  clientTree = (await promisify(execFile)('pdfinfo', ['-struct-text', files.client], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}, 120_000);

describe.each(['client', 'management', 'dossier'] as const)('the %s PDF', (kind) => {
  it('is tagged, in Dutch (nl-NL), and shows its title as the window title', () => {
    const info = tool([files[kind]]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const text = inflated(files[kind]);
    expect(text).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(text).toContain('/Marked true');
    expect(text).toContain('/Lang (nl-NL)');
    expect(text).toContain('/DisplayDocTitle true');
    const title = /^Title:\s+(.*)$/m.exec(info)![1];
    expect(title).toMatch(kind === 'client' ? /^Servicerapportage november 2025 – Praktijk voor Fysiotherapie/ : kind === 'management' ? /^Managementrapportage SLA november 2025$/ : /^Dossier artikel 5 – /);
  });

  it('has a structure tree: the title as H1, section headings as H2, paragraphs, lists and tables with header cells', () => {
    const tree = tool(['-struct', files[kind]]);
    const roles = new Set([...tree.matchAll(/^\s*([A-Za-z0-9]+)(?: \(\w+\))?$/gm)].map((m) => m[1]));
    expect(tree.split('\n')[0]).toBe('Document');
    for (const role of ['H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']) expect(roles, role).toContain(role);
    // The cover title is the first element, in the reading order.
    expect(tree).toMatch(/^Document\n {2}H1 \(block\)\n/);
  });

  it('is marked PDF/A-2a in its XMP metadata, with the sRGB output intent and every font embedded', () => {
    const text = inflated(files[kind]);
    expect(text).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(text).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(text).toContain('/S /GTS_PDFA1');
    expect(text).toMatch(/^%PDF-1\.7/);
    const fonts = spawnSync('pdffonts', [files[kind]], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // pdffonts' columns: name type encoding emb sub uni object: every font embedded, with a ToUnicode map.
    for (const f of fonts) expect(f).toMatch(/ yes yes yes /);
  });

  it('marks the page footers as artifacts', () => {
    const text = inflated(files[kind]);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(tool([files[kind]]))![1]);
    expect((text.match(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/g) ?? []).length).toBe(pages);
  });
});

describe('the client PDF', () => {
  it('starts with its title and has its section headings as H2 with their text', () => {
    expect(clientTree).toMatch(/^Document\n {2}H1 \(block\)\n {4}"Servicerapportage november 2025"/);
    expect(clientTree).toMatch(/H2 \(block\)\n\s+"Storingen in november 2025"/);
    // The client PDF's provenance is the compact one (the file hashes are in the management PDF and dossiers).
    expect(clientTree).toMatch(/H2 \(block\)\n\s+"Herkomst"/);
  });

  it('has its storingen table with one header row in the tree (the repeats on later pages are artifacts)', () => {
    const tree = clientTree;
    expect(tool([files.client])).toMatch(/^Pages:\s+[3-9]$/m);
    expect((tree.match(/TH\n\s+"Ticket"/g) ?? []).length).toBe(1);
    // 70 storingen, L-001 … L-070, each a row of TD cells (the first cell holds the id, then the kind).
    for (const id of ['L-001', 'L-035', 'L-070']) expect(tree).toMatch(new RegExp(`TD\\n\\s+"${id}`));
  });

  it("has the summary's breach lines as a list, and the chart as a Figure with its figures as alt text", () => {
    const tree = clientTree;
    expect(tree).toMatch(/L \(block\)\n\s+LI \(block\)\n\s+Lbl \(block\)\n\s+"•"\n\s+LBody \(block\)\n\s+"✗ L-001, incident niveau 1/);
    expect(tree).toMatch(/\n\s+Figure\n/);
    // November 2025: 46 of the 70 resolved storingen within streeftijd (the fixture's summary) = 65,7 %.
    expect(inflated(files.client)).toContain('/Alt (Staafdiagram van het aandeel binnen de streeftijd per maand. okt 25: geen herstelde storingen; nov 25: 65,7% van 70 hersteld.)');
  });
});

describe('the XMP metadata', () => {
  it('repeats the info dictionary, with "&" and "<" escaped', () => {
    const xmp = infoXmp({ Title: `Servicerapportage – ${LONG_NAME}`, Author: 'A <B>', Creator: 'sla-rapport', Producer: 'sla-rapport (PDFKit)', CreationDate: new Date('2025-11-30T23:00:00Z'), ModDate: new Date('2025-11-30T23:00:00Z') });
    expect(xmp).toContain('Revalidatie De Grote Wetering-Noord &amp; Zuid B.V.');
    expect(xmp).toContain('<rdf:li>A &lt;B&gt;</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2025-11-30T23:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2025-11-30T23:00:00Z</xmp:ModifyDate>');
    expect(xmp).toContain('<pdf:Producer>sla-rapport (PDFKit)</pdf:Producer>');
  });
});
