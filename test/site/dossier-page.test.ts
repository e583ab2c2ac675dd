// Dossier pages as an account manager reads them, from one build of the hand-made
// fixture test/fixtures/dossier-history/ (hersteltijden worked out in its README, the
// windows and figures in test/report/plan-effect.test.ts), judged as of 2026-05-01 00:00:
// the complaint itself, the earlier complaints, the figures before and after KL-A's plan,
// and the dossier made ready for K6 (repeated breaches, no complaint), linked from /klachten/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture } from '../support/cli.ts';
import { scratchDir } from '../support/small-build.ts';
import { mainText, page, tableWith } from '../figures/support.ts';

let out: string;
const READY = 'K6_2026-02-01_2026-04-30';

beforeAll(() => {
  out = join(scratchDir('dossier-page'), 'out');
  const dir = 'dossier-history';
  const r = cli(['build', '--tickets', fixture(`${dir}/tickets.csv`), '--releases', 'data/releases.csv', '--complaints', fixture(`${dir}/complaints.csv`), '--as-of', '2026-05-01T00:00', '--out', out]);
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stderr}`);
}, 240_000);

describe('a complaint\'s dossier page', () => {
  it('KL-B shows what the client raised at the top', () => {
    const text = mainText(page(out, '/klachten/KL-B/'));
    expect(text).toMatch(/^Klacht KL-B: Fysiotherapie De Brug .* De klacht Storing van 4 maart duurde opnieuw langer dan de streeftijd van 4 uur\. Plan van aanpak/);
  });

  it('KL-C without text says it is not on file', () => {
    expect(mainText(page(out, '/klachten/KL-C/'))).toContain('De klacht niet vastgelegd in het klachtenbestand');
  });

  it('KL-B lists KL-A: received 12-01-2026, plan due 12-02-2026 (15 January + 28 days), delivered 02-02-2026, linked to its page', () => {
    const html = page(out, '/klachten/KL-B/');
    const t = tableWith(html, /^Klacht$/, /Wat de klant meldde/, /Plan uiterlijk/);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].slice(0, 6)).toEqual(['KL-A', 'Twee storingen in december pas na ruim vijf uur opgelost; de praktijk kon geen afspraken inplannen.', '12-01-2026', '01-12-2025 t/m 31-12-2025', '12-02-2026', '02-02-2026']);
    expect(html).toContain('href="/klachten/KL-A/"');
  });

  it('KL-A\'s plan: before 1 of 3 within (33,3%, median 5 u), after 3 of 4 (75,0%); incidents 2 of 3, median 2 u; the bug 4 days', () => {
    const html = page(out, '/klachten/KL-B/');
    const text = mainText(html);
    expect(text).toContain('Vóór: 02-11-2025 t/m 01-02-2026 (gegevens pas vanaf 01-12-2025)');
    expect(text).toContain('Na: 03-02-2026 t/m 02-05-2026 (gegevens tot de peildatum 01-05-2026)');
    const t = tableWith(html, /Hersteld vóór/, /Aandeel binnen na/);
    // Storingen | resolved before, after | outside before, after | share before, after | median before, after
    expect(t.rows).toEqual([
      ['Alle storingen', '3', '4', '2', '1', '33,3%', '75,0%', '5 u', 'gemengde klokken'],
      ['Incidenten', '3', '3', '2', '1', '33,3%', '66,7%', '5 u', '2 u'],
      ['Bugs', '0', '1', '0', '0', '–', '100,0%', '–', '4 d 0 u'],
    ].map((r) => r.map((c) => expect.stringMatching(new RegExp(`^${c.replace(/ /g, '\\s?').replace(/[()]/g, '\\$&')}$`)))));
  });
});

describe('the dossier ready for repeated breaches without a complaint', () => {
  it('K6 has a page and a PDF named <client>_<from>_<to>, both linked from /klachten/', () => {
    expect(existsSync(join(out, 'rapporten/dossiers', `${READY}.pdf`))).toBe(true);
    const index = page(out, '/klachten/');
    expect(index).toContain(`href="/klachten/${READY}/"`);
    expect(index).toContain(`href="/rapporten/dossiers/${READY}.pdf"`);
    const t = tableWith(index, /Buiten streeftijd in de maand/);
    expect(t.rows.map((r) => r.slice(0, 3))).toEqual([['Praktijk Het Anker (K6)', '2', '01-02-2026 t/m 30-04-2026']]);
  });

  it('says "geen klacht ingediend" where the complaint would be, and why the dossier is there', () => {
    const text = mainText(page(out, `/klachten/${READY}/`));
    expect(text).toMatch(/^Dossier zonder klacht: Praktijk Het Anker Debiteurnummer K6 · periode 01-02-2026 t\/m 30-04-2026/);
    expect(text).toContain('De klacht Geen klacht ingediend. Klaargezet omdat de klant herhaalde overschrijdingen had: in april 2026 2 storingen buiten de streeftijd hersteld');
    expect(text).toContain('Geen eerdere klachten van deze klant in het klachtenbestand.');
  });

  it('K7 (repeated breaches, covered by KL-C) and K5 (one month with a breach) get none', () => {
    expect(existsSync(join(out, 'klachten', 'K7_2026-02-01_2026-04-30'))).toBe(false);
    expect(existsSync(join(out, 'klachten', 'K5_2026-02-01_2026-04-30'))).toBe(false);
  });
});
