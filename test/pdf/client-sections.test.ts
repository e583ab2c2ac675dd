// The client PDF's sections, top-down, on the hand-worked fixture (test/fixtures/pdf,
// see summary.test.ts for P-A..P-F) with two more storingen of K1 in November 2025:
//   P-J bug niveau 1, Tue 11 Nov 09:00 -> Wed 12 Nov 09:00: "De kortst mogelijke termijn (max. 3 weken)",
//       21 calendar days: met.
//   P-K incident niveau 1, Thu 27 Nov 09:00, still open: 1 werkdag runs Thu 09-20 (11 u) + Fri 08-09 (1 u)
//       = 12 u, deadline Fri 28 Nov 09:00. At the month's end it consumed Thu 11 u + Fri 08-17 9 u = 20 u:
//       8 u late. More urgent than P-F (nog 44 u, see summary.test.ts).
// K1 in November then: registered P-A..P-F, P-J, P-K = 8; resolved P-A..P-E, P-J = 6, of them P-D breached;
// open at the end P-F and P-K; open at the start none (P-H, October, was resolved the same day).
// K2 (P-G) uses Intramed Online: its Leverancier is Convenient BV (SLA frontmatter products[1]).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientReportPdf } from '../../src/pdf/client-report.ts';
import { clientSlice } from '../../src/report/client-slice.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { fixtureModel, flat, pdfText, requireTool, tempDir } from './support.ts';

const K1 = 'K1,Fysiotherapie Zoë & Chloé Ëlst,intramed';
let model: ReportModel;
let layout: string;
let text: string;
let raw: string;
let k2: string;
let k2Bytes: Buffer;

async function render(clientId: string, month: string): Promise<{ file: string; bytes: Buffer }> {
  const bytes = await clientReportPdf(clientSlice(model, clientId), clientId, month);
  const file = join(tempDir(), `${clientId}-${month}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

beforeAll(async () => {
  requireTool('pdftotext');
  model = await fixtureModel([
    `P-J,${K1},bug,1,1,phone,2025-11-11T09:00:00,2025-11-12T09:00:00,2025.2`,
    `P-K,${K1},incident,1,1,phone,2025-11-27T09:00:00,,2025.2`,
  ]);
  const { file } = await render('K1', '2025-11');
  layout = pdfText(file, true);
  text = flat(layout);
  raw = flat(pdfText(file));
  const other = await render('K2', '2025-11');
  k2 = flat(pdfText(other.file, true));
  k2Bytes = other.bytes;
});

/** The text from one heading up to the next. */
const section = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

describe('cover', () => {
  it('names the Leverancier per product as the contract does, the client, debiteurnummer, month and contract version', () => {
    expect(text).toContain('Leverancier Intramed BV (voor Intramed)');
    expect(text).toContain('Klant Fysiotherapie Zoë & Chloé Ëlst');
    expect(text).toContain('Debiteurnummer K1');
    expect(text).toContain('Periode 1 t/m 30 november 2025');
    expect(text).toContain('Contract Service Level Agreement Intramed (Online), versie 2024.1');
    expect(k2).toContain('Leverancier Convenient BV (voor Intramed Online)');
    expect(k2).not.toContain('Intramed BV (voor');
  });

  it('draws the Leverancier\'s logo from content (an image in the PDF)', () => {
    expect(k2Bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });
});

describe('summary', () => {
  it('counts the storingen and those within streeftijd', () => {
    expect(text).toContain('In november 2025: 8 storingen geregistreerd. Van de 6 storingen zijn er 5 binnen de streeftijd hersteld');
    expect(text).toContain('Aan het eind van de maand stonden er nog 2 storingen open, waarvan 1 over de streeftijd.');
  });

  it('gives one line per breach: what, how late, and why', () => {
    const lines = text.match(/✗ P-\w, (incident|bug) niveau \d: [^✗]*?telt niet mee\.|✗ P-\w, (incident|bug) niveau \d: [^✗]*?geen wachttijd op de klant\./g) ?? [];
    expect(lines).toEqual(['✗ P-D, incident niveau 1: 9 u te laat. Hersteltijd 21 u tegen de streeftijd 1 werkdag (12 u); geen wachttijd op de klant.']);
  });
});

describe('per product, kind and niveau', () => {
  it('lists streeftijd, registered, resolved, binnen and buiten, without a share or a verdict on it', () => {
    const table = section('Per product, soort en niveau', 'Storingen in november 2025');
    expect(table).toMatch(/Intramed Incident 1 1 werkdag 5 4 3 1/);
    expect(table).toMatch(/Intramed Incident 2 2 werkdagen 1 1 1 0/);
    expect(table).toMatch(/Intramed Incident 3 5 werkdagen 1 0 0 0/);
    expect(table).toMatch(/Intramed Bug 1 De kortst mogelijke termijn 1 1 1 0 \(max\. 3 weken\)/);
    expect(table).not.toMatch(/%/);
  });
});

describe('storingen table', () => {
  it('shows the streeftijd in full, never cut', () => {
    // The per-product table, the storingen table and the explanation's list of streeftijden.
    expect(raw.split('De kortst mogelijke termijn (max. 3 weken)').length - 1).toBeGreaterThanOrEqual(3);
    expect(text).not.toContain('…');
  });
});

describe('open storingen', () => {
  it('says how late or how much time is left, most urgent first', () => {
    const open = section('Open aan het eind van november 2025', 'Aantallen in de maand');
    expect(open).toMatch(/P-K 1 1 werkdag 28-11-2025 09:00 8 u te laat ✗ open, te laat/);
    expect(open).toMatch(/P-F 3 5 werkdagen 05-12-2025 10:00 nog 44 u ○ open/);
    expect(open.indexOf('P-K')).toBeLessThan(open.indexOf('P-F'));
    expect(open).not.toContain('nog 0 min');
  });
});

describe('the period\'s counts', () => {
  it('open at the start, registered, resolved, open at the end', () => {
    expect(section('Aantallen in de maand', 'Aandeel binnen de streeftijd')).toMatch(/Open aan het begin Geregistreerd Hersteld Open aan het eind 0 8 6 2/);
  });
});

describe('Article 5 and the helpdesk', () => {
  it('says Article 5 in two sentences, with the 4 weeks of the plan van aanpak (5.2)', () => {
    expect(text).toContain(
      'Haalt de Leverancier de normen uit deze SLA niet, dan kunt u een klacht indienen (artikel 5.1). U en de Leverancier bespreken de klacht samen; binnen uiterlijk 4 weken daarna stelt de Leverancier een plan van aanpak op met de verbeteringen die zij op eigen kosten doorvoert (artikel 5.2).',
    );
  });

  it('gives the helpdesk\'s contact line from content/leveranciers.yaml (SLA 4.2, 4.4)', () => {
    expect(text).toContain('Helpdesk van Intramed BV (artikel 4.2, 4.4): telefoon 0182 - 62 11 21, e-mail helpdesk@intramed.nl;');
    expect(k2).toContain('Helpdesk van Convenient BV (artikel 4.2, 4.4): telefoon 0182 - 62 11 21, e-mail helpdesk@intramed.nl;');
  });
});

describe('compact provenance', () => {
  it('names the contract version, the as-of moment and a stable report id, and no file hashes', async () => {
    const herkomst = text.slice(text.lastIndexOf('Herkomst'));
    expect(herkomst).toContain('SLA versie 2024.1 (geldig vanaf 01-01-2024); peildatum 01-12-2025 00:00.');
    const id = /Rapport-id (K1-2025-11-[0-9a-f]{10})\./.exec(herkomst)?.[1];
    expect(id).toBeDefined();
    expect(text).not.toMatch(/SHA-256|sha256|[0-9a-f]{64}/i);
    // Same client, month and inputs: the same id; another month: another id.
    const again = flat(pdfText((await render('K1', '2025-11')).file, true));
    expect(again).toContain(`Rapport-id ${id}.`);
    const october = flat(pdfText((await render('K1', '2025-10')).file, true));
    expect(october).toMatch(/Rapport-id K1-2025-10-[0-9a-f]{10}\./);
    expect(october).not.toContain(id!.slice(-10));
  });
});

describe('order', () => {
  it('reads top-down as the sections are listed', () => {
    const order = ['Samenvatting', 'Per product, soort en niveau', 'Storingen in november 2025', 'Open aan het eind van november 2025', 'Aantallen in de maand', 'afgelopen 12 maanden', 'Dienstvensters en feestdagen', 'Als de normen niet zijn gehaald', 'Herkomst'];
    const at = order.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

