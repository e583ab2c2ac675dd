// The readings of the contract as the PDFs print them, from the hand-made file of
// test/report/readings.test.ts (hand-worked there), judged as of 30 April 2026 12:00.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientReportPdf } from '../../src/pdf/client-report.ts';
import { managementReportPdf } from '../../src/pdf/management-report.ts';
import { dossierPdf } from '../../src/pdf/dossier/render-dossier.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { modelOf } from '../support/model.ts';
import { clientSlice } from '../../src/report/client-slice.ts';
import { buildDossier } from '../../src/report/dossier.ts';
import { root } from '../support/cli.ts';
import { flat, pdfText, requireTool, tempDir } from './support.ts';

const dir = tempDir('sla-readings-');
let model: ReportModel;
let dossier: string;
let client: string;
let clientMarch: string;
let management: string;
let k8January: string;

beforeAll(async () => {
  requireTool('pdftotext');
  const fixture = (name: string) => join(root, 'test/fixtures/readings', name);
  const data = await judgeData({ sla: join(root, 'content/sla'), tickets: fixture('tickets.csv'), events: fixture('events.csv'), releases: join(root, 'data/releases.csv') }, '2026-04-30T12:00');
  model = modelOf(data);
  writeFileSync(join(dir, 'dossier.pdf'), await dossierPdf(buildDossier(model, 'K7', '2026-01-01', '2026-03-31'), model.sla));
  dossier = flat(pdfText(join(dir, 'dossier.pdf'), true));
  writeFileSync(join(dir, 'K7.pdf'), await clientReportPdf(clientSlice(model, 'K7'), 'K7', '2026-04'));
  client = flat(pdfText(join(dir, 'K7.pdf'), true));
  writeFileSync(join(dir, 'K7-maart.pdf'), await clientReportPdf(clientSlice(model, 'K7'), 'K7', '2026-03'));
  clientMarch = flat(pdfText(join(dir, 'K7-maart.pdf'), true));
  writeFileSync(join(dir, 'management.pdf'), await managementReportPdf(model, '2026-03'));
  management = flat(pdfText(join(dir, 'management.pdf'), true));
  writeFileSync(join(dir, 'K8.pdf'), await clientReportPdf(clientSlice(model, 'K8'), 'K8', '2026-01'));
  k8January = flat(pdfText(join(dir, 'K8.pdf'), true));
});

describe('the dossier PDF', () => {
  it('names the niveau lowered after the resolution in words (4.7)', () => {
    expect(dossier).toContain('Niveau na herstel verlaagd van 1 naar 3; beoordeeld op niveau 1, het niveau bij het eerste herstel.');
    expect(dossier).toContain('Niveau verlaagd van 1 naar 3 nadat de streeftijd van niveau 1 al was verstreken.');
  });
  it('a "1 à 2 maanden" bug resolved a minute after two months is 1 min late, not 30 days', () => {
    expect(dossier).toMatch(/B1 05-01-2026 10:00 Bug 2 1 à 2 maanden .* 1 min te laat/);
    expect(dossier).toContain('Artikel 4.6: Hersteld buiten de streeftijd (1 à 2 maanden): 1 min te laat.');
    expect(dossier).not.toContain('30 d 0 u te laat');
    // One month (5 Feb) is the streeftijd, two months (5 Mar 10:00) the end of the margin.
    expect(dossier).toContain('05-02-2026 10:00 Deadline: streeftijd (1 à 2 maanden) verstreken');
    expect(dossier).toContain('05-03-2026 10:00 Einde marge (1 à 2 maanden): daarna buiten de streeftijd');
  });
  it('a status update at 17:30 after a 17:00 due moment, with the clock stopped, is on time', () => {
    expect(dossier).toContain('03-03-2026 17:30 Statusupdate gegeven (op tijd)');
  });
  it('lists the erkende feestdagen of the period with the reading', () => {
    expect(dossier).toContain('Erkende feestdagen in de periode');
    expect(dossier).toContain('01-01-2026: Nieuwjaarsdag');
    expect(dossier).toContain('Goede Vrijdag, die artikel 3 lid 2 daarmee gelijkstelt');
  });
});

describe('the client PDF', () => {
  it('prints the reading and the feestdagen of April 2026', () => {
    expect(client).toContain('Goede Vrijdag, die artikel 3 lid 2 daarmee gelijkstelt');
    expect(client).toContain('In april 2026 was het dienstvenster gesloten op Goede Vrijdag (03-04-2026), Tweede Paasdag (06-04-2026) en Koningsdag (27-04-2026).');
  });
  it('lists the feestdagen from the earliest registration of the month\'s storingen: over Christmas into January', () => {
    // P3 (K8): registered Tue 23 Dec 2025, resolved Mon 5 Jan 2026, the only storing of K8's January
    // report. Between 23 Dec 2025 and 31 Jan 2026 the dienstvenster was closed on Eerste and Tweede
    // Kerstdag and Nieuwjaarsdag (Algemene termijnenwet art. 3 lid 1).
    expect(k8January).toContain('Van 23-12-2025 (registratie van de eerste storing in dit rapport) t/m 31-01-2026 was het dienstvenster gesloten op Eerste Kerstdag (25-12-2025), Tweede Kerstdag (26-12-2025) en Nieuwjaarsdag (01-01-2026).');
  });
  it('March 2026 for K7 starts at B1\'s registration, 5 January, after Nieuwjaarsdag', () => {
    expect(clientMarch).toContain('Van 05-01-2026 (registratie van de eerste storing in dit rapport) t/m 31-03-2026 viel geen erkende feestdag.');
  });
});

describe('the niveau beside the streeftijd (4.7), March 2026', () => {
  // N1: the client reported niveau 1, the Leverancier lowered it to 3 (definitief) after the first
  // resolution, so it is judged at niveau 1 with niveau 1's streeftijd, 1 werkdag, and 21 h consumed
  // (hand-worked in test/report/readings.test.ts).
  it('the client PDF shows client → definitief niveau and marks the storing judged at another niveau', () => {
    // N1: Mon 2 Mar 10:00, 1 werkdag to Tue 3 Mar 10:00; judged at niveau 1 although lowered to 3 after the resolution.
    expect(clientMarch).toMatch(/N1 02-03-2026 1 ?→ ?3 ?\* 1 werkdag 03-03-2026 \S+ 21 u – ✗ buiten streeftijd ✗ te laat/);
    // S1 (reported 2, definitief 2, judged 2): one niveau, no mark.
    expect(clientMarch).toMatch(/S1 03-03-2026 2 2 werkdagen \S+ \S+ 34 u/);
    expect(clientMarch).toContain('Niveau: het niveau volgens de klant → het definitieve niveau van de Leverancier. Een * betekent dat de storing op een ander niveau is beoordeeld');
    expect(clientMarch).toContain('* N1: niveau volgens klant 1, definitief niveau 3, beoordeeld op niveau 1');
  });
  it('the management breach list shows the judged niveau next to its streeftijd, and says so', () => {
    expect(management).toMatch(/Praktijk Lezing K7 N1 Intramed Incident 1 1 werkdag 21 u/);
    expect(management).toContain('Niv.: het niveau waarop de storing is beoordeeld, met de streeftijd van dat niveau');
  });
});
