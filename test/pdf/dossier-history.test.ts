// The dossier PDF's complaint, earlier complaints and figures before and after a plan
// van aanpak, on test/fixtures/dossier-history/ (hand-worked hersteltijden in its README;
// the windows and figures worked out in test/report/plan-effect.test.ts), judged as of
// 2026-05-01 00:00.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNormsData } from '../../src/norms/load-norms.ts';
import { dossierPdf } from '../../src/pdf/dossier/render-dossier.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import type { Dossier, ReportModel } from '../../src/report/model.ts';
import { root } from '../support/cli.ts';
import { modelOf } from '../support/model.ts';
import { flat, pdfText, requireTool, tempDir } from './support.ts';

const dir = tempDir('sla-dossier-history-');
const fixture = join(root, 'test/fixtures/dossier-history');
let model: ReportModel;

async function textOf(dossier: Dossier, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await dossierPdf(dossier, model.sla));
  return flat(pdfText(file, true));
}
const byComplaint = (id: string) => model.dossiers.find((d) => d.complaint?.complaint.id === id)!;

beforeAll(async () => {
  requireTool('pdftotext');
  const data = await judgeData({ sla: join(root, 'content/sla'), tickets: join(fixture, 'tickets.csv'), releases: join(root, 'data/releases.csv') }, '2026-05-01T00:00');
  model = modelOf(data, await loadNormsData({ complaints: join(fixture, 'complaints.csv') }));
});

describe('the complaint at the top', () => {
  it('KL-B: what the client raised, on the cover', async () => {
    const text = await textOf(byComplaint('KL-B'), 'KL-B');
    expect(text).toMatch(/Klacht KL-B Wat de klant meldt Storing van 4 maart duurde opnieuw langer dan de streeftijd van 4 uur\. Ontvangen 20-04-2026/);
  });

  it('KL-C without text: says it is not on file', async () => {
    expect(await textOf(byComplaint('KL-C'), 'KL-C')).toContain('Wat de klant meldt niet vastgelegd in het klachtenbestand');
  });
});

describe('earlier complaints and the plan of KL-A', () => {
  it('KL-B lists KL-A: received 12-01-2026, December 2025, plan due 12-02-2026 (15 January + 4 weeks), delivered 02-02-2026', async () => {
    const text = await textOf(byComplaint('KL-B'), 'KL-B');
    expect(text).toMatch(/KL-A 12-01-2026 01-12-2025 t\/m 31-12-2025 12-02-2026 02-02-2026/);
    expect(text).toContain('KL-A (plan van aanpak op tijd geleverd). Klacht: Twee storingen in december pas na ruim vijf uur opgelost');
  });

  it('before (1 of 3 within, median 300 min = 5 u) and after (3 of 4; incidents 2 of 3, median 120 min; the bug 4 days), windows cut to the data', async () => {
    const text = await textOf(byComplaint('KL-B'), 'KL-B');
    expect(text).toContain('Plan van aanpak KL-A geleverd op 02-02-2026. Drie maanden ervoor: 1 van 3 binnen streeftijd (33,3%), 2 buiten. Drie maanden erna: 3 van 4 binnen streeftijd (75%), 1 buiten.');
    expect(text).toContain('Vóór: 02-11-2025 t/m 01-02-2026 (gegevens pas vanaf 01-12-2025)');
    expect(text).toContain('Na: 03-02-2026 t/m 02-05-2026 (gegevens tot de peildatum 01-05-2026)');
    // Rows: resolved, within, outside, share, median (pdftotext may close up the spaces of a right-aligned duration).
    expect(text).toMatch(/Alle storingen vóór 3 1 2 33,3% 5 ?u\b/);
    expect(text).toMatch(/Alle storingen na 4 3 1 75% gemengde klokken/);
    expect(text).toMatch(/Incidenten vóór 3 1 2 33,3% 5 ?u\b/);
    expect(text).toMatch(/Incidenten na 3 2 1 66,7% 2 ?u\b/);
    expect(text).toMatch(/Bugs vóór 0 0 0 – –/);
    expect(text).toMatch(/Bugs na 1 1 0 100% 4 ?d ?0 ?u\b/);
    // The share is a figure: no norm, no verdict.
    expect(text).not.toMatch(/onder de norm|boven de norm|verbeterd|verslechterd/);
  });
});

describe('a dossier ready without a complaint', () => {
  it('K6: "geen klacht ingediend" where the complaint would be, and why it was made', async () => {
    const ready = model.dossiers.find((d) => d.complaint === null && d.clientId === 'K6')!;
    const text = await textOf(ready, 'K6');
    expect(text).toContain('Periode 01-02-2026 t/m 30-04-2026');
    expect(text).toContain('Klacht geen klacht ingediend');
    expect(text).toContain('Aanleiding Klaargezet omdat de klant herhaalde overschrijdingen had: in april 2026 2 storingen buiten de streeftijd hersteld');
    expect(text).toContain('Geen eerdere klachten van deze klant in het klachtenbestand.');
    // H09 (360 min) and H10 (420 min) against 4 uur (240): 120 and 180 min late.
    expect(text).toMatch(/H09 01-04-2026 09:00 .* 2 u te laat/);
    expect(text).toMatch(/H10 02-04-2026 09:00 .* 3 u te laat/);
  });
});
