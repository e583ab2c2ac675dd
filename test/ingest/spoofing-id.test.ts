// An id that reads as another id, or that carries a terminal command, is set
// aside; a name that hides characters shows them written out (\u200b), so nothing
// in the output reads as something it is not. Hand-made inputs: one harmless row
// and one row per spoofing character, in the canonical reader, an export and the
// complaints file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/ingest/export.ts';
import { loadMappingFile } from '../../src/ingest/mapping-load.ts';
import { readComplaints } from '../../src/norms/read-norms-data.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { cli } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'spoofing-'));
const write = (name: string, lines: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

const HEAD = 'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version';
const ticket = (id: string, client: string, name = 'Praktijk') => `${id},${client},${name},intramed,incident,1,1,phone,2026-03-02T09:00,2026-03-02T10:00,2026.1`;

const canonical = write('tickets.csv', [
  HEAD, // line 1
  ticket('S1', 'K1003'), // 2: the real client
  ticket('S2', 'K1003\u200b'), // 3: zero-width space: shows as K1003
  ticket('S3', 'K\u202e3001'), // 4: right-to-left override: shows reversed
  ticket('S4', 'K\u00a03000'), // 5: no-break space: shows as "K 3000"
  ticket('S5', 'K\u001b[2J1'), // 6: ESC: clears a terminal
  ticket('S6\u0000', 'K1'), // 7: NUL in the ticket id
  ticket('S7', 'K\u00ad1'), // 8: soft hyphen: draws nothing mid-word
  ticket('S8', 'K\u2066X\u20691'), // 9: isolates
  ticket('S9', 'K2', 'Praktijk\u200b Noord\u202e'), // 10: a name: judged, characters written out
]);

describe('ids that spoof or control, canonical tickets', async () => {
  const data = await judgeData({ sla: 'content/sla', tickets: canonical, events: null, releases: null });

  it('sets aside every row whose ticket or client id has a control, invisible or direction character', () => {
    expect(data.setAside.map((s) => [s.line, s.reason, s.column])).toEqual([
      [3, 'invisible-character', 'client_id'],
      [4, 'invisible-character', 'client_id'],
      [5, 'invisible-character', 'client_id'],
      [6, 'control-character', 'client_id'],
      [7, 'control-character', 'id'],
      [8, 'invisible-character', 'client_id'],
      [9, 'invisible-character', 'client_id'],
    ]);
    expect(data.judged.map((j) => j.evaluation.ticket.id)).toEqual(['S1', 'S9']);
    expect(data.counts).toMatchObject({ ticketRows: 9, judged: 2, setAside: 7 });
  });

  it('quotes the offending value with the characters written out', () => {
    const values = data.setAside.map((s) => s.value);
    expect(values).toEqual(['K1003\\u200b', 'K\\u202e3001', 'K\\u00a03000', 'K\\u001b[2J1', 'S6\\u0000', 'K\\u00ad1', 'K\\u2066X\\u20691']);
    expect(data.setAside[0].message).toContain('"K1003\\u200b"');
    expect(data.setAside.find((s) => s.line === 7)!.ticketId).toBe('S6\\u0000');
  });

  it('shows a name\'s invisible and direction characters written out, and keeps the ticket', () => {
    const s9 = data.judged.find((j) => j.evaluation.ticket.id === 'S9')!;
    expect(s9.evaluation.ticket.clientName).toBe('Praktijk\\u200b Noord\\u202e');
  });
});

describe('ids that spoof or control, on the command line', () => {
  it('prints no raw escape sequence or NUL, neither in messages nor in evaluate\'s CSV and JSON', () => {
    for (const format of ['csv', 'json']) {
      const r = cli(['evaluate', '--tickets', canonical, '--format', format]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('K\\u001b[2J1');
      expect(r.stderr).toContain('K1003\\u200b');
      for (const out of [r.stdout, r.stderr]) expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u202e\u2066\u2069\u00ad]/);
    }
  });
});

describe('ids that spoof or control, helpdesk export', async () => {
  // The shipped Zendesk mapping with the client's name from a column of its own.
  const mappingFile = join(dir, 'zendesk-named.yaml');
  writeFileSync(mappingFile, readFileSync('data/mappings/zendesk.yaml', 'utf8').replace('clientName: { column: Organization }', 'clientName: { column: Klantnaam }').replace('detect: [Id,', 'detect: [Klantnaam, Id,'));
  const mapping = loadMappingFile(mappingFile);
  const head = 'Id,Created at,Updated at,Solved at,Priority,Ticket type,Via,Organization,Klantnaam,Reopens,Agent wait time in minutes,Product [list]';
  const row = (id: string, org: string, name = 'Praktijk') => `${id},2025-03-04 10:00:00 +0000,2025-03-04 10:00:00 +0000,,High,Incident,Mail,${org},${name},0,0,intramed`;
  const file = write('export.csv', [
    head, // 1
    row('101', 'Praktijk Müller'), // 2
    row('102', 'Praktijk Müller\u200b'), // 3: reads as line 2's client
    row('103\u0007', 'Praktijk Möller'), // 4: BEL in the ticket id
    row('104', '\u202eRELLÖM'), // 5
    row('105', 'Praktijk Möller', 'Praktijk \u001b]0;x\u0007Möller'), // 6: a name with a terminal title sequence
  ]);
  const data = await readExport(file, mapping, 'export.csv', undefined, { thread: false });

  it('sets aside the rows with a spoofing id, names the column and shows the value written out', () => {
    expect(data.setAside.map((s) => [s.line, s.reason, s.column, s.value])).toEqual([
      [3, 'invisible-character', 'Organization', 'Praktijk Müller\\u200b'],
      [4, 'control-character', 'Id', '103\\u0007'],
      [5, 'invisible-character', 'Organization', '\\u202eRELLÖM'],
    ]);
  });

  it('keeps the others; a name shows its control characters written out', () => {
    expect(data.records.map((r) => [r.ticket.id, r.ticket.clientId, r.ticket.clientName])).toEqual([
      ['ZD-101', 'Praktijk Müller', 'Praktijk'],
      ['ZD-105', 'Praktijk Möller', 'Praktijk \\u001b]0;x\\u0007Möller'],
    ]);
  });
});

describe('complaint ids', async () => {
  const file = write('complaints.csv', [
    'id,client_id,received,period_from,period_to,discussed,plan_delivered,outcome',
    'KL-1,K1,2025-12-05,2025-11-01,2025-11-30,,,', // 2
    'KL-1,K2,2025-12-06,2025-11-01,2025-11-30,,,', // 3: the same id again: one page, one dossier file for two complaints
    'KL-2\u200b,K1,2025-12-05,2025-11-01,2025-11-30,,,', // 4
    'KL-3,K1\u0000,2025-12-05,2025-11-01,2025-11-30,,,', // 5
    'KL-4,K1,2025-12-05,2025-11-01,2025-11-30,,,Afgehandeld\u202e', // 6: outcome is shown: written out
  ]);
  const read = await readComplaints(file);

  it('sets aside a repeated complaint id and ids with spoofing characters, with the value written out', () => {
    expect(read.setAside.map((s) => [s.line, s.reason, s.column, s.value])).toEqual([
      [3, 'duplicate-id', 'id', 'KL-1'],
      [4, 'invisible-character', 'id', 'KL-2\\u200b'],
      [5, 'control-character', 'client_id', 'K1\\u0000'],
    ]);
    expect(read.setAside.map((s) => s.message).join('\n')).not.toMatch(/[\u0000\u200b]/);
    expect(read.items.map((c) => [c.id, c.clientId, c.outcome])).toEqual([
      ['KL-1', 'K1', ''],
      ['KL-4', 'K1', 'Afgehandeld\\u202e'],
    ]);
  });
});
