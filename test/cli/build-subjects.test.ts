// Ticket subjects reach only the client's own eyes. One helpdesk export
// (test/fixtures/subjects/export.csv) of two clients in March 2026, each ticket with a
// subject holding a distinctive text (ONDW-K1-A, ONDW-K1-B for K1; ONDW-K2-A, ONDW-K2-B
// for K2; patient-like names Verheugen and Schimmelpenning), and a complaint of K1 over
// March (so a dossier of the client whose subjects are read). Built with a mapping that
// names the subject column, every file of the output is read as people read it (HTML and
// JSON as text, PDFs through pdftotext): K1's subjects appear in K1's PDF and on K1's
// page only, K2's in K2's only; no other file (management PDF, dossier, month pages,
// overview, data quality, beoordelingen.json) holds any, and neither does `evaluate`.
// Built with the same mapping without the subject field, no file holds any.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, requireTool } from '../pdf/support.ts';
import { cli } from '../support/cli.ts';
import { scratchDir } from '../support/small-build.ts';

const FIXTURE = 'test/fixtures/subjects';
const DATA = ['--export', `${FIXTURE}/export.csv`, '--complaints', `${FIXTURE}/complaints.csv`, '--as-of', '2026-04-02T12:00'];
const K1 = /ONDW-K1|Verheugen/;
const K2 = /ONDW-K2|Schimmelpenning/;
const ANY = /ONDW-K|Verheugen|Schimmelpenning|lang onderwerp/;

/** Every file of a build as text, by path relative to it (PDFs as pdftotext reads them; fonts and images left out). */
function texts(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.pdf')) files.set(relative(out, p), pdfText(p));
      else if (/\.(html|json|js|css|svg|txt|xml)$/.test(p)) files.set(relative(out, p), readFileSync(p, 'utf8'));
    }
  };
  walk(out);
  return files;
}

function build(prefix: string, mappings: string): string {
  const out = join(scratchDir(prefix), 'out');
  const r = cli(['build', ...DATA, '--mappings', mappings, '--out', out]);
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stderr}`);
  return out;
}

describe('a build with a mapping that names the subject column', () => {
  let out = '';
  let files = new Map<string, string>();
  beforeAll(() => {
    requireTool('pdftotext');
    out = build('subjects-with', `${FIXTURE}/with`);
    files = texts(out);
  });
  afterAll(() => rmSync(dirname(out), { recursive: true, force: true }));

  const own: [string, RegExp, RegExp, string[]][] = [
    ['rapporten/2026-03/K1.pdf', K1, K2, ['ONDW-K1-A mevrouw Verheugen kan niet inloggen', 'ONDW-K1-B agenda loopt vast']],
    ['rapporten/2026-03/K2.pdf', K2, K1, ['ONDW-K2-A declaratie van patiënt Schimmelpenning geweigerd', 'ONDW-K2-B lang onderwerp']],
    ['klanten/K1/index.html', K1, K2, ['ONDW-K1-A mevrouw Verheugen kan niet inloggen', 'ONDW-K1-B agenda loopt vast']],
    ['klanten/K2/index.html', K2, K1, ['ONDW-K2-A declaratie van patiënt Schimmelpenning geweigerd', 'ONDW-K2-B lang onderwerp']],
  ];
  it.each(own)("%s shows the client's own subjects and no other client's", (file, mine, theirs, subjects) => {
    const text = files.get(file)!.replace(/\s+/g, ' ');
    for (const s of subjects) expect(text).toContain(s);
    expect(text).toMatch(mine);
    expect(text).not.toMatch(theirs);
  });

  it("K2's long subject is cut with an ellipsis, in its PDF and on its page", () => {
    // 309 characters cut to 149 and "…" (test/ingest/subject.test.ts): ends "... lang onderwerp lang…".
    expect(files.get('klanten/K2/index.html')).toContain(`ONDW-K2-B ${'lang onderwerp '.repeat(9)}lang…<`);
    expect(files.get('rapporten/2026-03/K2.pdf')!.replace(/\s+/g, ' ')).toContain(`ONDW-K2-B ${'lang onderwerp '.repeat(9)}lang…`);
  });

  it('no other file holds a subject: management PDF, dossier, month pages, overview, data quality, beoordelingen.json', () => {
    const others = [...files.keys()].filter((f) => !own.some(([o]) => o === f));
    // The files that must be among them, so the check cannot pass by finding nothing.
    for (const f of ['rapporten/2026-03/management.pdf', 'rapporten/dossiers/KL-S1.pdf', 'klachten/KL-S1/index.html', 'maanden/2026-03/index.html', 'maanden/2026-03/storingen/index.html', 'index.html', 'klanten/index.html', 'datakwaliteit/index.html', 'beoordelingen.json']) {
      expect(others).toContain(f);
    }
    const leaking = others.filter((f) => ANY.test(files.get(f)!));
    expect(leaking).toEqual([]);
  });

  it('the data-quality page names the cut subject by file and line, without its text', () => {
    const page = files.get('datakwaliteit/index.html')!;
    expect(page).toContain('subject-cut');
    expect(page).toContain('onderwerp ingekort van 309 tot 150 tekens');
  });
});

describe('the commands that print records', () => {
  const mappings = ['--mappings', `${FIXTURE}/with`];
  it.each(['json', 'csv'])('evaluate --format %s holds no subject', (format) => {
    const r = cli(['evaluate', '--tickets', `${FIXTURE}/export.csv`, ...mappings, '--as-of', '2026-04-02T12:00', '--format', format]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('S1');
    expect(r.stdout).not.toMatch(ANY);
    expect(r.stderr).not.toMatch(ANY);
  });

  it("a dossier of K1's period holds no subject", () => {
    requireTool('pdftotext');
    const dir = scratchDir('subjects-dossier');
    try {
      const file = join(dir, 'K1.pdf');
      const r = cli(['dossier', '--client', 'K1', '--from', '2026-03-01', '--to', '2026-03-31', ...DATA, ...mappings, '--out', file]);
      expect(r.status, r.stderr).toBe(0);
      const text = pdfText(file);
      expect(text).toContain('S1');
      expect(text).not.toMatch(ANY);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a build with the same mapping without the subject field', () => {
  let out = '';
  let files = new Map<string, string>();
  beforeAll(() => {
    requireTool('pdftotext');
    out = build('subjects-without', `${FIXTURE}/without`);
    files = texts(out);
  });
  afterAll(() => rmSync(dirname(out), { recursive: true, force: true }));

  it('no file holds a subject, also not the clients\' own PDFs and pages', () => {
    for (const f of ['rapporten/2026-03/K1.pdf', 'rapporten/2026-03/K2.pdf', 'klanten/K1/index.html', 'klanten/K2/index.html']) expect([...files.keys()]).toContain(f);
    expect([...files.keys()].filter((f) => ANY.test(files.get(f)!))).toEqual([]);
    expect(files.get('rapporten/2026-03/K1.pdf')).not.toContain('Onderwerp per storing');
  });
});

describe("tickets.csv's subject column (test/fixtures/subjects/tickets.csv: C1 of K1, C2 of K2)", () => {
  const tickets = ['--tickets', `${FIXTURE}/tickets.csv`, '--as-of', '2026-04-02T12:00'];
  const clientPdf = (extra: string[]) => {
    const dir = scratchDir('subjects-canonical');
    try {
      const r = cli(['pdf', '--month', '2026-03', '--client', 'K1', ...tickets, ...extra, '--out', dir]);
      expect(r.status, r.stderr).toBe(0);
      // Passed by without the option, the column is named in a notice (never its text).
      if (extra.includes('--subjects')) expect(r.stderr).not.toContain('subject-not-read');
      else expect(r.stderr).toMatch(/tickets\.csv:1: subject-not-read: de kolom subject is niet gelezen/);
      expect(r.stderr).not.toMatch(/ONDW|Oosterhuis|scanner/);
      return pdfText(join(dir, '2026-03', 'K1.pdf')).replace(/\s+/g, ' ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('is not read without --subjects (privacy by default)', () => {
    requireTool('pdftotext');
    const text = clientPdf([]);
    expect(text).toContain('C1');
    expect(text).not.toMatch(/ONDW|Oosterhuis|scanner/);
  });

  it("with --subjects, K1's report shows K1's subject and not K2's", () => {
    const text = clientPdf(['--subjects']);
    expect(text).toContain('C1 ONDW-K1-C printer van meneer Oosterhuis');
    expect(text).not.toMatch(/ONDW-K2|scanner/);
  });

  it('evaluate --subjects still prints no subject', () => {
    const r = cli(['evaluate', ...tickets, '--subjects', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('C1');
    expect(r.stdout).not.toMatch(/ONDW|Oosterhuis|scanner/);
  });
});
