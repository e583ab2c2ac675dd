// Article 5 dossier from the canonical fixture (see test/cli/evaluate.test.ts for the
// hand-worked figures of A1 and A2).
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { modelOf } from '../support/model.ts';
import { buildDossier } from '../../src/report/dossier.ts';
import { complaintState } from '../../src/norms/complaints.ts';

const data = await judgeData({ sla: 'content/sla', tickets: 'test/fixtures/canonical/tickets.csv', events: 'test/fixtures/canonical/events.csv', releases: 'data/releases.csv' }, '2026-03-10T12:00');
const model = modelOf(data);

describe('Article 5 dossier', () => {
  it('K2: the Intramed Online niveau 1 incident breached by 30 minutes (270 against 240)', () => {
    const d = buildDossier(model, 'K2', '2026-03-01', '2026-03-31');
    expect(d.clientName).toBe('Praktijk Zuid');
    expect(d.storingen.map((t) => t.id)).toEqual(['A2']);
    expect(d.findings).toEqual([{ ticketId: 'A2', clause: '4.6', kind: 'hersteltijd', text: 'Hersteld buiten de streeftijd (4 uur): 30 min te laat.' }]);
    expect(d.figures).toEqual([
      expect.objectContaining({ product: 'intramed-online', niveau: 1, type: 'incident', storingen: 1, resolved: 1, met: 0, breached: 1, shareMet: 0, statusUpdatesJudged: 1, statusUpdatesOnTime: 1 }),
    ]);
  });

  it('K1: only storingen count (the question is left out); the missing status update and report to the client are 4.6 findings', () => {
    const d = buildDossier(model, 'K1', '2026-03-01', '2026-03-31');
    expect(d.storingen.map((t) => t.id)).toEqual(['A1']);
    // A1: registered Mon 18:00 inside Monday's window, not resolved that day (Tue 16:00), nothing
    // recorded for the client by Monday's 20:00 close, nor before the window opened again Tue 08:00
    // (resolved Tue 16:00, past that opening).
    expect(d.findings.map((f) => [f.ticketId, f.clause, f.kind])).toEqual([['A1', '4.6', 'statusupdate'], ['A1', '4.6', 'rapportage-klant']]);
    expect(d.findings[1].text).toBe('Niet op de dag van de melding opgelost en niet uiterlijk 02-03-2026 20:00 aan de klant gerapporteerd (moment volgens de uitleg van deze rapportage, gemeten op de klok).');
    expect(d.figures[0]).toMatchObject({ met: 1, breached: 0, shareMet: 1 });
    expect(d.incidents).toEqual({ incidentsResolved: 1, sameDay: 0, overWeek: 0, clientReportsJudged: 1, clientReportsOnTime: 0 });
  });

  it('K2: the status update Tue 16:45 reported in time before Tuesday\'s 17:00 close', () => {
    const d = buildDossier(model, 'K2', '2026-03-01', '2026-03-31');
    expect(d.incidents).toEqual({ incidentsResolved: 1, sameDay: 0, overWeek: 0, clientReportsJudged: 1, clientReportsOnTime: 1 });
    expect(d).not.toHaveProperty('normShare');
  });

  it('the period is inclusive and by local registration date', () => {
    expect(buildDossier(model, 'K2', '2026-03-04', '2026-03-31').storingen).toEqual([]);
    expect(buildDossier(model, 'K2', '2026-03-03', '2026-03-03').storingen.map((t) => t.id)).toEqual(['A2']);
  });

  it('carries the plan van aanpak state of the complaint', () => {
    const complaint = complaintState({ id: 'KL', clientId: 'K2', received: '2026-03-05', periodFrom: '2026-03-01', periodTo: '2026-03-31', discussed: '2026-03-09', planDelivered: null, outcome: '', complaintText: null }, 4, '2026-03-10');
    const d = buildDossier(model, 'K2', '2026-03-01', '2026-03-31', complaint);
    // 9 March + 28 days = 6 April; 27 days left on 10 March
    expect(d.complaint).toMatchObject({ planDue: '2026-04-06', status: 'plan-open', daysRemaining: 27 });
  });
});
