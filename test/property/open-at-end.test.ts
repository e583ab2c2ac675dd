// What was open at a month's end is read from the storing's judged clock (report/open-at-end.ts),
// not judged again. On random storingen with waits for the client and reopens, that reading must
// give what judging the storing anew at that moment gives: open or not, consumed and remaining time,
// open-breached or not, at risk, and the deadline as known then.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileContract } from '../../src/engine/contract.ts';
import type { Ticket } from '../../src/engine/ticket.ts';
import { zone } from '../../src/engine/zone.ts';
import { instant } from '../../src/report/instant.ts';
import { openAt, openRowAt } from '../../src/report/open-at-end.ts';
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
  return { id: 'P', clientId: 'K', clientName: 'n', channel: 'phone', version: '', reportedNiveau: null, product: s.product, type: s.type, niveau: s.niveau, registeredAt: s.reg, resolvedAt, events };
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
          });
        }
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });
});
