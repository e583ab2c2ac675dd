// Helpdesk exports read through their mappings (data/mappings), with the bundled
// sample exports, a broken Excel-saved export where every bad row gets its own
// reason and nothing else is disturbed, and free text that never gets in.
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { toEvaluationRecord } from '../../src/pipeline/evaluation-record.ts';
import { zone } from '../../src/engine/zone.ts';

const z = zone('Europe/Amsterdam');
const fixture = (name: string) => `test/fixtures/exports/${name}`;
const judge = (files: string[], asOf = '2026-04-01') =>
  judgeData({ sla: 'content/sla', tickets: files[0], exports: files.slice(1), releases: null }, asOf);
const records = (data: Awaited<ReturnType<typeof judge>>) => data.judged.map(({ evaluation, record }) => toEvaluationRecord(evaluation, record, data.asOf, z));
const byId = (data: Awaited<ReturnType<typeof judge>>) => Object.fromEntries(records(data).map((r) => [r.id, r]));

describe('sample exports in data/exports, one per mapping', async () => {
  const data = await judge(['data/exports/zendesk-tickets.csv', 'data/exports/jira-service-management.csv', 'data/exports/topdesk-incidenten.csv']);
  const r = byId(data);

  it('reads every row, sets nothing aside, and names the mapping and dialect per file', () => {
    expect(data.setAside).toEqual([]);
    expect(data.counts).toMatchObject({ ticketRows: 14, judged: 14, setAside: 0, duplicatesMerged: 0 });
    expect(data.files.map((f) => [f.file, f.mapping, f.encoding, f.delimiter, f.rows])).toEqual([
      ['data/exports/zendesk-tickets.csv', 'data/mappings/zendesk.yaml', 'utf-8', ',', 6],
      ['data/exports/jira-service-management.csv', 'data/mappings/jira-service-management.yaml', 'utf-8', ',', 4],
      ['data/exports/topdesk-incidenten.csv', 'data/mappings/topdesk.yaml', 'windows-1252', ';', 4],
    ]);
  });

  it('Zendesk: "+0000" offsets, Problem -> bug, Web form -> portal, a reopen makes the figures approximate', () => {
    expect(r['ZD-10302']).toMatchObject({
      clientId: 'Fysio De Linde', product: 'intramed', type: 'bug', priority: 2, channel: 'portal',
      registeredAt: '2026-03-04T11:00:00+01:00', resolvedAt: '2026-03-20T16:00:00+01:00',
      flags: ['approximate', 'approximate:reopens'], approximate: true,
    });
  });

  it('Jira: "25/Feb/26 10:17 PM", first of the repeated Component/s, Highest -> niveau 1', () => {
    expect(r['SD-1201']).toMatchObject({
      product: 'intramed-online', type: 'incident', priority: 1, channel: 'email',
      registeredAt: '2026-02-25T22:17:00+01:00', resolvedAt: '2026-02-26T10:45:00+01:00',
      // registered after closing: the clock starts Thursday 08:00; 4 uur
      clockStart: '2026-02-26T08:00:00+01:00', targetMinutes: 240, hersteltijdMinutes: 165, status: 'met',
      flags: [], approximate: false,
    });
  });

  it('TOPdesk: Dutch labels and dates, Windows-1252 names, Hoog -> niveau 1, Telefonisch -> phone', () => {
    expect(r['TD-I 2603 001']).toMatchObject({
      clientId: "Fysiotherapie 't Hoogeland", product: 'intramed', type: 'incident', priority: 1, channel: 'phone',
      registeredAt: '2026-03-05T14:22:00+01:00', resolvedAt: '2026-03-05T17:10:00+01:00',
    });
    expect(r['TD-I 2603 002']).toMatchObject({ clientId: 'Praktijk Coppens & Zn.', registeredAt: '2026-03-06T09:05:00+01:00', type: 'bug' });
    expect(r['TD-I 2603 004']).toMatchObject({ clientId: 'Oefenpraktijk Zeeën', resolvedAt: null, approximate: true });
  });

  it('judges no status update late: exports record none (4.6), so only a resolution within half the streeftijd counts', () => {
    // ZD-10304: registered Tuesday 03:12, clock from 08:00, resolved 09:05: 65 of 240 minutes, within half (120).
    expect(r['ZD-10304']).toMatchObject({ targetMinutes: 240, hersteltijdMinutes: 65, statusUpdateMet: true });
    // SD-1201: resolved at 165 of 240 minutes, past half: a late update and an unrecorded one look the same.
    expect(r['SD-1201']).toMatchObject({ hersteltijdMinutes: 165, statusUpdateMet: null });
    // TD-I 2603 004: niveau 1, open and past its streeftijd at the report moment.
    expect(r['TD-I 2603 004']).toMatchObject({ status: 'open-breached', statusUpdateMet: null });
    expect(records(data).some((e) => e.statusUpdateMet === false)).toBe(false);
  });

  it('judges no report to the client late either (4.6): exports record none, so only a resolution in time counts', () => {
    // ZD-10304: registered Tue 10 Mar 03:12, resolved 09:05 the same day: no report needed.
    expect(r['ZD-10304']).toMatchObject({ sameDay: true, overWeek: false, clientReportDue: null, clientReportMet: null });
    // SD-1201: registered Wed 25 Feb 22:17, after Wednesday's 17:00 close: due at Thursday's close, 20:00;
    // resolved Thursday 10:45, before it: the resolution reached the client in time.
    expect(r['SD-1201']).toMatchObject({ sameDay: false, overWeek: false, clientReportDue: '2026-02-26T20:00:00+01:00', clientReportMet: true });
    // TD-I 2603 004: registered Tue 10 Mar 08:15, still open on 1 April, no report recorded: due Tuesday
    // 17:00, but a late report and an unrecorded one look the same: not judged.
    expect(r['TD-I 2603 004']).toMatchObject({ sameDay: null, clientReportDue: '2026-03-10T17:00:00+01:00', clientReportMet: null });
    expect(records(data).some((e) => e.clientReportMet === false)).toBe(false);
  });

  it('keeps no free text: descriptions, comments, requester names and e-mail addresses are not in any record', () => {
    const everything = JSON.stringify([records(data), data.judged.map((j) => j.record), data.setAside]);
    for (const secret of ['anna@fysiodelinde.nl', 'Anna de Vries', 'timeout', 'certificaat', 'Eline Bos', 'eline@fysiohoogeland.nl', 'Vecozo valt', 'Etiketprinter', 'Sanne Bakker']) {
      expect(everything).not.toContain(secret);
    }
  });
});

describe('a Zendesk export saved again by Dutch Excel, with broken rows', async () => {
  const data = await judge([fixture('zendesk-excel-broken.csv')]);
  const file = 'test/fixtures/exports/zendesk-excel-broken.csv';
  const reasons = data.setAside.map((s) => [s.line, s.reason, s.column ?? null, s.value ?? null]);

  it.each([
    ['an id Excel turned into 1.03006E+13', [4, 'excel-scientific-id', 'Id', '1.03006E+13']],
    ['a row with too few columns', [5, 'wrong-column-count', null, '6 van 15']],
    ['an unparseable date (31 February)', [6, 'bad-date', 'Created at', '31-02-2026 10:00']],
    ['a naive time inside the spring-forward gap', [7, 'nonexistent-local-time', 'Created at', '29-3-2026 2:30']],
    ['an unknown niveau', [8, 'unknown-niveau', 'Priority', 'Superurgent']],
    ['a ticket resolved before it was registered', [9, 'resolved-before-registered', null, null]],
    ['a truncated last line', [11, 'truncated-row', null, null]],
  ])('%s gets its own reason, file and line', (_what, expected) => {
    expect(reasons).toContainEqual(expected);
    expect(data.setAside.find((s) => s.line === expected[0])?.file).toBe(file);
  });

  it('sets aside exactly those seven, each once', () => {
    expect(reasons.map((r) => r[0]).sort((a, b) => Number(a) - Number(b))).toEqual([4, 5, 6, 7, 8, 9, 11]);
  });

  it('judges the two good rows undisturbed (the first spans two lines: a quoted CRLF)', () => {
    const r = byId(data);
    expect(Object.keys(r).sort()).toEqual(['ZD-10300', 'ZD-10307']);
    expect(r['ZD-10300']).toMatchObject({
      clientId: 'Fysio Léon', priority: 1, channel: 'email', type: 'incident',
      registeredAt: '2026-03-02T09:15:00+01:00', resolvedAt: '2026-03-02T12:40:00+01:00', hersteltijdMinutes: 205, status: 'met',
    });
    expect(r['ZD-10307']).toMatchObject({ type: 'question', product: 'intramed-online', priority: 3, channel: 'portal', registeredAt: '2026-03-06T08:30:00+01:00' });
    expect(data.judged.find((j) => j.record.ticket.id === 'ZD-10307')!.record.line).toBe(10);
  });

  it('reconciles: 9 rows read = 2 judged + 7 set aside + 0 merged', () => {
    expect(data.counts).toMatchObject({ ticketRows: 9, judged: 2, setAside: 7, duplicatesMerged: 0 });
  });

  it('gives Dutch messages that name the column and the value', () => {
    expect(data.setAside.find((s) => s.reason === 'unknown-niveau')!.message).toBe(
      'onbekend storingsniveau (verwacht 1, 2 of 3, of een waarde uit de mapping) in kolom Priority: "Superurgent"',
    );
  });
});
