// Rows that are judged but that a person should look at get a warning naming file
// and line: a last row without a line break (it may have been cut inside an unquoted
// field: "intramed_online" read as "intramed"), and one debiteurnummer written with
// two client names (one rule picks the name every page and PDF shows). Rows set
// aside are listed in file and line order, whichever step set them aside.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { readExport } from '../../src/ingest/export.ts';
import { loadMappings } from '../../src/ingest/mapping-load.ts';

const TICKETS = 'test/fixtures/quality/tickets.csv';
const CUT = 'test/fixtures/quality/zendesk-cut.csv';

describe('hand-made tickets.csv and a Zendesk export whose last row has no line break', async () => {
  const data = await judgeData({ sla: 'content/sla', tickets: TICKETS, exports: [CUT], releases: null }, '2026-04-01T00:00');

  it('lists the rows set aside in file and line order: tickets.csv 3, 4, 6, then the export, 2', () => {
    // tickets.csv line 3 (Q2): resolved 09:00 before its registration 10:00, found by the engine after reading;
    // line 4 (Q3): niveau "7"; line 6 (Q5): "03-03-2026" has no time; zendesk-cut.csv line 2: "1,02,000" in Agent wait time.
    expect(data.setAside.map((s) => [s.file, s.line, s.reason, s.value])).toEqual([
      [TICKETS, 3, 'resolved-before-registered', undefined],
      [TICKETS, 4, 'unknown-niveau', '7'],
      [TICKETS, 6, 'date-without-time', '03-03-2026'],
      [CUT, 2, 'bad-number', '1,02,000'],
    ]);
  });

  it('warns about K1\'s two names (lines 2 and 5) and about the export\'s open last row (line 3), in file and line order', () => {
    expect(data.warnings.map((w) => [w.file, w.line, w.code])).toEqual([
      [TICKETS, 5, 'client-name-differs'],
      [CUT, 3, 'open-last-row'],
    ]);
    expect(data.warnings[0].message).toBe(
      `debiteurnummer K1 heeft verschillende namen: "Fysio Oud" (${TICKETS}:2) en "Fysio Nieuw" (${TICKETS}:5); overal gebruikt: "Fysio Nieuw", de naam op de rij met de laatste registratie`,
    );
  });

  it('K1 is "Fysio Nieuw" on both tickets: Q4 (registered 4 March) is later than Q1 (2 March)', () => {
    const names = Object.fromEntries(data.judged.map(({ record }) => [record.ticket.id, record.ticket.clientName]));
    expect(names).toMatchObject({ Q1: 'Fysio Nieuw', Q4: 'Fysio Nieuw' });
  });

  it('the open last row is judged as read, flagged open-last-row; the counts still add up', () => {
    const last = data.judged.find(({ record }) => record.ticket.id === 'ZD-50002')!;
    expect(last.record.ticket.product).toBe('intramed');
    expect(last.record.flags).toEqual(['open-last-row']);
    // 5 + 2 rows read = 3 judged (Q1, Q4, ZD-50002) + 4 set aside.
    expect(data.counts).toMatchObject({ ticketRows: 7, judged: 3, setAside: 4, duplicatesMerged: 0 });
  });
});

describe('open last row, other cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'open-end-'));
  const header = 'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version';
  const row = (id: string) => `${id},K1,Fysio,intramed,incident,,1,phone,2026-03-02T10:00,2026-03-02T12:00,2026.1`;

  it('a canonical file that ends with a line break: no warning', async () => {
    const file = join(dir, 'closed.csv');
    writeFileSync(file, `${header}\n${row('C1')}\n${row('C2')}\n`);
    const data = await judgeData({ sla: 'content/sla', tickets: file, releases: null });
    expect(data.warnings).toEqual([]);
  });

  it('a canonical file without one: a warning on line 3, the line of its last row', async () => {
    const file = join(dir, 'open.csv');
    writeFileSync(file, `${header}\r\n${row('C1')}\r\n${row('C2')}`);
    const data = await judgeData({ sla: 'content/sla', tickets: file, releases: null });
    expect(data.warnings.map((w) => [w.line, w.code])).toEqual([[3, 'open-last-row']]);
    expect(data.judged.map(({ record }) => record.flags)).toEqual([[], ['open-last-row']]);
  });

  it('an events file without one: a warning on its last line (3), and the ticket of that event flagged', async () => {
    const tickets = join(dir, 'with-events.csv');
    const events = join(dir, 'events-open.csv');
    writeFileSync(tickets, `${header}\n${row('C1')}\n${row('C2')}\n`);
    writeFileSync(events, 'ticket_id,at,event,value\nC1,2026-03-02T10:30,waiting_start,\nC1,2026-03-02T11:00,waiting_end,');
    const data = await judgeData({ sla: 'content/sla', tickets, events, releases: null });
    expect(data.warnings.map((w) => [w.file.endsWith('events-open.csv'), w.line, w.code])).toEqual([[true, 3, 'open-last-row']]);
    expect(Object.fromEntries(data.judged.map(({ record }) => [record.ticket.id, record.flags]))).toEqual({ C1: ['open-last-row'], C2: [] });
  });

  it('a last row cut inside a quoted field stays set aside as truncated-row, without a warning', async () => {
    const file = join(dir, 'cut-quoted.csv');
    writeFileSync(file, `${header}\n${row('C1')}\nC2,K1,"Fysio`);
    const data = await judgeData({ sla: 'content/sla', tickets: file, releases: null });
    expect(data.setAside.map((s) => [s.line, s.reason])).toEqual([[3, 'truncated-row']]);
    expect(data.warnings).toEqual([]);
  });

  it('an export read in two parts reports the open end of the second part (line 3)', async () => {
    const [zendesk] = loadMappings('data/mappings').filter((m) => m.file.endsWith('zendesk.yaml'));
    const data = await readExport(CUT, zendesk, 'zendesk-cut.csv', undefined, { thread: false, split: 0.5 });
    expect(data.openEnd).toBe(3);
  });
});
