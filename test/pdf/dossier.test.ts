// Article 5 dossier PDFs from the canonical fixture, judged as of 10 March 2026 12:00
// (A1 and A2 are hand-worked in test/cli/evaluate.test.ts), with the complaints of
// test/fixtures/dossier/complaints.csv:
//   KL-1: K1, November 2025 (no storingen), discussed 2025-12-20, no plan yet: due
//         2026-01-17 (20 Dec + 28 days), 52 days overdue on 10 March (14 + 28 + 10).
//   KL-2: K2, March 2026 (A2), not yet discussed.
//   KL-3: K1, March 2026 (A1), discussed 2026-03-06: due 2026-04-03; delivered 2026-03-09, on time.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNormsData } from '../../src/norms/load-norms.ts';
import { dossierPdf } from '../../src/pdf/dossier/render-dossier.ts';
import { clockMoments } from '../../src/words/index.ts';
import { writeDossiers } from '../../src/pdf/dossier/write-dossiers.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import type { ReportModel, TicketRow } from '../../src/report/model.ts';
import { modelOf } from '../support/model.ts';
import { buildDossier, type Dossier } from '../../src/report/dossier.ts';
import { root } from '../support/cli.ts';
import { fixtureModel, flat, manyRows, pdfText, requireTool, tempDir } from './support.ts';

const dir = tempDir('sla-dossier-');
let model: ReportModel;
const byId = (id: string) => model.dossiers.find((d) => d.complaint?.complaint.id === id)!;

/** The dossier's text as laid out (table rows and label/value pairs stay on their line), whitespace flattened. */
async function textOf(dossier: Dossier, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await dossierPdf(dossier, model.sla));
  return flat(pdfText(file, true));
}

beforeAll(async () => {
  requireTool('pdftotext');
  requireTool('pdftoppm');
  const paths = { sla: join(root, 'content/sla'), tickets: join(root, 'test/fixtures/canonical/tickets.csv'), events: join(root, 'test/fixtures/canonical/events.csv'), releases: join(root, 'data/releases.csv') };
  const data = await judgeData(paths, '2026-03-10T12:00');
  model = modelOf(data, await loadNormsData({ complaints: join(root, 'test/fixtures/dossier/complaints.csv') }));
});

describe('plan van aanpak (5.2)', () => {
  it('KL-1 discussed 20 December 2025: plan due 17 January 2026, 52 days overdue, no storingen in November', async () => {
    const text = await textOf(byId('KL-1'), 'KL-1');
    expect(text).toContain('Klachtdossier KL-1');
    expect(text).toContain('Besproken op 20-12-2025; het plan van aanpak moet uiterlijk 17-01-2026 geleverd zijn (bespreking + 4 weken, artikel 5.2).');
    expect(text).toContain('Nog niet geleverd: de termijn is 52 dagen verstreken.');
    expect(text).toContain('In deze periode zijn voor deze klant geen storingen geregistreerd.');
  });

  it('KL-2 not yet discussed: no deadline runs', async () => {
    const text = await textOf(byId('KL-2'), 'KL-2');
    expect(text).toMatch(/Besproken nog niet besproken/);
    expect(text).toContain('De klacht is nog niet besproken. De termijn voor het plan van aanpak begint bij de bespreking (artikel 5.2).');
  });

  it('KL-3 discussed 6 March, delivered 9 March: due 3 April, on time, with its outcome', async () => {
    const text = await textOf(byId('KL-3'), 'KL-3');
    expect(text).toContain('uiterlijk 03-04-2026 geleverd zijn');
    expect(text).toContain('Geleverd op 09-03-2026: op tijd.');
    expect(text).toContain('Uitkomst: Afspraken over statusupdates bij niveau 1.');
  });
});

describe('figures, findings, storingen and timelines', () => {
  it('K2 (A2): breached by 30 minutes, deadline Wednesday 10:00, status update 16:45 on time', async () => {
    const text = await textOf(byId('KL-2'), 'KL-2');
    expect(text).toContain('Klant Praktijk Zuid Debiteurnummer K2 Periode 01-03-2026 t/m 31-03-2026');
    // figures: 1 storing, 1 resolved, 0 within, 1 outside, 0 open, 0% (no norm: the contract sets none), status updates 1/1
    expect(text).toMatch(/Incident Intramed Online 1 4 uur 1 1 0 1 0 0% 1\/1/);
    expect(text).not.toMatch(/95%(?! ?\))|onder de norm|Norm/);
    // 4.6: registered Tue 15:00, resolved Wed: not the melding day; the update at 16:45 reported before the 17:00 close.
    expect(text).toContain('0 van 1 opgeloste incidenten op de dag van de melding opgelost (0%); SLA 4.6: „dezelfde dag (circa 95%)”, indicatief.');
    expect(text).toContain('Incidenten niet op de dag van de melding opgelost: 1 van 1 op tijd aan de klant gerapporteerd (100%; artikel 4.6).');
    expect(text).toMatch(/A2 03-03-2026 15:00 Incident 1 4 uur 04-03-2026 10:00 4 u 30 min 30 min te laat ja/);
    expect(text).toContain('04-03-2026 10:00 Deadline: streeftijd (4 uur) verstreken');
    expect(text).toContain('03-03-2026 16:45 Statusupdate gegeven (op tijd)');
    expect(text).toContain('Artikel 4.6: Hersteld buiten de streeftijd (4 uur): 30 min te laat.');
    expect(text).toContain('Geen bevindingen over statusupdates');
  });

  it('K1 (A1): within the streeftijd (600 of 660 minutes) but no status update: a 4.6 finding with its timeline', async () => {
    const text = await textOf(byId('KL-3'), 'KL-3');
    expect(text).toMatch(/Incident Intramed 1 1 werkdag 1 1 1 0 0 100% 0\/1/);
    expect(text).toContain('A1 (artikel 4.6): Niet op de dag van de melding opgelost en niet uiterlijk 02-03-2026 20:00 aan de klant');
    expect(text).toContain('A1 (artikel 4.6): Geen statusupdate op de helft van de streeftijd.');
    expect(text).toMatch(/A1 02-03-2026 18:00 Incident 1 1 werkdag 03-03-2026 17:00 10 u ✓ binnen streeftijd nee/);
    expect(text).not.toMatch(/\bA3\b/); // a question, not a storing
  });

  it('A1 clock timeline: registered Monday 18:00 (window open till 20:00), update due Tuesday 11:30, resolved 16:00, deadline 17:00', () => {
    const a1 = model.tickets.find((t) => t.id === 'A1')!;
    expect(clockMoments(a1)).toEqual([
      { at: '2026-03-02T18:00:00+01:00', text: 'Geregistreerd (telefonisch gemeld)' },
      { at: '2026-03-02T18:00:00+01:00', text: 'Klok gestart' },
      // Registered inside Monday's window and not resolved that day: the report to the client is due at its 20:00 close.
      { at: '2026-03-02T20:00:00+01:00', text: 'Rapportage aan de klant uiterlijk (incident niet op de dag van de melding opgelost; artikel 4.6, moment volgens de uitleg van deze rapportage)' },
      { at: '2026-03-03T11:30:00+01:00', text: 'Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)' },
      { at: '2026-03-03T16:00:00+01:00', text: 'Hersteld; hersteltijd 10 u' },
      { at: '2026-03-03T17:00:00+01:00', text: 'Deadline: streeftijd (1 werkdag) verstreken' },
    ]);
  });

  it('words every kind of moment of a storing still open, across a DST change, in the model\'s order', () => {
    // The model's moments (ticket-row.ts orders them by instant); the PDF only words them.
    const m = (kind: string, at: string, extra: object = {}) => ({ kind, at, ...extra });
    const row = {
      streeftijd: '5 werkdagen', measure: 'dienstvenster', resolvedAt: null, hersteltijdMinutes: null,
      moments: [
        m('registered', '2026-03-27T19:30:00+01:00', { channel: 'email' }),
        m('clock-start', '2026-03-30T08:00:00+02:00', { later: true }),
        m('wait-start', '2026-03-31T09:00:00+02:00'),
        m('wait-end', '2026-03-31T10:00:00+02:00'),
        m('status-update-due', '2026-04-01T13:00:00+02:00'),
        m('status-update', '2026-04-01T14:00:00+02:00', { onTime: false }),
        m('resolved-before-reopen', '2026-04-02T10:00:00+02:00'),
        m('reopened', '2026-04-03T09:00:00+02:00'),
        m('deadline', '2026-04-06T08:00:00+02:00', { streeftijd: '5 werkdagen' }),
        m('wait-start', '2026-04-07T09:00:00+02:00'),
        m('waiting-at-as-of', '2026-04-08T12:00:00+02:00'),
        m('open-at-as-of', '2026-04-08T12:00:00+02:00'),
      ],
    } as unknown as TicketRow;
    expect(clockMoments(row).map((m) => `${m.at.slice(5, 16)} ${m.text}`)).toEqual([
      '03-27T19:30 Geregistreerd (per e-mail gemeld)',
      '03-30T08:00 Klok gestart (eerstvolgende opening van het dienstvenster)',
      '03-31T09:00 Wachten op de klant begonnen (klok staat stil)',
      '03-31T10:00 Wachten op de klant beëindigd (klok loopt weer)',
      '04-01T13:00 Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)',
      '04-01T14:00 Statusupdate gegeven (te laat)',
      '04-02T10:00 Hersteld gemeld',
      '04-03T09:00 Heropend (klok loopt weer)',
      '04-06T08:00 Deadline: streeftijd (5 werkdagen) verstreken',
      '04-07T09:00 Wachten op de klant begonnen (klok staat stil)',
      '04-08T12:00 Wachten op de klant loopt nog op de peildatum',
      '04-08T12:00 Peildatum: nog niet hersteld',
    ]);
  });
});

describe('where the dossier comes from', () => {
  it('every complaint dossier carries the model\'s provenance, and its PDF says where its figures come from', async () => {
    // The provenance of test/support/model.ts: product version 0.0.0-test, the SLA version of content/sla.
    expect(model.dossiers.map((d) => d.provenance)).toEqual(model.dossiers.map(() => model.provenance));
    const text = await textOf(byId('KL-1'), 'herkomst');
    expect(text).toContain('Herkomst van deze rapportage');
    expect(text).toContain('0.0.0-test');
  });
});

describe('quality bars', () => {
  it('renders the same bytes twice, dated by the data\'s as-of moment', async () => {
    const a = await dossierPdf(byId('KL-2'), model.sla);
    await dossierPdf(byId('KL-1'), model.sla);
    const b = await dossierPdf(byId('KL-2'), model.sla);
    expect(a.equals(b)).toBe(true);
    const file = join(dir, 'dated.pdf');
    writeFileSync(file, a);
    const info = spawnSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' }).stdout;
    // 10 March 2026 12:00 in Amsterdam is 11:00 UTC.
    expect(info).toMatch(/CreationDate: +2026-03-10T11:00:00Z/);
    expect(info).toMatch(/Title: +Klachtdossier KL-2 – Praktijk Zuid \(K2\)/);
  });

  it('holds only that client\'s data', async () => {
    const k2 = await textOf(byId('KL-2'), 'KL-2');
    expect(k2).toMatch(/Klant Praktijk Zuid Debiteurnummer K2\b/);
    for (const other of ['De Linde', 'K1', 'A1', 'A3', 'KL-1', 'KL-3']) expect(k2).not.toMatch(new RegExp(`\\b${other}\\b`));
    const k1 = await textOf(byId('KL-3'), 'KL-3');
    for (const other of ['Praktijk Zuid', 'K2', 'A2', 'KL-2']) expect(k1).not.toMatch(new RegExp(`\\b${other}\\b`));
    expect(k1).toContain('Fysio "De Linde", Utrecht');
    // KL-1 is K1's own earlier complaint (received 5 December 2025): listed among its earlier complaints.
    expect(k1).toMatch(/Eerdere klachten .* KL-1 05-12-2025 01-11-2025 t\/m 30-11-2025 17-01-2026 –/);
  });

  it('embeds only DejaVu and renders every page to a non-blank image', async () => {
    const file = join(dir, 'png.pdf');
    writeFileSync(file, await dossierPdf(byId('KL-3'), model.sla));
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBe(2);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)? +CID TrueType +Identity-H +yes yes yes/);
    expect(spawnSync('pdftoppm', ['-r', '30', '-gray', file, join(dir, 'page')]).status).toBe(0);
    const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const pgm = readFileSync(join(dir, p));
      const pixels = pgm.subarray(/^P5\s+\d+\s+\d+\s+\d+\s/.exec(pgm.toString('latin1', 0, 40))![0].length);
      expect(pixels.filter((v) => v < 160).length / pixels.length, p).toBeGreaterThan(0.005);
    }
  });

  it('repeats the storingen table header on every page it continues on (70 storingen)', async () => {
    const many = await fixtureModel(manyRows(70));
    const file = join(dir, 'K9.pdf');
    writeFileSync(file, await dossierPdf(buildDossier(many, 'K9', '2025-11-01', '2025-11-30'), many.sla));
    const pages = pdfText(file, true).split('\f').filter((p) => /^\s*L-\d{3} +\d{2}-\d{2}-\d{4}/m.test(p)); // pages with table rows (ticket, then its registration), not findings
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page).toMatch(/Ticket +Geregistreerd +Soort +Streeftijd +Deadline +Hersteltijd +Resultaat +Update/);
  });

  it('the build step writes one dossier per complaint on file', async () => {
    const out = tempDir();
    const files = await writeDossiers(model, out, () => true);
    expect(readdirSync(join(out, 'rapporten/dossiers')).sort()).toEqual(['KL-1.pdf', 'KL-2.pdf', 'KL-3.pdf']);
    expect(files).toHaveLength(3);
    expect(flat(pdfText(join(out, 'rapporten/dossiers/KL-1.pdf')))).toContain('17-01-2026');
  });
});
