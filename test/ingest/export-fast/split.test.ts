// A large export is read in two parts side by side, cut where a row ends
// (export-fast/split.ts, export-fast/read.ts). Wherever the cut falls, the result must be the one of
// reading the file in one piece: the same tickets, set-aside rows, lines, counts
// and report moment. A hand-worked file shows what the join has to put right; random
// files in every dialect, cut at a hundred places each, show that nothing else moves.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { streamCsv } from '../../../src/ingest/csv.ts';
import { findSplit } from '../../../src/ingest/export-fast/split.ts';
import { detectDialect } from '../../../src/ingest/dialect.ts';
import { readExport } from '../../../src/ingest/export.ts';
import { loadMappingFile } from '../../../src/ingest/mapping-load.ts';

const zendesk = loadMappingFile('data/mappings/zendesk.yaml');
const dir = mkdtempSync(join(os.tmpdir(), 'export-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['Id', 'Created at', 'Updated at', 'Solved at', 'Priority', 'Ticket type', 'Via', 'Organization', 'Reopens', 'Agent wait time in minutes', 'Product [list]', 'Description'];

describe('the cut', () => {
  it('falls after the first line break at or after the wanted place that is not inside quotes, with the line it begins', async () => {
    // Bytes: header 0-7 ("a,b,c,d\n"), row 8-19 ('1,"x\ny",2,3\n': the break at 12 is quoted), row 20-27.
    const file = join(dir, 'cut.csv');
    writeFileSync(file, 'a,b,c,d\n1,"x\ny",2,3\n4,5,6,7\n8,9,0,1\n');
    const dialect = await detectDialect(file);
    const size = 36;
    expect(await findSplit(file, dialect, 10 / size)).toEqual({ start: 20, line: 4, header: ['a', 'b', 'c', 'd'] });
    expect(await findSplit(file, dialect, 20 / size)).toEqual({ start: 28, line: 5, header: ['a', 'b', 'c', 'd'] });
    expect(await findSplit(file, dialect, 0)).toEqual({ start: 20, line: 4, header: ['a', 'b', 'c', 'd'] });
    // No row begins after the last line break.
    expect(await findSplit(file, dialect, 30 / size)).toBeNull();
  });

  it('in a file with CRLF line ends, not after a lone LF', async () => {
    const file = join(dir, 'crlf.csv');
    writeFileSync(file, 'a;b\r\n1;x\ny\r\n2;z\r\n');
    // The lone LF at byte 8 is inside the row "1;x\ny" (papaparse reads it as text).
    expect(await findSplit(file, await detectDialect(file), 6 / 19)).toEqual({ start: 12, line: 4, header: ['a', 'b'] });
  });

  it('not in a UTF-16 file, nor when the first line is not the header', async () => {
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n3,4\n', 'utf16le')]));
    expect(await findSplit(utf16, await detectDialect(utf16), 0.5)).toBeNull();
    const blank = join(dir, 'blank-first.csv');
    writeFileSync(blank, '\na,b\n1,2\n3,4\n');
    expect(await findSplit(blank, await detectDialect(blank), 0.5)).toBeNull();
  });
});

describe('joining the parts', () => {
  const row = (id: string, created: string, o: { updated?: string; priority?: string; extra?: boolean } = {}) =>
    [id, created, o.updated ?? created, '', o.priority ?? 'High', 'Incident', 'Mail', 'Praktijk Noord', '0', '0', 'intramed', 'x', ...(o.extra ? ['y'] : [])].join(',');
  const lines = [
    HEADER.join(','), // 1
    row('1', '2025-03-03 09:00:00 +0000'), // 2
    row('2', '2025-03-03 10:00:00 +0000'), // 3
    row('3', '2025-03-03 11:00:00 +0000'), // 4: ------ the cut: the second part begins here
    row('1', '2025-03-04 09:00:00 +0000', { updated: '2026-01-01 00:00:00 +0000' }), // 5: repeat of line 2 (its date must not count)
    row('2', '2025-03-04 10:00:00 +0000', { updated: '2026-02-01 00:00:00 +0000', priority: 'Superurgent' }), // 6: repeat of line 3, and a bad niveau: the id is looked up first
    row('3', '2025-03-04 11:00:00 +0000', { extra: true }), // 7: too many columns: found before the id is looked up
    row('4', '2025-03-05 09:00:00 +0000', { updated: '2025-12-01 00:00:00 +0000' }), // 8: the latest instant that counts
    row('1', '2025-03-06 09:00:00 +0000'), // 9: repeat of line 2 again (and of line 5, seen by the second part)
  ];
  const file = join(dir, 'join.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  const cutAt = (lines.slice(0, 4).join('\n').length + 1) / (lines.join('\n').length + 1);

  it.each([false, true])('gives what reading the file in one piece gives, worked out by hand (worker thread: %s)', async (thread) => {
    expect(await findSplit(file, await detectDialect(file), cutAt - 0.01)).toMatchObject({ line: 5 });
    const data = await readExport(file, zendesk, 'join.csv', undefined, { thread, split: cutAt - 0.01 });
    expect(data.records.map((r) => [r.ticket.id, r.line])).toEqual([
      ['ZD-1', 2],
      ['ZD-2', 3],
      ['ZD-3', 4],
      ['ZD-4', 8],
    ]);
    expect(data.setAside.map((s) => [s.line, s.reason, s.column ?? null, s.value ?? null, s.ticketId ?? null])).toEqual([
      [5, 'duplicate-id', 'Id', '1', 'ZD-1'],
      [6, 'duplicate-id', 'Id', '2', 'ZD-2'],
      [7, 'wrong-column-count', null, '13 van 12', null],
      [9, 'duplicate-id', 'Id', '1', 'ZD-1'],
    ]);
    expect(data.rows).toBe(8);
    // Not 2026-01-01 (line 5) nor 2026-02-01 (line 6): those rows stop at their id.
    expect(data.latestInstant).toBe(Date.UTC(2025, 11, 1));
    expect(data).toEqual(await readExport(file, zendesk, 'join.csv', undefined, { thread: false, split: false }));
  });
});

/** Deterministic random numbers (an LCG). */
function random(seed: number) {
  return (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed % n;
  };
}

interface Dialect {
  name: string;
  delimiter: string;
  newline: string;
  bom?: boolean;
  windows1252?: boolean;
}

/**
 * A Zendesk export of `rows` rows with everything a real one can hold, good and bad;
 * `starts` gets the line each non-empty data row starts on, counted here from what
 * was written (a line break inside a quoted field starts a new line too).
 */
function randomExport(d: Dialect, rows: number, seed: number, starts: number[] = []): Buffer {
  const r = random(seed);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const stamp = (k: number) => `2025-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')} ${String(k % 24).padStart(2, '0')}:15:00${k % 3 ? ' +0000' : ''}`;
  const out: string[] = [HEADER.join(d.delimiter)];
  const ids: string[] = [];
  for (let k = 0; k < rows; k++) {
    const kind = r(20);
    const id = kind === 0 && ids.length ? ids[r(ids.length)] : kind === 1 ? '1.03006E+13' : String(1000 + k * 3 - r(5));
    ids.push(id);
    const created = kind === 2 ? '31-02-2025 10:00' : kind === 3 ? '2025-03-30 02:30' : stamp(r(5000));
    const updated = kind === 4 ? '2026-06-01 00:00:00 +0000' : stamp(r(5000) + 100);
    const priority = kind === 5 ? 'Superurgent' : ['Urgent', 'High', 'Normal', 'Low'][r(4)];
    const org = kind === 6 ? '../etc' : `Praktijk ${d.windows1252 ? 'Café' : 'Zuid'} ${r(7)}`;
    const hold = kind === 7 ? q('12,5') : String(r(3) * 15);
    const description =
      kind === 13 && seed === 3
        ? '5" scherm' // a lone quote in an unquoted field: text to papaparse, but it throws the count of quotes off
        : kind === 8 ? q(`regel één${d.newline}regel "twee"${d.delimiter} en drie`) : kind === 9 ? 'los "citaat" in de tekst' : kind === 10 ? q(`alleen\nLF`) : `Vraag ${k}`;
    const fields = [id, created, updated, r(4) ? stamp(r(5000) + 200) : '', priority, 'Incident', ['Mail', 'Web form', 'Phone call (incoming)'][r(3)], org, String(r(2)), hold, r(2) ? 'intramed' : 'intramed_online', description];
    if (kind === 11) fields.pop();
    out.push(kind === 12 ? '' : fields.join(d.delimiter));
  }
  // Line breaks are the dialect's own ("\r" in a CR file; "\n", also alone, otherwise).
  const br = d.newline === '\r' ? '\r' : '\n';
  let line = 1;
  for (const [k, row] of out.entries()) {
    if (k > 0 && row !== '') starts.push(line);
    line += 1 + row.split(br).length - 1;
  }
  let text = out.join(d.newline) + d.newline;
  if (seed % 3 === 0) text = text.slice(0, -d.newline.length - 7); // a truncated last row
  const body = d.windows1252 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8');
  return d.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

const DIALECTS: Dialect[] = [
  { name: 'comma, LF', delimiter: ',', newline: '\n' },
  { name: 'semicolon, CRLF, Windows-1252', delimiter: ';', newline: '\r\n', windows1252: true },
  { name: 'tab, CRLF, UTF-8 with BOM', delimiter: '\t', newline: '\r\n', bom: true },
  { name: 'comma, CR', delimiter: ',', newline: '\r' },
];

describe.each(DIALECTS)('a random export ($name) cut anywhere', (d) => {
  it.each([1, 2, 3])('reads as in one piece (seed %i)', async (seed) => {
    const file = join(dir, `random-${d.name.replace(/\W+/g, '-')}-${seed}.csv`);
    const starts: number[] = [];
    writeFileSync(file, randomExport(d, 400, seed, starts));
    const whole = await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: false });
    expect(whole.setAside.length).toBeGreaterThan(20);
    // Every row once, on the line it starts on (a last row cut off is still a row).
    const lines = [...whole.records.map((r) => r.line), ...whole.setAside.map((s) => s.line)].sort((a, b) => a - b);
    expect(lines).toEqual(seed % 3 === 0 ? starts.slice(0, lines.length) : starts);
    let cuts = 0;
    for (let k = 1; k < 100; k++) {
      const parts = await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: k / 100 });
      expect(parts, `cut at ${k}%`).toEqual(whole);
      if ((await findSplit(file, whole.dialect, k / 100)) !== null) cuts++;
    }
    expect(cuts).toBeGreaterThan(90);
  });
});

it('a file whose quotes do not pair up as rows do is read in one piece after all, with the same result', async () => {
  // Line 3 has a lone quote in an unquoted field (text, to papaparse), so counting quotes
  // puts the line break inside the quoted field of line 5 between rows: the first part
  // cut there does not end with a row, and the file is read again in one piece.
  const file = join(dir, 'lone-quote.csv');
  const good = (id: number, description = 'x') => [id, '2025-03-03 09:00:00 +0000', '2025-03-03 09:00:00 +0000', '', 'High', 'Incident', 'Mail', 'Praktijk', '0', '0', 'intramed', description].join(',');
  const text = [HEADER.join(','), good(1), good(2, '5" scherm'), good(3), good(4, '"regel een\nregel twee"'), ...Array.from({ length: 50 }, (_, k) => good(10 + k))].join('\n') + '\n';
  writeFileSync(file, text);
  const inside = text.indexOf('regel een\n') + 'regel een\n'.length;
  const fraction = (inside - 5) / text.length;
  expect((await findSplit(file, await detectDialect(file), fraction))?.start).toBe(inside);
  const whole = await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: false });
  expect(whole.setAside).toEqual([]);
  expect(whole.records.map((r) => r.line).slice(0, 5)).toEqual([2, 3, 4, 5, 7]);
  for (const thread of [false, true]) expect(await readExport(file, zendesk, 'export.csv', undefined, { thread, split: fraction })).toEqual(whole);
});

it.each([false, true])('a mapped column missing from the header stops the reading of both parts with the file and the column named (worker thread: %s)', async (thread) => {
  const file = join(dir, 'no-via.csv');
  const header = HEADER.filter((h) => h !== 'Via');
  writeFileSync(file, [header.join(','), ...Array.from({ length: 40 }, (_, k) => [k + 1, '2025-03-03 09:00', '2025-03-03 09:00', '', 'High', 'Incident', 'Praktijk', '0', '0', 'intramed', 'x'].join(','))].join('\n') + '\n');
  expect(await findSplit(file, await detectDialect(file), 0.5)).not.toBeNull();
  await expect(readExport(file, zendesk, 'no-via.csv', undefined, { thread, split: 0.5 })).rejects.toThrow('no-via.csv: kolom(men) uit de mapping ontbreken in de kop: Via');
});

describe('what reading in one piece decides for the whole file, the parts decide alike', () => {
  const row = (id: number, org: string) => `${id},2025-03-03 09:00:00 +0000,2025-03-03 09:00:00 +0000,,High,Incident,Mail,${org},0,0,intramed,x`;

  it('the encoding of each 64 KB piece: a UTF-8 "é" in a piece with Windows-1252 bytes is read as Windows-1252, on either side of the cut', async () => {
    // One piece of 64 KB holds all three rows and is not valid UTF-8, so all of it is
    // read as Windows-1252: the UTF-8 bytes C3 A9 of row 1 are "Ã©" (as the whole
    // file read in one go gives), also when the cut puts row 1 alone in the first part.
    const file = join(dir, 'mixed-encoding.csv');
    const lines = [HEADER.join(','), row(1, 'Café'), row(2, 'Bistro')];
    writeFileSync(file, Buffer.concat([Buffer.from(lines.join('\n') + '\n', 'utf8'), Buffer.from(row(3, 'Café') + '\n', 'latin1')]));
    const cut = (lines[0].length + 1 + Buffer.byteLength(lines[1]) + 1) / (await import('node:fs')).statSync(file).size;
    const whole = await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: false });
    expect(whole.records.map((r) => r.ticket.clientId)).toEqual(['CafÃ©', 'Bistro', 'Café']);
    expect(whole.dialect.encoding).toBe('windows-1252');
    for (const thread of [false, true]) expect(await readExport(file, zendesk, 'export.csv', undefined, { thread, split: cut - 0.001 })).toEqual(whole);
  });

  it('a file of many pieces, some valid UTF-8 and some not, cut anywhere', async () => {
    // Windows-1252 text with now and then bytes that happen to be valid UTF-8 ("Ã«" is
    // C3 AB, UTF-8 for "ë"): a piece without any other accent is read as UTF-8.
    const file = join(dir, 'pieces.csv');
    const r = random(7);
    const rows = Array.from({ length: 3000 }, (_, k) => row(k + 1, r(40) === 0 ? 'Café' : r(3) === 0 ? 'BistroÃ«' : 'Bistro'));
    writeFileSync(file, Buffer.from([HEADER.join(','), ...rows].join('\r\n') + '\r\n', 'latin1'));
    const whole = await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: false });
    const names = new Set(whole.records.map((r) => r.ticket.clientId));
    expect(names).toContain('BistroÃ«'); // in a piece read as Windows-1252
    expect(names).toContain('Bistroë'); // in a piece read as UTF-8
    for (let k = 1; k < 60; k++) expect(await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: k / 60 }), `cut at ${k}/60`).toEqual(whole);
  });

  it('the header, as the reader of the whole file reads it: a quote that runs on past the first line break', async () => {
    // Papaparse reads `"n"s` as a field with a malformed quote that runs on to the
    // next line: the header has 14 fields, of which the 13th spans lines 1 and 2.
    const file = join(dir, 'header-quote.csv');
    const data = Array.from({ length: 30 }, (_, k) => `${row(k + 1, 'Praktijk')},y,z`);
    writeFileSync(file, [`${HEADER.join(',')},"n"s`, '"z",e', ...data].join('\n') + '\n');
    const whole = await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: false });
    expect(whole.header).toHaveLength(14);
    expect(whole.records).toHaveLength(30);
    for (const thread of [false, true]) expect(await readExport(file, zendesk, 'export.csv', undefined, { thread, split: 0.5 })).toEqual(whole);
  });

  it('the header, as the reader of the whole file reads it: a byte order mark before a quoted first field', async () => {
    // The streaming reader keeps the mark in front of the quote, so `"Notes, intern"`
    // is not read as quoted: its comma makes two fields and every row has one too few.
    const file = join(dir, 'bom-quote.csv');
    const data = Array.from({ length: 30 }, (_, k) => `"a, b",${row(k + 1, 'Praktijk')}`);
    writeFileSync(file, '\uFEFF' + [`"Notes, intern",${HEADER.join(',')}`, ...data].join('\n') + '\n');
    const whole = await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: false });
    expect(whole.setAside.map((s) => s.reason)).toEqual(Array(30).fill('wrong-column-count'));
    for (const thread of [false, true]) expect(await readExport(file, zendesk, 'export.csv', undefined, { thread, split: 0.5 })).toEqual(whole);
  });
});

it('numbers rows by the lines of the file, also past a line break papaparse reads as blank between a quote and a delimiter', async () => {
  // A CRLF file: row "1" has a lone LF after its closing quote, which papaparse skips
  // as blank before the next delimiter. It is still a line of the file: row "2"
  // starts on line 4 (1: header, 2-3: row "1", 4: row "2").
  const file = join(dir, 'lone-lf.csv');
  writeFileSync(file, 'a,b,c\r\n1,"x"\n,y\r\n2,z,w\r\n');
  const rows: [string[], number][] = [];
  await streamCsv(file, (r) => rows.push([r.fields, r.line]));
  expect(rows).toEqual([
    [['1', 'x', 'y'], 2],
    [['2', 'z', 'w'], 4],
  ]);
});

it('a part that begins inside a UTF-8 character split over two 64 KB pieces carries it over as the whole reading does', async () => {
  // UTF-8 with an "é" in every row; the "é" of one row has its first byte (C3) at the
  // end of the first 64 KB and its second (A9) at the start of the next. A second part
  // that begins in that next piece must read it from there with the C3 carried over:
  // without it the piece would not be valid UTF-8 and would be read as Windows-1252.
  const file = join(dir, 'straddle.csv');
  const row = (id: number, description: string) => `${id},2025-03-03 09:00:00 +0000,2025-03-03 09:00:00 +0000,,High,Incident,Mail,Café,0,0,intramed,${description}`;
  const lines = [HEADER.join(',')];
  let bytes = Buffer.byteLength(lines[0]) + 1;
  for (let id = 1; bytes < 65_000; id++) {
    lines.push(row(id, 'x'));
    bytes += Buffer.byteLength(lines.at(-1)!) + 1;
  }
  // The next row's description ends in "é" with its C3 at byte 65535.
  const head = Buffer.byteLength(row(9000, ''));
  lines.push(row(9000, 'y'.repeat(65_535 - bytes - head) + 'é'));
  for (let id = 9001; id < 9400; id++) lines.push(row(id, 'é'));
  const text = Buffer.from(lines.join('\n') + '\n', 'utf8');
  expect([text[65_535], text[65_536]]).toEqual([0xc3, 0xa9]);
  writeFileSync(file, text);
  const whole = await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: false });
  expect(whole.dialect.encoding).toBe('utf-8');
  expect(whole.records.every((r) => r.ticket.clientId === 'Café')).toBe(true);
  for (const at of [65_600, 70_000, 100_000]) expect(await readExport(file, zendesk, 'export.csv', undefined, { thread: false, split: at / text.length })).toEqual(whole);
});
