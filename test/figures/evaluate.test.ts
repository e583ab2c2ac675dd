// `evaluate --format json` of the hand-worked figures fixture: per storing the hersteltijd,
// deadline, status and 4.6's judgements as worked out in test/figures/expected.ts.
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { tickets, type HandTicket } from './expected.ts';
import { INPUTS } from './support.ts';

const run = cli(['evaluate', ...INPUTS, '--format', 'json']);
const records = JSON.parse(run.stdout || '[]') as Record<string, unknown>[];
const byId = new Map(records.map((r) => [r.id as string, r]));

describe('evaluate --format json of the figures fixture (hand-worked)', () => {
  it('judges all 16 tickets and sets none aside', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(records.map((r) => r.id).sort()).toEqual(Object.keys(tickets).sort());
  });

  it.each(Object.entries(tickets))('%s', (id, hand: HandTicket) => {
    const r = byId.get(id)!;
    expect(r, id).toBeDefined();
    expect(r).toMatchObject({
      status: hand.status,
      hersteltijdMinutes: hand.hersteltijdMinutes,
      deadline: hand.deadline,
      targetMinutes: hand.targetMinutes,
      statusUpdateMet: hand.statusUpdateMet,
      sameDay: hand.sameDay,
      overWeek: hand.overWeek,
      clientReportDue: hand.clientReportDue,
      clientReportMet: hand.clientReportMet,
    });
    if (hand.consumedMinutes !== undefined) expect(r.consumedMinutes).toBe(hand.consumedMinutes);
    if (hand.remainingMinutes !== undefined) expect(r.remainingMinutes).toBe(hand.remainingMinutes);
    if (hand.atRisk !== undefined) expect(r.atRisk).toBe(hand.atRisk);
    if (hand.withinMargin !== undefined) expect(r.withinMargin).toBe(hand.withinMargin);
    if (hand.waitingMinutes !== undefined) expect(r.waitingMinutes).toBe(hand.waitingMinutes);
    if (hand.reopenCount !== undefined) expect(r.reopenCount).toBe(hand.reopenCount);
  });

  it('F11 is judged and counted at the Leverancier\'s niveau 2, the client reported 3 (4.7)', () => {
    expect(byId.get('F11')).toMatchObject({ reportedPriority: 3, priority: 2, judgedPriority: 2 });
  });

  it('F08 ("1 à 2 maanden") becomes breached only at the end of its margin, two months: 1 July 10:00', () => {
    // 1 May 10:00 + two months = 1 July 10:00: 61 days = 87,840 minutes.
    expect(byId.get('F08')).toMatchObject({ marginDeadline: '2026-07-01T10:00:00+02:00', marginMinutes: 87840 });
  });
});
