// The client's earlier complaints, its figures before and after each plan van aanpak
// (5.2) and the dossiers made ready for repeated breaches without a complaint, on the
// hand-made fixture test/fixtures/dossier-history/ (its README lists every storing's
// hersteltijd, worked out from the dienstvenster by hand), judged as of 2026-05-01 00:00.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNormsData } from '../../src/norms/load-norms.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import type { Dossier, ReportModel } from '../../src/report/model.ts';
import { dossierName } from '../../src/report/output-names.ts';
import { modelOf } from '../support/model.ts';

const dir = 'test/fixtures/dossier-history';
let model: ReportModel;
const byComplaint = (id: string): Dossier => model.dossiers.find((d) => d.complaint?.complaint.id === id)!;

beforeAll(async () => {
  const data = await judgeData({ sla: 'content/sla', tickets: `${dir}/tickets.csv`, releases: 'data/releases.csv' }, '2026-05-01T00:00');
  model = modelOf(data, await loadNormsData({ complaints: `${dir}/complaints.csv` }));
});

describe('the complaint itself', () => {
  it('reads the complaint column, and an empty cell as not on file', () => {
    expect(byComplaint('KL-A').complaint!.complaint.complaintText).toBe('Twee storingen in december pas na ruim vijf uur opgelost; de praktijk kon geen afspraken inplannen.');
    expect(byComplaint('KL-C').complaint!.complaint.complaintText).toBeNull();
  });
});

describe('earlier complaints', () => {
  it('KL-B (received 20-04-2026) lists KL-A (received 12-01-2026) of the same client; KL-A lists none', () => {
    expect(byComplaint('KL-B').earlierComplaints.map((c) => c.complaint.id)).toEqual(['KL-A']);
    // KL-A: discussed 15-01-2026 + 4 weeks = 12-02-2026; delivered 02-02-2026: on time.
    expect(byComplaint('KL-B').earlierComplaints[0]).toMatchObject({ planDue: '2026-02-12', status: 'plan-tijdig' });
    expect(byComplaint('KL-A').earlierComplaints).toEqual([]);
    // K7's complaint is about another client: not K5's.
    expect(byComplaint('KL-C').earlierComplaints).toEqual([]);
  });
});

describe('figures before and after the plan of KL-A (delivered Monday 02-02-2026)', () => {
  // Before: 02-11-2025 (three months before 02-02) to 01-02-2026; the data starts with its first
  // month, December 2025, so the window is cut to 01-12-2025.
  // After: 03-02-2026 to 02-05-2026 (three months after 02-02); the data ends at the report moment,
  // 01-05-2026 00:00, so the window is cut to 01-05-2026.
  it('is shown in KL-B\'s dossier (the earlier plan) and in KL-A\'s own', () => {
    expect(byComplaint('KL-B').planEffects.map((e) => e.complaintId)).toEqual(['KL-A']);
    expect(byComplaint('KL-A').planEffects.map((e) => e.complaintId)).toEqual(['KL-A']);
    expect(byComplaint('KL-C').planEffects).toEqual([]);
  });

  it('windows: three months each side, the delivery day in neither, cut where the data ends', () => {
    const e = byComplaint('KL-B').planEffects[0];
    expect(e.delivered).toBe('2026-02-02');
    expect(e.before).toMatchObject({ from: '2025-11-02', to: '2026-02-01', covered: { from: '2025-12-01', to: '2026-02-01' }, cutShort: true });
    expect(e.after).toMatchObject({ from: '2026-02-03', to: '2026-05-02', covered: { from: '2026-02-03', to: '2026-05-01' }, cutShort: true });
  });

  it('before: H01 (60 min, met), H02 (360, breached), H03 (300, breached); H04 resolved on the delivery day counts in neither', () => {
    const { before } = byComplaint('KL-B').planEffects[0];
    // 1 of 3 within; median (nearest rank, 2nd of 60, 300, 360) = 300 min, all on the dienstvenster clock.
    expect(before.total).toEqual({ resolved: 3, met: 1, breached: 2, shareMet: 1 / 3, medianHersteltijdMinutes: 300, measure: 'dienstvenster' });
    expect(before.byKind.map((k) => k.type)).toEqual(['incident', 'bug']);
    expect(before.byKind[0]).toMatchObject({ resolved: 3, met: 1, breached: 2, medianHersteltijdMinutes: 300 });
    // No bug resolved before the plan: the row is there (a bug was resolved after), with nothing in it.
    expect(before.byKind[1]).toMatchObject({ resolved: 0, met: 0, breached: 0, shareMet: null, medianHersteltijdMinutes: null });
  });

  it('after: H05 (90, met), H06 (bug, 4 days, met), H07 (120, met), H08 (330, breached)', () => {
    const { after } = byComplaint('KL-B').planEffects[0];
    // 3 of 4 within (75%); incidents and a bug mix the dienstvenster and calendar clocks: no median over all.
    expect(after.total).toEqual({ resolved: 4, met: 3, breached: 1, shareMet: 0.75, medianHersteltijdMinutes: null, measure: null });
    // Incidents: 2 of 3 within, median of 90, 120, 330 = 120 min.
    expect(after.byKind[0]).toEqual({ type: 'incident', resolved: 3, met: 2, breached: 1, shareMet: 2 / 3, medianHersteltijdMinutes: 120, measure: 'dienstvenster' });
    // The bug: Monday 10:00 to Friday 10:00 = 4 × 1,440 = 5,760 calendar minutes.
    expect(after.byKind[1]).toEqual({ type: 'bug', resolved: 1, met: 1, breached: 0, shareMet: 1, medianHersteltijdMinutes: 5760, measure: 'kalender' });
  });
});

describe('ready dossiers for repeated breaches without a complaint (report month April 2026)', () => {
  it('K6 (two breaches in April, no complaint) gets a dossier of February to April; K7 is covered by KL-C', () => {
    const ready = model.dossiers.filter((d) => d.complaint === null);
    expect(ready.map((d) => [d.clientId, d.from, d.to])).toEqual([['K6', '2026-02-01', '2026-04-30']]);
    expect(ready[0].readyFor).toEqual({ month: '2026-04', breachesInMonth: 2, monthsWithBreaches: ['2026-04'] });
    expect(ready[0].storingen.map((t) => t.id)).toEqual(['H09', 'H10']);
    expect(ready[0].earlierComplaints).toEqual([]);
    expect(dossierName(ready[0].ref)).toBe('K6_2026-02-01_2026-04-30');
  });

  it('the report month\'s repeated breaches name the dossier to open; K5 (one month with a breach in February to April) is not among them', () => {
    const april = model.months.find((m) => m.month === '2026-04')!;
    expect(april.repeatedBreaches.map((r) => [r.clientId, r.dossier])).toEqual([
      ['K6', { kind: 'zonder-klacht', clientId: 'K6', from: '2026-02-01', to: '2026-04-30' }],
      ['K7', { kind: 'klacht', complaintId: 'KL-C' }],
    ]);
    // Earlier months carry no dossier reference.
    for (const m of model.months.filter((x) => x.month !== '2026-04')) for (const r of m.repeatedBreaches) expect(r.dossier).toBeNull();
  });
});
