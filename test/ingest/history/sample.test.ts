// The bundled sample of saved pages (data/exports/zendesk-api, data/exports/jira-api)
// read beside the sample CSV exports: the histories win, nothing is set aside, and
// the figures are exact. Worked out by hand from the pages.
import { describe, expect, it } from 'vitest';
import { zone } from '../../../src/engine/zone.ts';
import { toEvaluationRecord } from '../../../src/pipeline/evaluation-record.ts';
import { judgeData } from '../../../src/pipeline/judge-data.ts';
import { cli } from '../../support/cli.ts';

const z = zone('Europe/Amsterdam');

describe('the sample pages', async () => {
  const data = await judgeData(
    { sla: 'content/sla', tickets: 'data/exports/zendesk-tickets.csv', exports: ['data/exports/zendesk-api', 'data/exports/jira-api', 'data/exports/jira-service-management.csv'], releases: null },
    '2026-04-01',
  );
  const byId = Object.fromEntries(data.judged.map(({ evaluation, record }) => [record.ticket.id, toEvaluationRecord(evaluation, record, data.asOf, z)]));

  it('tickets in both a CSV export and a history are judged from the history, none approximate', () => {
    // Zendesk CSV 6 + pages 4, Jira CSV 4 + page 3 = 17 read; ZD-10300, 10302, 10305 and SD-1201, 1204 are in both.
    expect(data.counts).toMatchObject({ ticketRows: 17, judged: 12, setAside: 0, duplicatesMerged: 5, approximate: 0 });
    expect(data.counts.historyEvents).toEqual({ read: 31, used: 31, duplicates: 0, ofSetAsideTickets: 0, setAside: 0 });
  });

  it('ZD-10306: Intramed Online niveau 1 (4 uur), Monday 16 March 09:00-13:00 with Pending 10:00-11:30: 240 - 90 = 150 minutes', () => {
    expect(byId['ZD-10306']).toMatchObject({ hersteltijdMinutes: 150, waitingMinutes: 90, targetMinutes: 240, status: 'met', approximate: false });
  });

  it('SD-1204: Intramed niveau 1 (1 werkdag), Monday 16 March 08:00 (registered 07:45) to 14:10, Waiting for customer 09:00-10:30: 370 - 90 = 280 minutes', () => {
    expect(byId['SD-1204']).toMatchObject({ clockStart: '2026-03-16T08:00:00+01:00', hersteltijdMinutes: 280, waitingMinutes: 90, status: 'met', approximate: false });
  });

  it('check reads the folders and reconciles', () => {
    const r = cli(['check', 'data/exports/zendesk-api', 'data/exports/jira-api', '--strict']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("data/exports/zendesk-api: statusgeschiedenis via data/mappings/zendesk-api.yaml, 3 pagina's, 4 tickets");
    expect(r.stdout).toContain('Aansluiting: 7 gelezen = 7 beoordeeld + 0 apart gezet + 0 samengevoegd: sluitend');
    expect(r.stdout).toContain('data/mappings/zendesk-api.yaml sha256');
  });
});
