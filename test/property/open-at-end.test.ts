// What was open at a month's end is read from the storing's judged clock (report/open-at-end.ts),
// not judged again. On random storingen with waits for the client and reopens, that reading must
// give what judging the storing anew at that moment gives: open or not, consumed and remaining time,
// open-breached or not, at risk, and the deadline as known then. With a niveau change, from the change on
// (before it, the reading uses the niveau the storing is judged by: README, "Open at a month's end").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileContract } from '../../src/engine/contract.ts';
import type { Ticket } from '../../src/engine/ticket.ts';
import { zone } from '../../src/engine/zone.ts';
import { instant } from '../../src/report/instant.ts';
import { openAt, openRowAt } from '../../src/report/open-at-end.ts';
import { toTicketRow } from '../../src/report/ticket-row.ts';
import { contractWith, engineFor } from '../support/fixture.ts';

const contract = compileContract(contractWith());
const engine = engineFor();
const z = zone('Europe/Amsterdam');
const MINUTE = 60_000;
const from = Date.UTC(2025, 0, 1);

/** A storing with waits and resolution/reopen pairs laid out one after another from its registration. */
const storingArb = fc.record({
  reg: fc.integer({ min: 0, max: 600 * 24 * 60 }).map((m) => from + m * MINUTE),
  product: fc.constantFrom<Ticket['product']>('intramed', 'intramed-online'),
  type: fc.constantFrom<Ticket['type']>('incident', 'bug'),
  niveau: fc.constantFrom<Ticket['niveau']>(1, 2, 3),
  steps: fc.array(fc.tuple(fc.constantFrom('wait', 'reopen'), fc.integer({ min: 1, max: 10 * 24 * 60 }), fc.integer({ min: 1, max: 5 * 24 * 60 })), { maxLength: 4 }),
  tail: fc.integer({ min: 1, max: 40 * 24 * 60 }),
  open: fc.boolean(),
  /** The client's niveau, changed by the Leverancier this many minutes after registration (none: null). */
  reported: fc.constantFrom<Ticket['niveau']>(1, 2, 3),
  change: fc.option(fc.integer({ min: 1, max: 20 * 24 * 60 }), { nil: null }),
  moments: fc.array(fc.integer({ min: 0, max: 120 * 24 * 60 }), { minLength: 1, maxLength: 6 }),
});

type StoringSpec = typeof storingArb extends fc.Arbitrary<infer T> ? T : never;

function makeTicket(s: StoringSpec): Ticket {
  const events: Ticket['events'] = [];
  let t = s.reg;
  for (const [kind, gap, len] of s.steps) {
    t += gap * MINUTE;
    events.push({ at: t, kind: kind === 'wait' ? 'waiting_start' : 'resolved', value: '' });
    t += len * MINUTE;
    events.push({ at: t, kind: kind === 'wait' ? 'waiting_end' : 'reopened', value: '' });
  }
  const resolvedAt = s.open ? null : t + s.tail * MINUTE;
  if (resolvedAt !== null) events.push({ at: resolvedAt, kind: 'resolved', value: '' });
  // 4.7: the Leverancier sets the final niveau; before its change the storing stands at the client's.
  if (s.change !== null) events.push({ at: s.reg + s.change * MINUTE, kind: 'priority_change', value: String(s.niveau) });
  events.sort((a, b) => a.at - b.at);
  const reportedNiveau = s.change === null ? null : s.reported;
  return { id: 'P', clientId: 'K', clientName: 'n', channel: 'phone', version: '', reportedNiveau, product: s.product, type: s.type, niveau: s.niveau, registeredAt: s.reg, resolvedAt, events };
}

describe('open at a month end, read from the judged clock', () => {
  it('equals judging the storing anew at that moment', () => {
    const asOf = Date.UTC(2027, 6, 1);
    fc.assert(
      fc.property(storingArb, (s) => {
        const ticket = makeTicket(s);
        const final = engine.evaluate(ticket, asOf);
        if (final.kind !== 'judged') return;
        for (const m of s.moments) {
          const end = s.reg + m * MINUTE;
          // Before the niveau change the storing stood at the client's niveau; the reading judges it at the
          // niveau it is judged by (4.7) throughout, so the two agree from the change on (README).
          if (s.change !== null && end < s.reg + s.change * MINUTE) continue;
          const then = engine.evaluate(ticket, end);
          if (then.kind !== 'judged') continue;
          const open = then.evaluation.resolvedAt === null;
          expect(openAt(final.evaluation, end)).toBe(open);
          if (!open) continue;
          const row = openRowAt(final.evaluation, end, contract.windowMeasure, z);
          const e = then.evaluation;
          expect(row).toMatchObject({
            status: e.status,
            consumedMinutes: Math.ceil(e.consumedMs / MINUTE),
            remainingMinutes: e.remainingMs === null ? null : Math.ceil(e.remainingMs / MINUTE),
            atRisk: e.atRisk,
            deadline: e.deadline === null ? null : instant(e.deadline, z),
            marginDeadline: e.marginDeadline === null ? null : instant(e.marginDeadline, z),
          });
          // How late, the time left and the margin agree with the row of the storing judged at that moment.
          const asRow = toTicketRow(e, [], { zone: z, asOf: end, calendarOf: () => contract.calendar });
          expect({ minutesLate: row.minutesLate, untilLateMinutes: row.untilLateMinutes, withinMargin: row.withinMargin }).toEqual({
            minutesLate: asRow.minutesLate,
            untilLateMinutes: asRow.untilLateMinutes,
            withinMargin: asRow.withinMargin,
          });
        }
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it('a storing\'s clock moments are in time order, registration first, one per event of its clock', () => {
    const asOf = Date.UTC(2027, 6, 1);
    fc.assert(
      fc.property(storingArb, (s) => {
        const ticket = makeTicket(s);
        const r = engine.evaluate(ticket, asOf);
        if (r.kind !== 'judged') return;
        const e = r.evaluation;
        const row = toTicketRow(e, [], { zone: z, asOf, calendarOf: () => contract.calendar });
        const at = row.moments.map((m) => Date.parse(m.at));
        for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThanOrEqual(at[i - 1]);
        expect(row.moments[0].kind).toBe('registered');
        const count = (kind: string) => row.moments.filter((m) => m.kind === kind).length;
        expect(count('wait-start')).toBe(e.waitIntervals.length / 2);
        expect(count('resolved-before-reopen')).toBe(e.reopenCount);
        expect(count('reopened')).toBe(e.reopenCount);
        expect(count('resolved') + count('open-at-as-of')).toBe(1);
        // The segments cover registration to the resolution (or the report moment) without a gap.
        expect(row.segments[0].from).toBe(row.registeredAt);
        expect(row.segments.at(-1)!.to).toBe(row.resolvedAt ?? row.asOf);
        for (let i = 1; i < row.segments.length; i++) expect(row.segments[i].from).toBe(row.segments[i - 1].to);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
