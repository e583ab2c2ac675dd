// The client report's summary on a hand-computed fixture (test/fixtures/pdf):
// client K1 in November 2025, Intramed incidents, judged as of 1 December 2025.
//   P-A Mon 3 Nov 09:00-10:00, P-B Tue 09:00-12:00, P-C Wed 09:00-09:30: niveau 1, met, status update in time (resolved before half)
//   P-D Thu 6 Nov 09:00, deadline Fri 09:00 (1 werkdag), resolved Mon 10 Nov 09:00: breached after 11 + 9 + 1 = 21
//   dienstvenster hours, no status update
//   P-E niveau 2, Mon 10 Nov 10:00-11:00: met; P-F niveau 3, Fri 28 Nov 10:00, open at month end:
//   7 of 51 dienstvenster hours consumed, 44 left.
// 4.6's distribution (incidents resolved in November): P-A, P-B, P-C and P-E were resolved on their
// melding day, P-D (Thu 6 Nov -> Mon 10 Nov, 4 x 24 h, no waits) was not: 4 of 5 the same day, none over
// a week. P-D needed a report to the client by Thursday's close, 20:00; the file has no events and its
// first resolution is Monday: 0 of 1 reported in time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientReportPdf } from '../../src/pdf/client-report.ts';
import { summaryText } from '../../src/words/index.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { clientSlice } from '../../src/report/client-slice.ts';
import { fixtureModel, flat, pdfText, requireTool, tempDir } from './support.ts';

let model: ReportModel;
let text: string;
let body: string;

beforeAll(async () => {
  requireTool('pdftotext');
  model = await fixtureModel();
  const file = join(tempDir(), 'K1.pdf');
  writeFileSync(file, await clientReportPdf(clientSlice(model, 'K1'), 'K1', '2025-11'));
  text = flat(pdfText(file, true));
  // The page footers left out, so a paragraph split over two pages reads as one.
  body = flat(pdfText(file, true).split('\n').filter((line) => !/pagina \d+ van \d+/.test(line)).join('\n'));
});

describe('summary sentences', () => {
  it('niveau 1 incidents: 3 of 4 within streeftijd, 3 of 4 status updates on time', () => {
    const cell = model.clients.find((c) => c.id === 'K1')!.months.find((m) => m.month === '2025-11')!.cells.find((c) => c.niveau === 1)!;
    expect(summaryText(cell)).toBe(
      '4 storingen geregistreerd. Van de 4 storingen zijn er 3 binnen de streeftijd hersteld (75%). Statusupdates: 3 van de 4 op tijd.',
    );
  });

  it('the month: 4 of 5 within streeftijd, one open at the month end', () => {
    const total = model.clients.find((c) => c.id === 'K1')!.months.find((m) => m.month === '2025-11')!.total;
    expect(summaryText(total)).toBe(
      '6 storingen geregistreerd. Van de 5 storingen zijn er 4 binnen de streeftijd hersteld (80%). Statusupdates: 4 van de 5 op tijd. Aan het eind van de maand stond er nog 1 storing open.',
    );
  });

  it('no norm the contract lacks: the share within streeftijd carries no verdict', () => {
    expect(text).not.toMatch(/norm 95|onder de norm|norm gehaald|Rood: onder/);
  });

  it('4.6 distribution beside the contract\'s circa words, and the report to the client', () => {
    expect(text).toContain('4 van 5 opgeloste incidenten op de dag van de melding opgelost (80%); SLA 4.6: „dezelfde dag (circa 95%)”, indicatief.');
    expect(text).toContain('0 van 5 opgeloste incidenten met een hersteltijd langer dan een week (0%); SLA 4.6: „tot maximaal 1 week (circa 1%)”, indicatief.');
    expect(text).toContain('Incidenten niet op de dag van de melding opgelost: 0 van 1 op tijd aan de klant gerapporteerd (0%; artikel 4.6). Niet op tijd gerapporteerd: P-D.');
    expect(body).toContain('Uitleg van deze rapportage: een incident dat niet op de dag van de melding is opgelost');
  });
});

describe('client report text', () => {
  it('has the cover block, with the Leverancier per product from the SLA and the data date', () => {
    expect(text).toContain('Servicerapportage november 2025');
    expect(text).toContain('Leverancier Intramed BV (voor Intramed)');
    expect(text).toContain('Klant Fysiotherapie Zoë & Chloé Ëlst');
    expect(text).toContain('Debiteurnummer K1');
    expect(text).toContain('Periode 1 t/m 30 november 2025');
    expect(text).toContain('Rapportdatum 01-12-2025');
  });

  it('says the summary in words: counts, and one line per breach with how late and why', () => {
    // P-A..P-F registered, P-A..P-E resolved, P-D breached: 5 resolved, 4 within; P-F open.
    expect(text).toContain('In november 2025: 6 storingen geregistreerd. Van de 5 storingen zijn er 4 binnen de streeftijd hersteld (80%).');
    expect(text).toContain('Aan het eind van de maand stond er nog 1 storing open.');
    // P-D: 1 werkdag from Thu 09:00 is Thu 09-20 (11 u) + Fri 08-09 (1 u) = 12 u; hersteltijd 21 u: 9 u late.
    expect(text).toContain('✗ P-D, incident niveau 1: 9 u te laat. Hersteltijd 21 u tegen de streeftijd 1 werkdag (12 u); geen wachttijd op de klant.');
  });

  it('lists the storingen with results in a mark and words, and the open one with its time left', () => {
    // Row's first line: ticket, registered, niveau (client → final), streeftijd, deadline, resolved, hersteltijd, wait, result, status update.
    expect(text).toMatch(/P-D 06-11-2025 1 1 werkdag 07-11-2025 10-11-2025 21 u – ✗ buiten streeftijd ✗ te laat/);
    expect(text).toMatch(/P-C 05-11-2025 2 ?→ ?1 1 werkdag 06-11-2025 05-11-2025 30 min – ✓ binnen streeftijd ✓ op tijd/);
    expect(text).toMatch(/P-F 28-11-2025 3 5 werkdagen 05-12-2025 – nog 44 u – ○ open/);
    expect(text).not.toContain('P-H'); // October
  });

  it('explains the norms from the SLA content, with Article 5 in two sentences and the month\'s feestdagen', () => {
    expect(text).toContain('Hersteltijd (artikel 1): De Hersteltijd is de tijd tussen het tijdstip van registratie');
    expect(text).toContain('maandag en donderdag 08:00–20:00 uur; dinsdag, woensdag en vrijdag 08:00–17:00 uur');
    expect(text).toContain('In november 2025 viel geen erkende feestdag.');
    expect(text).toContain('Haalt de Leverancier de normen uit deze SLA niet, dan kunt u een klacht indienen (artikel 5.1).');
    expect(text).toContain('binnen uiterlijk 4 weken daarna stelt de Leverancier een plan van aanpak op');
  });

  it('numbers the pages', () => {
    expect(text).toMatch(/pagina 1 van (\d)/);
    const pages = Number(/pagina 1 van (\d)/.exec(text)![1]);
    expect(text).toContain(`pagina ${pages} van ${pages}`);
  });
});
