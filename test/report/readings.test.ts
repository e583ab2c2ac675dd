// Readings of the contract as a dossier shows them, from a hand-made file
// (test/fixtures/readings), judged as of 30 April 2026 12:00. Client K7:
//   N1: Intramed incident, reported niveau 1, phone, Mon 2 Mar 10:00, resolved Wed 4 Mar 10:00,
//       lowered to 3 on Thu 5 Mar 10:00 (the final niveau in the tickets file is 3).
//       Judged as niveau 1 (4.7: the niveau at the first resolution): 1 werkdag = Mon 10-20 (10 h) +
//       Tue 08-10 (2 h) = 12 h; consumed 10 + 9 + 2 = 21 h: breached, 9 h late. Not resolved on its
//       melding day and nothing reported to the client: the report was due at Monday's close, 20:00,
//       and nothing came before the window opened again Tue 08:00 (4.6, this product's reading).
//   B1: Intramed bug niveau 2 ("1 à 2 maanden"), e-mailed Mon 5 Jan 10:00, resolved Thu 5 Mar 10:01.
//       Calendar time from the registration: one month = 5 Feb 10:00 (31 days = 744 h), two months =
//       5 Mar 10:00 (59 days = 1416 h = 84,960 min); resolved at 84,961 min: breached, 1 min late.
//   S1: Intramed incident niveau 2, Tue 3 Mar 08:00, resolved Fri 6 Mar 12:00. 2 werkdagen = Tue 9 h +
//       Wed 9 h = 18 h (Thu 08:00); half = 9 h, reached at Tue 17:00 when the window closes. The
//       status update at Tue 17:30 consumed 9 h: on time. Consumed 9 + 9 + 12 + 4 = 34 h: 16 h late.
//       The report to the client (due at Tuesday's close, 17:00) is the same update: 17:30 is before the
//       window opens again Wed 08:00, no dienstvenster time passed, so on time too.
//   G1: Intramed incident niveau 1, Thu 2 Apr 19:00, resolved Tue 7 Apr 09:00. Goede Vrijdag 3 Apr
//       (Algemene termijnenwet art. 3 lid 2) and Tweede Paasdag 6 Apr (lid 1) are closed: 1 werkdag =
//       Tue 7 Apr 19:00 capped at 17:00 = Thu 1 h + Tue 9 h = 10 h; consumed Thu 1 h + Tue 1 h = 2 h: met.
//       (With Goede Vrijdag open it would be due Fri 17:00 and 1 + 9 + 1 = 11 h: breached.)
// Client K8 (4.7, niveau 1 by phone), both Intramed incidents e-mailed Mon 9 Mar 10:00, resolved 12:00:
//   P1: reported niveau 1, lowered to 3 on Tue 10 Mar 10:00, after the resolution: judged at niveau 1,
//       so a niveau 1 storing that was e-mailed, not phoned.
//   P2: reported niveau 3, raised to 1 on Tue 10 Mar 10:00, after the resolution: judged at niveau 3,
//       so not a niveau 1 storing for the phone rule, though its final niveau is 1.
//   P3: Intramed incident niveau 3, phoned Tue 23 Dec 2025 10:00, resolved Mon 5 Jan 2026 10:00 (the
//       client PDF's feestdagen over Christmas, test/pdf/readings.test.ts).
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { modelOf } from '../support/model.ts';
import { buildDossier } from '../../src/report/dossier.ts';
import { clockMoments } from '../../src/words/index.ts';

const data = await judgeData({ sla: 'content/sla', tickets: 'test/fixtures/readings/tickets.csv', events: 'test/fixtures/readings/events.csv', releases: 'data/releases.csv' }, '2026-04-30T12:00');
const model = modelOf(data);
const row = (id: string) => model.tickets.find((t) => t.id === id)!;
const dossier = buildDossier(model, 'K7', '2026-01-01', '2026-03-31');
const findings = (id: string) => dossier.findings.filter((f) => f.ticketId === id).map((f) => [f.clause, f.kind, f.text]);

describe('niveau lowered after the resolution (4.7)', () => {
  it('N1 is judged as niveau 1 and breached; the record keeps the final niveau 3 and carries both flags', () => {
    expect(row('N1')).toMatchObject({
      priority: 3, judgedPriority: 1, streeftijd: '1 werkdag', targetMinutes: 720, hersteltijdMinutes: 1260, status: 'breached',
      flags: ['niveau-changed-after-resolution', 'niveau-lowered-after-deadline'],
    });
  });
  it('the dossier names both changes in words, with clause 4.7, and the missing report to the client', () => {
    expect(findings('N1')).toEqual([
      ['4.6', 'hersteltijd', 'Hersteld buiten de streeftijd (1 werkdag): 9 u te laat.'],
      ['4.6', 'statusupdate', 'Geen statusupdate op de helft van de streeftijd.'],
      ['4.6', 'rapportage-klant', 'Niet op de dag van de melding opgelost en niet uiterlijk 02-03-2026 20:00 aan de klant gerapporteerd (moment volgens de uitleg van deze rapportage, gemeten op de klok).'],
      ['4.7', 'niveau', 'Niveau na herstel verlaagd van 1 naar 3; beoordeeld op niveau 1, het niveau bij het eerste herstel.'],
      ['4.7', 'niveau', 'Niveau verlaagd van 1 naar 3 nadat de streeftijd van niveau 1 al was verstreken.'],
    ]);
  });
  it('the dossier figures count N1 under niveau 1', () => {
    expect(dossier.figures.find((f) => f.type === 'incident' && f.niveau === 1)).toMatchObject({ storingen: 1, breached: 1 });
    expect(dossier.figures.find((f) => f.type === 'incident' && f.niveau === 3)).toBeUndefined();
  });
});

describe('lateness of a "1 à 2 maanden" bug counts from two months', () => {
  it('B1, resolved one minute after two months, is one minute late (not 30 days)', () => {
    expect(row('B1')).toMatchObject({ clockStart: '2026-01-05T10:00:00+01:00', targetMinutes: 44640, marginMinutes: 84960, hersteltijdMinutes: 84961, status: 'breached' });
    expect(row('B1').minutesLate).toBe(1);
    expect(findings('B1')[0]).toEqual(['4.6', 'hersteltijd', 'Hersteld buiten de streeftijd (1 à 2 maanden): 1 min te laat.']);
  });
});

describe('status updates in a dossier are judged on the clock (4.6)', () => {
  it('S1: due Tue 17:00, given 17:30 with the clock stopped at the close: on time, as statusUpdateMet says', () => {
    expect(row('S1')).toMatchObject({ statusUpdateDue: '2026-03-03T17:00:00+01:00', statusUpdateMet: true });
    expect(row('S1').moments).toContainEqual({ kind: 'status-update', at: '2026-03-03T17:30:00+01:00', onTime: true });
    // The same update is the report to the client, judged on the same clock: on time, no finding.
    expect(row('S1')).toMatchObject({ clientReportDue: '2026-03-03T17:00:00+01:00', clientReportMet: true });
    expect(clockMoments(row('S1'))).toContainEqual({ at: '2026-03-03T17:30:00+01:00', text: 'Statusupdate gegeven (op tijd)' });
    expect(findings('S1').map(([, kind]) => kind)).toEqual(['hersteltijd']);
    // The timeline shows the report moment too.
    expect(clockMoments(row('S1'))).toContainEqual({ at: '2026-03-03T17:00:00+01:00', text: expect.stringMatching(/^Rapportage aan de klant uiterlijk/) });
  });
});

describe('erkende feestdagen (Algemene termijnenwet art. 3 lid 1 and 2)', () => {
  it('G1 over Goede Vrijdag and Tweede Paasdag: due Tue 7 Apr 17:00, 2 h consumed, met', () => {
    expect(row('G1')).toMatchObject({ deadline: '2026-04-07T17:00:00+02:00', targetMinutes: 600, hersteltijdMinutes: 120, status: 'met' });
  });
  it('a dossier lists the feestdagen of its period: January to March 2026 has only Nieuwjaarsdag', () => {
    expect(dossier.feestdagen).toEqual({ from: '2026-01-01', to: '2026-03-31', days: [{ date: '2026-01-01', name: 'Nieuwjaarsdag' }] });
  });
  it('April 2026: Goede Vrijdag, Tweede Paasdag and Koningsdag', () => {
    expect(buildDossier(model, 'K7', '2026-04-01', '2026-04-30').feestdagen.days).toEqual([
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
    ]);
  });
  it('the reading names article 3 lid 1, 2 and 3 and says it is this product\'s reading', () => {
    expect(model.sla.feestdagenReading).toContain('artikel 3 lid 1');
    expect(model.sla.feestdagenReading).toContain('Goede Vrijdag, die artikel 3 lid 2 daarmee gelijkstelt');
    expect(model.sla.feestdagenReading).toContain('artikel 3 lid 3');
    expect(model.sla.feestdagenReading).toContain('Lezing van deze rapportage');
  });
});

describe('niveau 1 must be phoned (4.7): judged by the niveau the storing is counted at', () => {
  const k8 = buildDossier(model, 'K8', '2026-03-01', '2026-03-31');
  const kinds = (id: string) => k8.findings.filter((f) => f.ticketId === id).map((f) => f.kind);
  it('P1, judged at niveau 1 and e-mailed: a finding, though its final niveau is 3', () => {
    expect(k8.findings).toContainEqual({ ticketId: 'P1', clause: '4.7', kind: 'telefonisch-melden', text: 'Niveau 1 per e-mail gemeld, niet telefonisch.' });
  });
  it('P2, judged at niveau 3: no phone finding, though its final niveau is 1', () => {
    expect(kinds('P2')).not.toContain('telefonisch-melden');
  });
  it('P4, niveau 1 found by monitoring (3.9): not reported by the client, so no phone finding', () => {
    expect(kinds('P4')).not.toContain('telefonisch-melden');
  });
  it('the month figures agree: of the niveau 1 incidents the client reported in March (N1 by phone, P1 by e-mail; P4 came from monitoring) one was phoned', () => {
    const cell = model.months.find((m) => m.month === '2026-03')!.cells.find((c) => c.product === 'intramed' && c.type === 'incident' && c.niveau === 1)!;
    // registered counts all three niveau 1 incidents; only N1 and P1 were reported by the client
    expect(cell).toMatchObject({ registered: 3, niveau1Registered: 2, niveau1ByPhone: 1 });
  });
});
