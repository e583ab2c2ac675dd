// Invariants of the clock over random tickets: properties any correct deadline
// engine has, whatever the contract's numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consumed, instantAtConsumed } from '../../src/engine/clock.ts';
import { compileContract } from '../../src/engine/contract.ts';
import { contractWith, engineFor } from '../support/fixture.ts';
import type { Ticket } from '../../src/engine/ticket.ts';

const contract = compileContract(contractWith());
const engine = engineFor();
const MINUTE = 60_000;
const from = Date.UTC(2025, 0, 1);
const span = 2 * 365 * 24 * 60; // minutes in two years

const instant = fc.integer({ min: 0, max: span }).map((m) => from + m * MINUTE);
/** Sorted disjoint stops after a start. */
const stopsAfter = (start: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.integer({ min: 1, max: 5 * 24 * 60 })), { maxLength: 4 })
    .map((pairs) => {
      const out: number[] = [];
      let t = start;
      for (const [gap, len] of pairs) {
        t += gap * MINUTE;
        out.push(t, t + len * MINUTE);
        t += len * MINUTE + MINUTE;
      }
      return out;
    });

const kinds = fc.constantFrom<Ticket['type']>('incident', 'bug');
const ticketArb = fc.record({
  reg: instant,
  product: fc.constantFrom<Ticket['product']>('intramed', 'intramed-online'),
  type: kinds,
  niveau: fc.constantFrom<Ticket['niveau']>(1, 2, 3),
  duration: fc.integer({ min: 0, max: 60 * 24 * 60 }),
});

function makeTicket(t: { reg: number; product: Ticket['product']; type: Ticket['type']; niveau: Ticket['niveau']; duration: number }, waits: number[] = []): Ticket {
  const events: Ticket['events'] = [];
  for (let k = 0; k < waits.length; k += 2) {
    events.push({ at: waits[k], kind: 'waiting_start', value: '' }, { at: waits[k + 1], kind: 'waiting_end', value: '' });
  }
  return {
    id: 'P', clientId: 'K', clientName: 'n', channel: 'phone', version: '', reportedNiveau: null,
    product: t.product, type: t.type, niveau: t.niveau, registeredAt: t.reg,
    resolvedAt: t.reg + t.duration * MINUTE + (waits.length ? waits[waits.length - 1] - t.reg : 0),
    events,
  };
}

const asOf = Date.UTC(2030, 0, 1);
const judged = (t: Ticket) => {
  const r = engine.evaluate(t, asOf);
  if (r.kind !== 'judged') throw new Error(r.setAside.reason);
  return r.evaluation;
};

describe('clock invariants', () => {
  it('adding a duration and then measuring it returns the same duration (dienstvenster and calendar clocks)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 * 12 * 60 }), fc.boolean(), (t, minutes, wall) => {
        const start = contract.calendar.nextOpening(t);
        const m = wall ? { total: (x: number) => x, instantAt: (x: number) => x } : contract.windowMeasure;
        const amount = minutes * MINUTE;
        return consumed(m, [], start, instantAtConsumed(m, [], start, amount)) === amount;
      }),
      { numRuns: 500 },
    );
  });

  it('the same holds with waits: the due moment consumes exactly the amount', () => {
    fc.assert(
      fc.property(instant.chain((t) => fc.tuple(fc.constant(t), stopsAfter(t), fc.integer({ min: 1, max: 30 * 12 * 60 }))), ([t, stops, minutes]) => {
        const start = contract.calendar.nextOpening(t);
        const due = instantAtConsumed(contract.windowMeasure, stops, start, minutes * MINUTE);
        expect(consumed(contract.windowMeasure, stops, start, due)).toBe(minutes * MINUTE);
        // and it is the first such instant: a minute earlier less was consumed
        expect(consumed(contract.windowMeasure, stops, start, due - MINUTE)).toBeLessThan(minutes * MINUTE);
      }),
      { numRuns: 300 },
    );
  });

  it('the deadline is never before the clock start, and the clock start never before registration', () => {
    fc.assert(
      fc.property(ticketArb, (t) => {
        const e = judged(makeTicket(t));
        expect(e.clockStart).toBeGreaterThanOrEqual(t.reg);
        if (e.deadline !== null) expect(e.deadline).toBeGreaterThanOrEqual(e.clockStart);
        if (e.statusUpdateDue !== null) expect(e.statusUpdateDue).toBeLessThanOrEqual(e.deadline!);
      }),
      { numRuns: 400 },
    );
  });

  it('waits for the client never increase the hersteltijd', () => {
    fc.assert(
      fc.property(ticketArb.chain((t) => fc.tuple(fc.constant(t), stopsAfter(t.reg))), ([t, waits]) => {
        const without = makeTicket(t, []);
        const withWaits = makeTicket(t, waits);
        // same resolution moment, with and without the waits
        const plain = judged({ ...without, resolvedAt: withWaits.resolvedAt });
        const waited = judged(withWaits);
        expect(waited.hersteltijdMs!).toBeLessThanOrEqual(plain.hersteltijdMs!);
        if (waited.deadline !== null && plain.deadline !== null) expect(waited.deadline).toBeGreaterThanOrEqual(plain.deadline);
      }),
      { numRuns: 300 },
    );
  });

  it('met exactly when the hersteltijd is within the target', () => {
    fc.assert(
      fc.property(ticketArb, (t) => {
        const e = judged(makeTicket(t));
        if (e.targetMs === null) return;
        const limit = e.streeftijd?.target.unit === 'maanden' ? null : e.targetMs;
        if (limit !== null) expect(e.status === 'met').toBe(e.hersteltijdMs! <= limit);
      }),
      { numRuns: 400 },
    );
  });
});
