// A large export is read on a worker thread, a small one on this thread: both must
// give the same tickets, the same set-aside rows and the same counts, with the
// lines, reasons and report moment worked out below by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/ingest/data-error.ts';
import { detectDialect } from '../../../src/ingest/dialect.ts';
import type { ThreadInput, ThreadMessage } from '../../../src/ingest/export-fast/thread-protocol.ts';
import { readExport, type ExportData } from '../../../src/ingest/export.ts';
import { loadMappingFile } from '../../../src/ingest/mapping-load.ts';

const zendesk = loadMappingFile('data/mappings/zendesk.yaml');
const dir = mkdtempSync(join(os.tmpdir(), 'export-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Id,Created at,Updated at,Solved at,Priority,Ticket type,Via,Organization,Reopens,Agent wait time in minutes,Product [list],Description';
const row = (id: string, created: string, opts: { updated?: string; solved?: string; priority?: string; org?: string; hold?: string; description?: string } = {}) =>
  [id, created, opts.updated ?? created, opts.solved ?? '', opts.priority ?? 'High', 'Incident', 'Mail', opts.org ?? 'Praktijk Noord', '0', opts.hold ?? '0', 'intramed', opts.description ?? 'x'].join(',');

const GENERATED = 20_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** Generated row k: registered k minutes after 1 January 2025 00:00 UTC; every 5000th at 02:15 on 26 October 2025, a wall time that occurs twice. */
const generated = (k: number) => {
  const at = new Date(Date.UTC(2025, 0, 1) + k * 60_000);
  const created = k % 5000 === 4999 ? '2025-10-26 02:15:00' : `2025-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:00 +0000`;
  return row(String(20_000 + k), created, { org: `Praktijk ${k % 300}` });
};

const lines = [
  HEADER, // line 1
  row('10001', '2025-03-04 10:00:00 +0000', { solved: '2025-03-04 12:00:00 +0000', description: '"Agenda hangt,\nook na herstart"' }), // lines 2-3
  row('10002', '2025-10-26 02:30:00', { updated: '2025-10-27 09:00:00 +0000' }), // 4: 02:30 happens twice that night
  row('10001', '2025-03-05 10:00:00 +0000', { updated: '2026-05-01 00:00:00 +0000' }), // 5: repeat of 10001
  row('10003', '31-02-2025 10:00', { updated: '2026-07-01 00:00:00 +0000' }), // 6: no 31 February
  row('10003', '2025-03-06 10:00:00 +0000'), // 7: 10003 was not taken at line 6, so this one counts
  row('010003', '2025-03-06 11:00:00 +0000'), // 8: another id than 10003
  row('10004', '2025-03-06 12:00:00 +0000', { org: '../etc' }), // 9
  row('10005', '2025-03-07 10:00:00 +0000', { updated: '2025-12-31 23:59:00 +0000', hold: '"12,5"' }), // 10: the latest instant; a Dutch decimal comma, quoted (12.5 minutes, rounded down to 12)
  row('9999', '2025-03-07 11:00:00 +0000'), // 11: a lower number after higher ones
  row('1.03006E+13', '2025-03-07 12:00:00 +0000'), // 12
  row('10006', '2025-03-07 13:00:00 +0000', { priority: 'Superurgent' }), // 13
  row('10002', '2025-03-08 10:00:00 +0000', { updated: '2026-06-01 00:00:00 +0000' }), // 14: repeat of 10002
  ...Array.from({ length: GENERATED }, (_, k) => generated(k)), // 15 ... 20014
  row('20000', '2025-03-09 10:00:00 +0000'), // 20015: repeat of the first generated row, thousands of rows and two batches later
];
const file = join(dir, 'zendesk-export.csv');
writeFileSync(file, lines.join('\r\n') + '\r\n');

const onThread = await readExport(file, zendesk, 'export.csv', undefined, { thread: true });
const here = await readExport(file, zendesk, 'export.csv', undefined, { thread: false });
const record = (data: ExportData, id: string) => data.records.find((r) => r.ticket.id === id)!;

describe.each([
  ['on a worker thread', onThread],
  ['on this thread', here],
])('an export read %s', (_where, data) => {
  it('sets aside exactly the bad rows, with line, column, value and reason', () => {
    expect(data.setAside.map((s) => [s.line, s.reason, s.column ?? null, s.value ?? null])).toEqual([
      [5, 'duplicate-id', 'Id', '10001'],
      [6, 'bad-date', 'Created at', '31-02-2025 10:00'],
      [9, 'unsafe-id', 'Organization', '../etc'],
      [12, 'excel-scientific-id', 'Id', '1.03006E+13'],
      [13, 'unknown-niveau', 'Priority', 'Superurgent'],
      [14, 'duplicate-id', 'Id', '10002'],
      [20015, 'duplicate-id', 'Id', '20000'],
    ]);
    expect(data.setAside.every((s) => s.file === 'export.csv' && s.scope === 'ticket')).toBe(true);
  });

  it('reconciles: 20,013 rows read = 20,006 tickets + 7 set aside', () => {
    expect(data.rows).toBe(12 + GENERATED + 1);
    expect(data.records).toHaveLength(6 + GENERATED);
  });

  it('keeps each ticket with its line, values and remarks', () => {
    expect(record(data, 'ZD-10001')).toMatchObject({ line: 2, ticket: { resolvedAt: Date.UTC(2025, 2, 4, 12), niveau: 2, channel: 'email', product: 'intramed', type: 'incident' } });
    // The first 02:30 of 26 October 2025 is still summer time (UTC+2).
    expect(record(data, 'ZD-10002')).toMatchObject({ line: 4, flags: ['ambiguous-local-time'], ticket: { registeredAt: Date.UTC(2025, 9, 26, 0, 30) } });
    expect(record(data, 'ZD-10003')).toMatchObject({ line: 7, ticket: { registeredAt: Date.UTC(2025, 2, 6, 10) } });
    expect(record(data, 'ZD-010003').line).toBe(8);
    expect(record(data, 'ZD-10005')).toMatchObject({ line: 10, waitTotalMinutes: 12, updatedAt: Date.UTC(2025, 11, 31, 23, 59), reopens: 0 });
    expect(record(data, 'ZD-9999')).toMatchObject({ line: 11, ticket: { clientId: 'Praktijk Noord', clientName: 'Praktijk Noord', resolvedAt: null } });
    expect(record(data, 'ZD-24999')).toMatchObject({ line: 15 + 4999, flags: ['ambiguous-local-time'], ticket: { clientId: 'Praktijk 199' } });
    expect(record(data, 'ZD-39998')).toMatchObject({ line: 15 + 19_998, ticket: { registeredAt: Date.UTC(2025, 0, 1) + 19_998 * 60_000 } });
    expect(data.records.filter((r) => r.flags.length > 0).map((r) => r.ticket.id)).toEqual(['ZD-10002', 'ZD-24999', 'ZD-29999', 'ZD-34999', 'ZD-39999']);
  });

  it('takes the report moment only from timestamps it read: not from a repeat or a bad first date, set aside before their other dates', () => {
    expect(data.latestInstant).toBe(Date.UTC(2025, 11, 31, 23, 59));
  });
});

it('gives the same result on either thread, record for record', () => {
  expect(onThread).toEqual(here);
});

describe('a file that cannot be read stops the reading, on either thread', () => {
  const noVia = join(dir, 'no-via.csv');
  writeFileSync(noVia, 'Id,Created at,Solved at,Priority,Ticket type,Organization,Product [list]\n1,2025-03-04 10:00,,High,Incident,Praktijk,intramed\n');

  it.each([true, false])('a mapped column missing from the header: the file and the column are named (worker thread: %s)', async (thread) => {
    const reading = readExport(noVia, zendesk, 'no-via.csv', undefined, { thread });
    await expect(reading).rejects.toThrow(DataError);
    await expect(reading).rejects.toThrow('no-via.csv: kolom(men) uit de mapping ontbreken in de kop: Via');
  });

  it.each([true, false, undefined])('a file that is not there: the same error, with its code, call and path (worker thread: %s)', async (thread) => {
    const dialect = { encoding: 'utf-8', bom: false, delimiter: ',', newline: '\n' } as const;
    const gone = join(dir, 'gone.csv');
    await expect(readExport(gone, zendesk, 'gone.csv', dialect, { thread })).rejects.toMatchObject({ code: 'ENOENT', syscall: 'open', path: gone });
  });
});

describe('a reading thread that runs ahead waits for the records to be made', () => {
  it('posts a batch only while fewer than inFlight are waiting to be taken', async () => {
    // The export above has 20,013 rows: batches of 8192, 8192 and 3629.
    const taken = new SharedArrayBuffer(4);
    const count = new Int32Array(taken);
    const input: ThreadInput = { path: file, mapping: zendesk.mapping, file: 'export.csv', dialect: await detectDialect(file), taken, inFlight: 1 };
    const worker = new Worker(new URL('../../../src/ingest/export-fast/thread.mjs', import.meta.url), { workerData: input });
    const kinds: string[] = [];
    let wake = () => {};
    worker.on('message', (m: ThreadMessage) => {
      kinds.push(m.kind);
      wake();
    });
    const until = async (n: number) => {
      while (kinds.length < n) await new Promise<void>((resolve) => (wake = resolve));
    };
    const quiet = () => new Promise((resolve) => setTimeout(resolve, 300));
    const take = (n: number) => {
      Atomics.store(count, 0, n);
      Atomics.notify(count, 0);
    };
    try {
      await until(1);
      await quiet();
      expect(kinds).toEqual(['batch']); // one posted, none taken: it waits
      take(1);
      await until(2);
      await quiet();
      expect(kinds).toEqual(['batch', 'batch']);
      take(2);
      await until(4);
      expect(kinds).toEqual(['batch', 'batch', 'batch', 'done']);
    } finally {
      await worker.terminate();
    }
  });
});

it('sends a file of rows that are all set aside in batches too, not in one piece at the end', async () => {
  const bad = join(dir, 'all-bad.csv');
  writeFileSync(bad, [HEADER, ...Array.from({ length: 20_000 }, (_, k) => row(String(k + 1), '2025-03-04 10:00:00 +0000', { priority: 'Superurgent' }))].join('\n') + '\n');
  const input: ThreadInput = { path: bad, mapping: zendesk.mapping, file: 'all-bad.csv', dialect: await detectDialect(bad), taken: new SharedArrayBuffer(4), inFlight: 100 };
  const worker = new Worker(new URL('../../../src/ingest/export-fast/thread.mjs', import.meta.url), { workerData: input });
  const sizes: number[] = [];
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (m: ThreadMessage) => {
      if (m.kind === 'batch') sizes.push(m.batch.setAside.length + m.batch.ids.length);
      else if (m.kind === 'done') resolve();
      else reject(new Error(m.message));
    });
  });
  await worker.terminate();
  expect(sizes).toEqual([8192, 8192, 3616]);
});
