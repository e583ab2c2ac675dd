// `build` from status histories alone prints the same two reconciliations as `check`, and
// lists, as check does, a ticket whose export and history disagree on its wait: the
// tickets and the status history's changes, each "sluitend". Counted by hand from the sample
// pages (data/exports/zendesk-api, data/exports/jira-api):
// - tickets: the Zendesk ticket page holds 10300, 10302, 10305, 10306 (4), the Jira search page
//   SD-1201, SD-1204, SD-1205 (3): 7 read, all judged.
// - changes (status and priority, also those set at creation): Zendesk event page 1: 10300
//   create status + priority, to open, to solved (4); 10302 create 2, to open, to solved, back to
//   open (5); 10305 create 2 (2); 10306 create 2, to open (3) = 14; page 2: 10305 to pending (1),
//   10306 to pending, to open + priority, to solved (4), 10302 to solved (1) = 6. Jira: SD-1201 2,
//   SD-1204 4, SD-1205 4 status + 1 priority = 5. 14 + 6 + 2 + 4 + 5 = 31, none read twice.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { cliAsync, scratchDir } from '../support/small-build.ts';
import { audit, change, created, eventsPage, pageFolder, ticketsPage, zTicket } from '../ingest/history/pages.ts';

const HISTORIES = ['--export', 'data/exports/zendesk-api', '--export', 'data/exports/jira-api'];
const TICKETS = 'Aansluiting: 7 gelezen = 7 beoordeeld + 0 apart gezet + 0 samengevoegd: sluitend';
const CHANGES = 'Aansluiting statusgeschiedenis: 31 wijzigingen gelezen = 31 bij tickets + 0 dubbel gelezen + 0 bij apart gezette tickets + 0 apart gezet: sluitend';

let parent: string;
beforeAll(() => {
  parent = scratchDir('build-history');
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('the reconciliation of a status history', () => {
  it('check prints it', () => {
    const r = cli(['check', ...HISTORIES]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(TICKETS);
    expect(r.stdout).toContain(CHANGES);
  });

  it('build prints it on standard error, beside the tickets\' reconciliation', async () => {
    const r = await cliAsync(['build', ...HISTORIES, '--out', join(parent, 'dist')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(TICKETS);
    expect(r.stderr).toContain(CHANGES);
    // The site's data-quality page shows the same count of changes, 31 read and 31 used (above).
    const page = readFileSync(join(parent, 'dist', 'datakwaliteit', 'index.html'), 'utf8');
    expect(page).toContain('Aansluiting statusgeschiedenis: sluitend');
    expect(page).toMatch(/data-figure="historyRead">31</);
    expect(page).toMatch(/data-figure="historyUsed">31</);
  });
});

describe('a ticket whose waits in its history and in an export differ', () => {
  it('build lists it as check does, with both files', async () => {
    // Ticket 1: Pending 10:00-11:30 in its history (90 minutes); the export says 30. The history is judged.
    const dir = pageFolder({
      't.json': ticketsPage([zTicket(1, '2026-03-02T08:00:00Z', 'solved')]),
      'e.json': eventsPage([
        audit(1, '2026-03-02T08:00:00Z', [created('open')]),
        audit(1, '2026-03-02T09:00:00Z', [change('pending', 'open')]),
        audit(1, '2026-03-02T10:30:00Z', [change('open', 'pending')]),
        audit(1, '2026-03-02T13:00:00Z', [change('solved', 'open')]),
      ]),
    });
    const csv = join(parent, 'zendesk.csv');
    writeFileSync(csv, 'Id,Status,Priority,Via,Ticket type,Created at,Updated at,Organization,Solved at,Reopens,Agent wait time in minutes,Product [list]\n1,Solved,Urgent,Mail,Incident,2026-03-02 09:00:00 +0100,2026-03-05 09:00:00 +0100,Praktijk Zuid,2026-03-02 14:00:00 +0100,0,30,intramed_online\n');
    try {
      const r = await cliAsync(['build', '--export', csv, '--export', dir, '--out', join(parent, 'dist-wait')]);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('Wachttijd wijkt af tussen statusgeschiedenis en export (meer dan 5 minuten; de statusgeschiedenis is beoordeeld) (1):');
      expect(r.stderr).toMatch(/ticket ZD-1: 90 min volgens \S*t\.json \(item 1\), 30 min volgens \S*zendesk\.csv:2\n/);
      // One change set at creation and three status changes.
      expect(r.stderr).toContain('Aansluiting statusgeschiedenis: 4 wijzigingen gelezen = 4 bij tickets + 0 dubbel gelezen + 0 bij apart gezette tickets + 0 apart gezet: sluitend');
      // And on the data-quality page: ZD-1, 90 minutes in its history against 30 in the export.
      const page = readFileSync(join(parent, 'dist-wait', 'datakwaliteit', 'index.html'), 'utf8');
      expect(page).toMatch(/<td>ZD-1<\/td><td class="num">90<\/td>.*<td class="num">30<\/td>/s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
