// Ids that read as other ids with every character visible. "Ü" written as one
// character (NFC) or as "U" plus a combining diaeresis U+0308 (NFD, as macOS
// writes text) is one letter: such ids are one id, and names one name. A Cyrillic
// "К" (U+041A) or a Greek "Α" (U+0391) beside digits reads as a Latin letter: the
// ticket is judged under the id as written, with an id-mixed-script warning at the
// first row holding it. Hand-made inputs; expected values from the rows below.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/ingest/export.ts';
import { nfc, otherLettersWrittenOut, otherScripts } from '../../src/ingest/look-alike.ts';
import { loadMappingFile } from '../../src/ingest/mapping-load.ts';
import { readComplaints } from '../../src/norms/read-norms-data.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { cli } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'look-alike-'));
const write = (name: string, lines: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

const U_NFD = 'U\u0308'; // "Ü" decomposed
const u_NFD = 'u\u0308'; // "ü" decomposed
const HEAD = 'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version';
// Monday 2 March 2026, 09:00-10:00: a working day, within the bundled SLA.
const ticket = (id: string, client: string, name: string) => `${id},${client},${name},intramed,incident,1,1,phone,2026-03-02T09:00,2026-03-02T10:00,2026.1`;

const tickets = write('tickets.csv', [
  HEAD, // line 1
  ticket('T-Ü1', 'K1', 'Praktijk Müller'), // 2: NFC
  ticket('T-Ü2', 'K1', `Praktijk M${u_NFD}ller`), // 3: the same name in NFD: one name, no client-name-differs
  ticket(`T-${U_NFD}1`, 'K1', 'Praktijk Müller'), // 4: line 2's id in NFD: the same id, set aside as duplicate-id
  ticket('T5', '\u041a1003', 'Praktijk Noord'), // 5: Cyrillic К before digits: warned once, here
  ticket('T6', '\u041a1003', 'Praktijk Noord'), // 6: the same client again: no second warning
  ticket('T7', 'K1003', 'Praktijk Noord'), // 7: Latin K: no warning
  ticket('\u03917', 'K2', 'Praktijk Zuid'), // 8: Greek Alpha before a digit: a ticket number warned
]);
// Events of T-Ü2 with its id written in NFD: they belong to line 3's ticket.
const events = write('events.csv', ['ticket_id,at,event,value', `T-${U_NFD}2,2026-03-02T09:10,waiting_start,`, `T-${U_NFD}2,2026-03-02T09:20,waiting_end,`]);

describe('canonical tickets and events', async () => {
  const data = await judgeData({ sla: 'content/sla', tickets, events, releases: null });
  const byId = new Map(data.judged.map((j) => [j.evaluation.ticket.id, j.record.ticket]));

  it('reads an id written in NFD as the same id as in NFC: its repeat is a duplicate, its events attach', () => {
    expect(data.setAside.map((s) => [s.line, s.reason, s.column])).toEqual([[4, 'duplicate-id', 'id']]);
    expect([...byId.keys()]).toEqual(['T-Ü1', 'T-Ü2', 'T5', 'T6', 'T7', '\u03917']);
    expect(byId.get('T-Ü2')!.events.map((e) => e.kind)).toEqual(['waiting_start', 'waiting_end']);
  });

  it('reads a name written in NFD as the NFC name: one client, one name, no client-name-differs', () => {
    expect(byId.get('T-Ü2')!.clientName).toBe('Praktijk Müller');
    expect(data.warnings.map((w) => w.code)).not.toContain('client-name-differs');
  });

  it('warns once per id that mixes a Cyrillic or Greek letter with digits, at its first row, and judges the tickets', () => {
    expect(data.warnings.map((w) => [w.line, w.code, w.message])).toEqual([
      [
        5,
        'id-mixed-script',
        'debiteurnummer "\u041a1003" mengt Latijnse letters of cijfers met letters uit een ander schrift (Cyrillisch): uitgeschreven \\u041a1003; ' +
          'het leest als een ander nummer. De 2 tickets zijn beoordeeld onder dit nummer als een eigen nummer; controleer de bron.',
      ],
      [
        8,
        'id-mixed-script',
        'ticketnummer "\u03917" mengt Latijnse letters of cijfers met letters uit een ander schrift (Grieks): uitgeschreven \\u03917; ' +
          'het leest als een ander nummer. Het ticket is beoordeeld onder dit nummer als een eigen nummer; controleer de bron.',
      ],
    ]);
    expect(data.counts).toMatchObject({ ticketRows: 7, judged: 6, setAside: 1 });
  });

  it('the CLI prints the warning with file, line and the id written out', () => {
    const r = cli(['evaluate', '--tickets', tickets, '--events', events, '--format', 'csv']);
    expect(r.stderr).toContain('tickets.csv:5: id-mixed-script: debiteurnummer "\u041a1003" mengt');
    expect(r.stderr).toContain('uitgeschreven \\u041a1003');
  });
});

describe('helpdesk export', async () => {
  // The shipped Zendesk mapping: Organization is both the debiteurnummer and the name.
  const mapping = loadMappingFile('data/mappings/zendesk.yaml');
  const head = 'Id,Created at,Updated at,Solved at,Priority,Ticket type,Via,Organization,Reopens,Agent wait time in minutes,Product [list]';
  const row = (id: string, org: string) => `${id},2025-03-04 10:00:00 +0000,2025-03-04 10:00:00 +0000,,High,Incident,Mail,${org},0,0,intramed`;
  const file = write('export.csv', [head, row('101', 'Praktijk Müller'), row('102', `Praktijk M${u_NFD}ller`)]);
  const data = await readExport(file, mapping, 'export.csv', undefined, { thread: false });

  it('an organisation written in NFC and in NFD is one client', () => {
    expect(data.records.map((r) => [r.ticket.id, r.ticket.clientId, r.ticket.clientName])).toEqual([
      ['ZD-101', 'Praktijk Müller', 'Praktijk Müller'],
      ['ZD-102', 'Praktijk Müller', 'Praktijk Müller'],
    ]);
  });
});

describe('complaints', async () => {
  const file = write('complaints.csv', [
    'id,client_id,received,period_from,period_to,discussed,plan_delivered,outcome',
    `KL-Ü,M${u_NFD}ller,2025-12-05,2025-11-01,2025-11-30,,,`, // 2: the client id in NFD
    `KL-${U_NFD},K1,2025-12-06,2025-11-01,2025-11-30,,,`, // 3: line 2's complaint id in NFD: a repeat
  ]);
  const read = await readComplaints(file);

  it('reads ids in NFC: the NFD repeat of a complaint id is set aside as duplicate-id', () => {
    expect(read.items.map((c) => [c.id, c.clientId])).toEqual([['KL-Ü', 'Müller']]);
    expect(read.setAside.map((s) => [s.line, s.reason])).toEqual([[3, 'duplicate-id']]);
  });
});

describe('complaints with a look-alike letter', async () => {
  // A hand-kept complaints.csv: a number that mixes scripts is set aside (the
  // dossier would be about another client), one wholly in one script is read.
  const file = write('complaints-mixed.csv', [
    'id,client_id,received,period_from,period_to,discussed,plan_delivered,outcome',
    'KL-\u041a1,K1,2025-12-05,2025-11-01,2025-11-30,,,', // 2: Cyrillic К in the complaint id: set aside
    'KL-2,\u041a1003,2025-12-05,2025-11-01,2025-11-30,,,', // 3: Cyrillic К in the debiteurnummer: set aside
    'KL-3,\u0391\u0392\u0393,2025-12-05,2025-11-01,2025-11-30,,,', // 4: wholly Greek, no Latin letter or digit: read
    'KL-4,K1003,2025-12-05,2025-11-01,2025-11-30,,,', // 5: plain Latin: read
  ]);
  const read = await readComplaints(file);

  it('sets aside a complaint whose id or debiteurnummer mixes scripts, naming line, column and the letters written out', () => {
    expect(read.items.map((c) => c.id)).toEqual(['KL-3', 'KL-4']);
    expect(read.setAside.map((s) => [s.line, s.column, s.reason, s.value])).toEqual([
      [2, 'id', 'id-mixed-script', 'KL-\\u041a1'],
      [3, 'client_id', 'id-mixed-script', '\\u041a1003'],
    ]);
    expect(read.setAside[1].message).toContain('debiteurnummer mengt Latijnse letters of cijfers met letters uit een ander schrift (Cyrillisch)');
  });
});

describe('the rules', () => {
  it('nfc composes and leaves ASCII as it is', () => {
    expect(nfc(`M${u_NFD}ller`)).toBe('M\u00fcller');
    expect(nfc('K1003')).toBe('K1003');
  });

  it.each([
    ['K1003', []],
    ['Müller', []],
    ['\u041a1003', ['Cyrillisch']], // Cyrillic К and digits
    ['K\u039f1', ['Grieks']], // Latin K, Greek Omicron
    ['\u041a\u0391X', ['Cyrillisch', 'Grieks']], // Cyrillic, Greek and Latin
    ['\u039a\u03ce\u03c3\u03c4\u03b1\u03c2', []], // wholly Greek (Κώστας): one script
  ])('%s: other scripts %j', (id, expected) => {
    expect(otherScripts(id)).toEqual(expected);
  });

  it('writes out only the letters outside the Latin script', () => {
    expect(otherLettersWrittenOut('K\u039f-\u00fc1')).toBe('K\\u039f-\u00fc1');
  });
});
