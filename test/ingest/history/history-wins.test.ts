// The same ticket in a Zendesk CSV export (a total wait only) and in its status
// history: the history is judged (exact, not approximate) whatever the export's
// update time, and `check` lists the ticket when the two waits differ by more than
// five minutes (this product's tolerance: duplicates.ts, WAIT_TOLERANCE_MINUTES).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../../src/pipeline/judge-data.ts';
import { cli } from '../../support/cli.ts';
import { audit, change, created, eventsPage, pageFolder, ticketsPage, zTicket } from './pages.ts';

const HEADER = 'Id,Status,Priority,Via,Ticket type,Created at,Updated at,Organization,Solved at,Reopens,Agent wait time in minutes,Product [list]';
// Both exports say ticket 1 was registered Monday 09:00 and solved 14:00; its history has Pending
// 10:00-11:30 (90 minutes). Ticket 2 has no waits in its history. The export, updated later than the
// history, says 30 minutes for ticket 1 (off by 60) and 3 for ticket 2 (within 5 minutes).
const row = (id: number, wait: number) => `${id},Solved,Urgent,Mail,Incident,2026-03-02 09:00:00 +0100,2026-03-05 09:00:00 +0100,Praktijk Zuid,2026-03-02 14:00:00 +0100,0,${wait},intramed_online`;

describe('a status history and an export of the same ticket', async () => {
  const dir = pageFolder({
    't.json': ticketsPage([zTicket(1, '2026-03-02T08:00:00Z', 'solved'), zTicket(2, '2026-03-02T08:00:00Z', 'solved')]),
    'e.json': eventsPage([
      audit(1, '2026-03-02T08:00:00Z', [created('open')]),
      audit(1, '2026-03-02T09:00:00Z', [change('pending', 'open')]),
      audit(1, '2026-03-02T10:30:00Z', [change('open', 'pending')]),
      audit(1, '2026-03-02T13:00:00Z', [change('solved', 'open')]),
      audit(2, '2026-03-02T08:00:00Z', [created('open')]),
      audit(2, '2026-03-02T13:00:00Z', [change('solved', 'open')]),
    ]),
  });
  const csv = join(dir, 'export.csv');
  writeFileSync(csv, `${HEADER}\n${row(1, 30)}\n${row(2, 3)}\n`);
  const data = await judgeData({ sla: 'content/sla', tickets: csv, exports: [dir], releases: null }, '2026-04-01');

  it('the history wins and is not approximate', () => {
    expect(data.counts).toMatchObject({ ticketRows: 4, judged: 2, duplicatesMerged: 2, approximate: 0 });
    for (const j of data.judged) expect(j.record.file).toMatch(/t\.json$/);
    expect(data.judged.map((j) => j.evaluation.waitingMs / 60_000)).toEqual([90, 0]);
  });

  it('check lists the ticket whose waits differ by more than 5 minutes, not the other', () => {
    expect(data.waitDisagreements).toEqual([expect.objectContaining({ ticketId: 'ZD-1', historyMinutes: 90, totalMinutes: 30 })]);
    const r = cli(['check', csv, dir, '--as-of', '2026-04-01']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Wachttijd wijkt af tussen statusgeschiedenis en export (meer dan 5 minuten; de statusgeschiedenis is beoordeeld) (1):');
    expect(r.stdout).toMatch(/ticket ZD-1: 90 min volgens .*t\.json \(item 1\), 30 min volgens .*export\.csv:2/);
    expect(r.stdout).not.toMatch(/ticket ZD-2:/);
    expect(r.stdout).toContain('Aansluiting statusgeschiedenis: 6 wijzigingen gelezen = 6 bij tickets + 0 dubbel gelezen + 0 bij apart gezette tickets + 0 apart gezet: sluitend');
  });
});
