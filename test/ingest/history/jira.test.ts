// Jira Service Management changelogs read from saved search pages. "Waiting for
// customer" is the wait for the client (Hersteltijd, art. 1); "Waiting for support"
// waits for the Leverancier itself, so the clock runs. Intramed Online, niveau 1
// (Highest) incident: 4 uur; Monday 2 March 2026, dienstvenster 08:00-20:00.
import { describe, expect, it } from 'vitest';
import { zone } from '../../../src/engine/zone.ts';
import { toEvaluationRecord } from '../../../src/pipeline/evaluation-record.ts';
import { judgeData } from '../../../src/pipeline/judge-data.ts';
import { jiraIssue, pageFolder } from './pages.ts';

const z = zone('Europe/Amsterdam');
const status = (from: string, to: string) => ({ field: 'status', from, to });

describe('Jira changelog', async () => {
  const dir = pageFolder({
    'search-1.json': {
      issues: [
        // Registered 09:00; In Progress 09:30; Waiting for customer 10:00-11:30 (90 min);
        // Waiting for support 12:00-13:00 (counts); Done 14:00: 300 - 90 = 210 minutes.
        jiraIssue('SD-1', '2026-03-02T09:00:00.000+0100', 'Done', [
          { at: '2026-03-02T09:30:00.000+0100', items: [status('Open', 'In Progress')] },
          { at: '2026-03-02T10:00:00.000+0100', items: [status('In Progress', 'Waiting for customer')] },
          { at: '2026-03-02T11:30:00.000+0100', items: [status('Waiting for customer', 'In Progress')] },
          { at: '2026-03-02T12:00:00.000+0100', items: [status('In Progress', 'Waiting for support')] },
          { at: '2026-03-02T13:00:00.000+0100', items: [status('Waiting for support', 'In Progress')] },
          { at: '2026-03-02T14:00:00.000+0100', items: [status('In Progress', 'Done')] },
        ]),
        // Done 10:00, reopened (Done -> In Progress) 11:00 with the priority raised in the same history, Done 12:00.
        jiraIssue('SD-2', '2026-03-02T09:00:00.000+0100', 'Done', [
          { at: '2026-03-02T10:00:00.000+0100', items: [status('Open', 'Done')] },
          { at: '2026-03-02T11:00:00.000+0100', items: [status('Done', 'In Progress'), { field: 'priority', from: 'Medium', to: 'Highest' }] },
          { at: '2026-03-02T12:00:00.000+0100', items: [status('In Progress', 'Done')] },
        ]),
        // Changes read: SD-1 6, SD-2 4 (two items in one history), SD-3 2 = 12.
        // Search gave 2 of 150 histories: a missing wait cannot be told from none.
        jiraIssue('SD-3', '2026-03-02T09:00:00.000+0100', 'Done', [
          { at: '2026-03-02T10:00:00.000+0100', items: [status('Open', 'In Progress')] },
          { at: '2026-03-02T12:00:00.000+0100', items: [status('In Progress', 'Done')] },
        ], 150),
      ],
    },
  });
  const data = await judgeData({ sla: 'content/sla', tickets: null, exports: [dir], releases: null }, '2026-04-01');
  const byId = Object.fromEntries(data.judged.map(({ evaluation, record }) => [record.ticket.id, toEvaluationRecord(evaluation, record, data.asOf, z)]));

  it('only Waiting for customer stops the clock', () => {
    expect(byId['SD-1']).toMatchObject({ waitingMinutes: 90, hersteltijdMinutes: 210, targetMinutes: 240, status: 'met', approximate: false });
  });

  it('leaving a done status is a reopen; the two items of one history are both read', () => {
    // 09:00-10:00 and 11:00-12:00: 120 minutes. Medium (niveau 2) raised to Highest (1) at the reopen: a change after
    // the first resolution, so the storing is judged at niveau 2, known from the history (4.7).
    expect(byId['SD-2']).toMatchObject({ reopenCount: 1, firstHersteltijdMinutes: 60, hersteltijdMinutes: 120, priority: 1, judgedPriority: 2 });
    expect(byId['SD-2'].flags).toContain('niveau-changed-after-resolution');
  });

  it('a cut-off changelog sets the issue aside', () => {
    expect(data.setAside).toEqual([expect.objectContaining({ reason: 'history-truncated', ticketId: 'SD-3', value: '2 van 150', line: 3 })]);
    expect(data.counts.historyEvents).toEqual({ read: 12, used: 10, duplicates: 0, ofSetAsideTickets: 2, setAside: 0 });
  });
});
