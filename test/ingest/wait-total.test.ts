// Exports with only a total wait (Zendesk "Agent wait time in minutes"): the total becomes
// one wait from the clock start, credited by the clock's own rules, and the
// ticket's figures are marked approximate. Worked out by hand (Intramed niveau 1
// incident, 1 werkdag; Monday window 08:00-20:00, Tuesday and Wednesday 08:00-17:00).
import { describe, expect, it } from 'vitest';
import { zone } from '../../src/engine/zone.ts';
import { toEvaluationRecord } from '../../src/pipeline/evaluation-record.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { modelOf } from '../support/model.ts';

const z = zone('Europe/Amsterdam');

describe('total waits', async () => {
  const data = await judgeData({ sla: 'content/sla', tickets: 'test/fixtures/exports/zendesk-wait-totals.csv', releases: null }, '2026-04-01');
  const r = Object.fromEntries(data.judged.map(({ evaluation, record }) => [record.ticket.id, toEvaluationRecord(evaluation, record, data.asOf, z)]));

  it('120 minutes waiting for the client from Monday 10:00: a wait 10:00-12:00, so the deadline moves from Tuesday 10:00 to 12:00', () => {
    // consumed Monday 10:00-20:00 = 600 - 120 waited = 480, Tuesday 08:00-12:00 = 240: 720 = the target (met, exactly at the deadline)
    expect(r['ZD-30001']).toMatchObject({
      clockStart: '2026-03-02T10:00:00+01:00', targetMinutes: 720, waitingMinutes: 120,
      deadline: '2026-03-03T12:00:00+01:00', hersteltijdMinutes: 720, status: 'met',
      flags: ['approximate', 'approximate:wait-total'], approximate: true,
    });
  });

  it('180 minutes waiting for the client from Tuesday 16:00: only the hour before the 17:00 closing is credited, not 180 minutes', () => {
    // wait 16:00-19:00; clock minutes in it: 16:00-17:00 = 60. Consumed Tue 60 - 60 + Wed 08:00-10:00 120 = 120
    expect(r['ZD-30002']).toMatchObject({ waitingMinutes: 60, hersteltijdMinutes: 120, approximate: true });
  });

  it('no wait and no reopen: exact figures, no flag', () => {
    expect(r['ZD-30003']).toMatchObject({ waitingMinutes: 0, hersteltijdMinutes: 120, flags: [], approximate: false });
  });

  it('reopened twice at unknown moments: approximate', () => {
    expect(r['ZD-30004']).toMatchObject({ hersteltijdMinutes: 120, flags: ['approximate', 'approximate:reopens'], approximate: true });
  });

  it('counts the approximate tickets in the totals and in the report model\'s reconciliation', () => {
    expect(data.counts.approximate).toBe(3);
    const model = modelOf(data);
    expect(model.reconciliation).toMatchObject({ rowsRead: 4, judged: 4, setAside: 0, duplicatesMerged: 0, approximate: 3, balanced: true });
    expect(model.tickets.filter((t) => t.approximate).map((t) => t.id).sort()).toEqual(['ZD-30001', 'ZD-30002', 'ZD-30004']);
  });
});

describe('Zendesk: Pending is the wait for the client, On-hold is not', async () => {
  // Zendesk's definitions: "Agent wait time" is the time in Pending (waiting for the requester),
  // "On hold time" the time in On-hold (waiting for a third party). Art. 1 leaves out only the
  // time the Leverancier waits for the Klant. Both tickets: Intramed niveau 1 incident, Monday
  // 2 Mar 2026 10:00, resolved Tuesday 12:00; 1 werkdag = Mon 10:00-20:00 (600) + Tue 08:00-10:00 (120) = 720.
  const data = await judgeData({ sla: 'content/sla', tickets: 'test/fixtures/exports/zendesk-pending-onhold.csv', releases: null }, '2026-04-01');
  const r = Object.fromEntries(data.judged.map(({ evaluation, record }) => [record.ticket.id, toEvaluationRecord(evaluation, record, data.asOf, z)]));

  it('120 minutes Pending and 180 On-hold: only the 120 Pending minutes are waited (600 - 120 + 240 = 720, met)', () => {
    expect(r['ZD-31001']).toMatchObject({ waitingMinutes: 120, hersteltijdMinutes: 720, status: 'met', approximate: true });
  });

  it('120 minutes On-hold only: nothing is waited for the client (600 + 240 = 840 > 720, breached), exact figures', () => {
    expect(r['ZD-31002']).toMatchObject({ waitingMinutes: 0, hersteltijdMinutes: 840, status: 'breached', approximate: false });
  });
});
