// One debiteurnummer, one name: the name on the client's row with the latest
// registration; on equal registrations the row read later (later file, then later
// line); an empty name never wins. Records built by hand, one per row.
import { describe, expect, it } from 'vitest';
import type { TicketRecord } from '../../src/ingest/canonical.ts';
import { settleClientNames } from '../../src/ingest/client-names.ts';

const row = (file: string, line: number, clientId: string, clientName: string, registered: string): TicketRecord => ({
  ticket: {
    id: `${file}:${line}`, clientId, clientName, product: 'intramed', type: 'incident', niveau: 1, reportedNiveau: null,
    channel: 'phone', registeredAt: Date.parse(registered), resolvedAt: null, version: '', events: [],
  },
  file, line, eventLines: [], eventsFile: null, flags: [],
});

describe('settleClientNames', () => {
  it('the latest registration wins, wherever it is read', () => {
    // b.csv is read after a.csv, but a.csv:2 is registered on 5 March, after b.csv:2 (4 March).
    const records = [row('a.csv', 2, 'K7', 'Praktijk Nieuw', '2026-03-05T10:00Z'), row('b.csv', 2, 'K7', 'Praktijk Oud', '2026-03-04T10:00Z')];
    const warnings = settleClientNames(records, ['a.csv', 'b.csv']);
    expect(records.map((r) => r.ticket.clientName)).toEqual(['Praktijk Nieuw', 'Praktijk Nieuw']);
    expect(warnings.map((w) => [w.file, w.line, w.code])).toEqual([['a.csv', 2, 'client-name-differs']]);
  });

  it('equal registrations: the row in the file read later', () => {
    const records = [row('b.csv', 9, 'K7', 'Uit B', '2026-03-05T10:00Z'), row('a.csv', 3, 'K7', 'Uit A', '2026-03-05T10:00Z')];
    settleClientNames(records, ['a.csv', 'b.csv']);
    expect(records.map((r) => r.ticket.clientName)).toEqual(['Uit B', 'Uit B']);
  });

  it('an empty name never wins and is no second name: the written name on both, no warning', () => {
    const records = [row('a.csv', 2, 'K7', 'Praktijk', '2026-03-01T10:00Z'), row('a.csv', 3, 'K7', '', '2026-03-09T10:00Z')];
    expect(settleClientNames(records, ['a.csv'])).toEqual([]);
    expect(records.map((r) => r.ticket.clientName)).toEqual(['Praktijk', 'Praktijk']);
  });

  it('one name per client: nothing changes, no warning', () => {
    const records = [row('a.csv', 2, 'K1', 'Een', '2026-03-01T10:00Z'), row('a.csv', 3, 'K2', 'Twee', '2026-03-02T10:00Z')];
    expect(settleClientNames(records, ['a.csv'])).toEqual([]);
    expect(records.map((r) => r.ticket.clientName)).toEqual(['Een', 'Twee']);
  });
});
