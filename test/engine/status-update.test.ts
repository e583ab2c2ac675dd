// Status update (4.6): due when half the target is consumed ("na een halve dag" for a
// niveau 1 incident). Met when a status update is recorded, or the ticket was first
// resolved, before more than half the target was consumed (decided on the clock); false when neither; null while not
// yet due on an open ticket. Events after the as-of moment are not yet known.
import { describe, expect, it } from 'vitest';
import { judge, local, type EventSpec } from '../support/fixture.ts';

// Intramed niveau 1 incident registered Tue 3 Mar 2026 10:00: 1 werkdag -> Wed 10:00,
// target Tue 10-17 7h + Wed 8-10 2h = 9h; half 4.5h -> due Tue 14:30.
const REG = '2026-03-03 10:00';
const DUE = '2026-03-03 14:30';

interface Row {
  name: string;
  events?: EventSpec[];
  resolved?: string;
  asOf?: string;
  met: boolean | null;
}

const rows: Row[] = [
  { name: 'update at 14:00, before the due moment: met', events: [['status_update', '2026-03-03 14:00']], resolved: '2026-03-04 09:00', met: true },
  { name: 'update exactly at the due moment 14:30: met', events: [['status_update', '2026-03-03 14:30']], resolved: '2026-03-04 09:00', met: true },
  { name: 'update at 14:31, one minute late: not met', events: [['status_update', '2026-03-03 14:31']], resolved: '2026-03-04 09:00', met: false },
  { name: 'first update late (15:00), a second one does not repair it: not met', events: [['status_update', '2026-03-03 15:00'], ['status_update', '2026-03-03 16:00']], resolved: '2026-03-04 09:00', met: false },
  { name: 'update the next morning Wed 08:30: not met', events: [['status_update', '2026-03-04 08:30']], resolved: '2026-03-04 09:00', met: false },
  { name: 'no update, resolved at 14:00 before the due moment: met', resolved: '2026-03-03 14:00', met: true },
  { name: 'no update, resolved exactly at the due moment 14:30: met', resolved: '2026-03-03 14:30', met: true },
  { name: 'no update, resolved at 14:31: not met', resolved: '2026-03-03 14:31', met: false },
  { name: 'a workaround is not a status update: not met', events: [['workaround', '2026-03-03 13:00']], resolved: '2026-03-04 09:00', met: false },
  { name: 'open, no update, as of Tue 14:00 (not yet due): null', asOf: '2026-03-03 14:00', met: null },
  { name: 'open, update at 14:00, as of Tue 14:10: met', events: [['status_update', '2026-03-03 14:00']], asOf: '2026-03-03 14:10', met: true },
  { name: 'open, no update, as of Tue 14:31 (overdue): not met', asOf: '2026-03-03 14:31', met: false },
  { name: 'open, update at 14:20 is after the as-of moment 14:10 and not yet known: null', events: [['status_update', '2026-03-03 14:20']], asOf: '2026-03-03 14:10', met: null },
  { name: 'open, update at 14:20 is known as of Tue 16:00: met', events: [['status_update', '2026-03-03 14:20']], asOf: '2026-03-03 16:00', met: true },
];

describe('status update for an Intramed niveau 1 incident registered Tuesday 10:00 (due Tuesday 14:30)', () => {
  it('is due at Tuesday 14:30', () => {
    expect(local(judge({ registered: REG }).statusUpdateDue)).toBe(DUE);
  });
  it.each(rows)('$name', (row) => {
    const e = judge({ registered: REG, resolved: row.resolved, events: row.events }, row.asOf);
    expect(local(e.statusUpdateDue)).toBe(DUE);
    expect(e.statusUpdateMet).toBe(row.met);
  });
});

describe('status update moment in other situations', () => {
  it.each([
    {
      // Intramed Online 4 uur, Mon 18:00: half 2h is reached at Monday close 20:00 (the due moment shown),
      // but met is decided on the clock: at Tue 08:00 still only 2h consumed, so in time; 08:01 is 2h01.
      name: 'Intramed Online 4 uur registered Mon 18:00: due Mon 20:00, an update at Tue 08:00 (still 2h consumed) is in time',
      spec: { product: 'intramed-online' as const, registered: '2026-03-02 18:00', resolved: '2026-03-03 09:00', events: [['status_update', '2026-03-03 08:00']] as EventSpec[] },
      due: '2026-03-02 20:00', met: true,
    },
    {
      name: 'Intramed Online 4 uur registered Mon 18:00: an update at Tue 08:01 (2h01 consumed) is late',
      spec: { product: 'intramed-online' as const, registered: '2026-03-02 18:00', resolved: '2026-03-03 09:00', events: [['status_update', '2026-03-03 08:01']] as EventSpec[] },
      due: '2026-03-02 20:00', met: false,
    },
    {
      name: 'Intramed Online 4 uur registered Mon 18:00: an update at Mon 19:59 is in time',
      spec: { product: 'intramed-online' as const, registered: '2026-03-02 18:00', resolved: '2026-03-03 09:00', events: [['status_update', '2026-03-02 19:59']] as EventSpec[] },
      due: '2026-03-02 20:00', met: true,
    },
    {
      // Target 9h, half 4.5h; a wait Tue 12:00-13:00 moves the due moment to 15:30.
      name: 'a wait for the client (Tue 12:00-13:00) moves the due moment to 15:30: update at 15:15 in time',
      spec: { registered: REG, resolved: '2026-03-04 09:00', events: [['waiting_start', '2026-03-03 12:00'], ['waiting_end', '2026-03-03 13:00'], ['status_update', '2026-03-03 15:15']] as EventSpec[] },
      due: '2026-03-03 15:30', met: true,
    },
    {
      // Intramed niveau 2, Thu 5 Mar 10:00 -> Mon 10:00 = 21h, half 10.5h: Thu 10h, Fri 0.5h -> Fri 08:30.
      name: 'Intramed niveau 2 registered Thu 10:00: due Fri 08:30, update Thu 19:00 in time',
      spec: { niveau: 2 as const, registered: '2026-03-05 10:00', resolved: '2026-03-09 09:00', events: [['status_update', '2026-03-05 19:00']] as EventSpec[] },
      due: '2026-03-06 08:30', met: true,
    },
    {
      // Bug niveau 1, 2 Jun 10:00: 504h, half 252h = 10.5 days -> 12 Jun 22:00.
      name: 'bug niveau 1 registered 2 Jun 10:00: due 12 Jun 22:00 (calendar time), update at 21:00 in time',
      spec: { type: 'bug' as const, registered: '2026-06-02 10:00', resolved: '2026-06-20 10:00', events: [['status_update', '2026-06-12 21:00']] as EventSpec[] },
      due: '2026-06-12 22:00', met: true,
    },
    {
      name: 'bug niveau 1 registered 2 Jun 10:00: update at 12 Jun 22:01 is late',
      spec: { type: 'bug' as const, registered: '2026-06-02 10:00', resolved: '2026-06-20 10:00', events: [['status_update', '2026-06-12 22:01']] as EventSpec[] },
      due: '2026-06-12 22:00', met: false,
    },
  ])('$name', ({ spec, due, met }) => {
    const e = judge(spec);
    expect(local(e.statusUpdateDue)).toBe(due);
    expect(e.statusUpdateMet).toBe(met);
  });
});
