// Zendesk status histories read from saved API pages: the waits for the client are
// the time in Pending (Hersteltijd, art. 1), worked out by hand from the contract.
// Intramed Online, niveau 1 incident: streeftijd 4 uur dienstvenster time; Monday
// 2 March 2026 is a werkdag with the dienstvenster 08:00-20:00, Tuesday and
// Wednesday 08:00-17:00. Times below are UTC in the pages, +01:00 in Amsterdam.
import { cpSync, mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zone } from '../../../src/engine/zone.ts';
import { loadHistoryMappings } from '../../../src/ingest/history/mapping.ts';
import { readHistory } from '../../../src/ingest/history/read-history.ts';
import { fieldChange } from '../../../src/ingest/history/zendesk-page.ts';
import { toEvaluationRecord } from '../../../src/pipeline/evaluation-record.ts';
import { judgeData } from '../../../src/pipeline/judge-data.ts';
import { audit, auditChange, change, created, eventsPage, pageFolder, ticketsPage, zTicket } from './pages.ts';

const z = zone('Europe/Amsterdam');
const mappings = loadHistoryMappings('data/mappings');
const read = (dir: string) => readHistory(dir, { mappings, zone: z, displayName: (p) => p });

async function judged(dir: string) {
  const data = await judgeData({ sla: 'content/sla', tickets: null, exports: [dir], releases: null }, '2026-04-01');
  return { data, byId: Object.fromEntries(data.judged.map(({ evaluation, record }) => [record.ticket.id, toEvaluationRecord(evaluation, record, data.asOf, z)])) };
}

// Ticket 1: registered Monday 09:00, Pending 10:00-11:30, solved 14:00 (the end of the wait in the Ticket Audits form).
// Ticket 2: registered Tuesday 09:00, solved 10:00, reopened (solved -> open) 11:00, solved again 12:00.
// Ticket 3: registered Wednesday 09:00, On-hold 10:00-11:00, solved 12:00.
const tickets = ticketsPage([
  zTicket(1, '2026-03-02T08:00:00Z', 'solved'),
  zTicket(2, '2026-03-03T08:00:00Z', 'solved', { priority: 'normal' }),
  zTicket(3, '2026-03-04T08:00:00Z', 'solved'),
]);
const pending = audit(1, '2026-03-02T09:00:00Z', [change('pending', 'open')]);
const first = [
  audit(1, '2026-03-02T08:00:00Z', [created('open'), { event_type: 'Comment', comment_public: true }]),
  pending,
  audit(2, '2026-03-03T08:00:00Z', [created('open')]),
  audit(2, '2026-03-03T09:00:00Z', [change('solved', 'open')]),
  audit(3, '2026-03-04T08:00:00Z', [created('open')]),
  audit(3, '2026-03-04T09:00:00Z', [change('hold', 'open')]),
];
const second = [
  // Out of order inside the page, and ticket 1's changes spread over both pages.
  audit(1, '2026-03-02T13:00:00Z', [change('solved', 'open')]),
  audit(1, '2026-03-02T10:30:00Z', [auditChange('status', 'open', 'pending')]),
  audit(2, '2026-03-03T11:00:00Z', [change('solved', 'open')]),
  audit(2, '2026-03-03T10:00:00Z', [change('open', 'solved')]),
  audit(3, '2026-03-04T11:00:00Z', [change('solved', 'open')]),
  audit(3, '2026-03-04T10:00:00Z', [change('open', 'hold')]),
  // The pending change read a second time (an overlapping export): counted once.
  pending,
];
const pages = { 'b-events.json': eventsPage(second), 'a-events.json': eventsPage(first), 'z-tickets.json': tickets };

describe('Zendesk status history', async () => {
  const dir = pageFolder(pages);
  const { data, byId } = await judged(dir);

  it('Pending 10:00-11:30 on a Monday is a 90-minute wait: 14:00 - 09:00 = 300 minutes, minus 90 = hersteltijd 210 of 240', () => {
    // The deadline: 240 clock minutes from 09:00 with the clock stopped 10:00-11:30 is 14:30.
    expect(byId['ZD-1']).toMatchObject({
      clockStart: '2026-03-02T09:00:00+01:00', waitingMinutes: 90, hersteltijdMinutes: 210, targetMinutes: 240,
      deadline: '2026-03-02T14:30:00+01:00', resolvedAt: '2026-03-02T14:00:00+01:00', status: 'met', approximate: false, flags: [],
    });
  });

  it('a reopen: the clock stops between the resolution and the reopen, so 10:00-11:00 does not count (60 + 60 minutes)', () => {
    expect(byId['ZD-2']).toMatchObject({
      firstResolvedAt: '2026-03-03T10:00:00+01:00', resolvedAt: '2026-03-03T12:00:00+01:00', reopenCount: 1,
      firstHersteltijdMinutes: 60, hersteltijdMinutes: 120, approximate: false,
    });
  });

  it('On-hold waits for a third party, not for the client: the clock runs (09:00-12:00 = 180 minutes)', () => {
    expect(byId['ZD-3']).toMatchObject({ waitingMinutes: 0, hersteltijdMinutes: 180 });
  });

  it('every change is accounted for: the pending change read twice counts once', () => {
    // Changes read: ticket 1: create, pending, open, solved, pending again = 5; ticket 2: 4; ticket 3: 4.
    expect(data.counts.historyEvents).toEqual({ read: 13, used: 12, duplicates: 1, ofSetAsideTickets: 0, setAside: 0 });
    expect(data.counts).toMatchObject({ ticketRows: 3, judged: 3, setAside: 0, approximate: 0 });
  });

  it('the order of the page files does not change the result', () => {
    const other = mkdtempSync(join(tmpdir(), 'sla-history-'));
    cpSync(dir, other, { recursive: true });
    for (const [from, to] of [['a-events.json', 'x.json'], ['z-tickets.json', '0.json'], ['b-events.json', 'm.json']]) renameSync(join(other, from), join(other, to));
    expect(readdirSync(other).sort()).toEqual(['0.json', 'm.json', 'x.json']);
    const events = (d: string) => read(d).records.map((r) => [r.ticket.id, r.ticket.events, r.ticket.resolvedAt]);
    expect(events(other)).toEqual(events(dir));
  });
});

describe('Zendesk change shapes', () => {
  it('the event export form and the Ticket Audits form of one change read the same', () => {
    const expected = { field: 0, to: 'pending', from: 'open', create: false };
    expect(fieldChange({ event_type: 'Change', status: 'pending', previous_value: 'open' })).toEqual(expected);
    expect(fieldChange({ type: 'Change', field_name: 'status', value: 'pending', previous_value: 'open' })).toEqual(expected);
    expect(fieldChange({ event_type: 'Change', priority: 'high', previous_value: 'normal' })).toEqual({ field: 1, to: 'high', from: 'normal', create: false });
    expect(fieldChange({ type: 'Change', field_name: 'tags', value: ['x'], previous_value: [] })).toBeNull();
    expect(fieldChange({ event_type: 'Comment', body: 'niet gelezen' })).toBeNull();
  });
});

describe('Zendesk niveau changes', async () => {
  // Registered Monday 09:00 as High (niveau 2), raised to Urgent (niveau 1) at 09:30, solved 11:00.
  const dir = pageFolder({
    't.json': ticketsPage([zTicket(7, '2026-03-02T08:00:00Z', 'solved')]),
    'e.json': eventsPage([
      audit(7, '2026-03-02T08:00:00Z', [created('open'), { event_type: 'Create', priority: 'high' }]),
      audit(7, '2026-03-02T08:30:00Z', [{ event_type: 'Change', priority: 'urgent', previous_value: 'high' }]),
      audit(7, '2026-03-02T10:00:00Z', [change('solved', 'open')]),
    ]),
  });
  const { byId } = await judged(dir);
  it('a priority child event is a niveau change; the final niveau 1 governs from the registration (4.7)', () => {
    expect(byId['ZD-7']).toMatchObject({ priority: 1, judgedPriority: 1, targetMinutes: 240, hersteltijdMinutes: 120, status: 'met' });
  });
});
