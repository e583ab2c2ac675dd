// Art. 6: a change request's decision is "accepted" or "refused". A value that is
// neither (a typo such as "refuesd") is set aside with its line and value, never
// read as accepted: a refusal that should have reached the client would vanish.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zone } from '../../src/engine/zone.ts';
import { readCanonical } from '../../src/ingest/canonical.ts';

const dir = mkdtempSync(join(tmpdir(), 'sla-change-decision-'));
const tickets = join(dir, 'tickets.csv');
const events = join(dir, 'events.csv');
writeFileSync(
  tickets,
  [
    'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version',
    'W1,K1,Praktijk Noord,intramed,change,,3,email,2026-03-02T09:00:00,,2026.1',
    'W2,K1,Praktijk Noord,intramed,change,,3,email,2026-03-02T10:00:00,,2026.1',
  ].join('\n') + '\n',
);
writeFileSync(
  events,
  [
    'ticket_id,at,event,value',
    'W1,2026-03-03T09:00:00,change_decision,refused',
    'W2,2026-03-03T09:00:00,change_decision,refuesd',
  ].join('\n') + '\n',
);

describe('change_decision values', () => {
  it('reads "refused" and sets a misspelt decision aside on its own line (events.csv line 3), naming the value', async () => {
    const data = await readCanonical({ tickets, events, zone: zone('Europe/Amsterdam') });
    const w1 = data.records.find((r) => r.ticket.id === 'W1')!;
    expect(w1.ticket.events.map((e) => [e.kind, e.value])).toEqual([['change_decision', 'refused']]);
    // As with any invalid event, the row and its ticket are both set aside (the ticket cannot be judged without it).
    expect(data.records.map((r) => r.ticket.id)).toEqual(['W1']);
    expect(data.setAside).toHaveLength(2);
    expect(data.setAside[0]).toMatchObject({ file: 'events.csv', line: 3, column: 'value', value: 'refuesd', reason: 'unknown-decision', ticketId: 'W2' });
    expect(data.setAside[1]).toMatchObject({ file: 'tickets.csv', line: 3, reason: 'invalid-event', ticketId: 'W2' });
  });
});
