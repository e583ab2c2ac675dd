// The CSV reader's time and memory stay bounded by a row's length: a row that spans
// many chunks is handed to papaparse once (it parsed the row from its start again
// for every 64 KB chunk: quadratic, 52 s for one 40 MB row), and a row over
// MAX_ROW_CHARS is set aside without being kept. Counted, not timed: `parsedChars`
// is every character papaparse was given.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ROW_CHARS, readCsv, type CsvProblem } from '../../src/ingest/csv.ts';
import { cli } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'sla-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of a decoded chunk (csv.ts reads 64 KB at a time). */
const CHUNK = 65_536;

interface Row {
  line: number;
  fields: number;
  problem: CsvProblem;
}

async function read(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const rows: Row[] = [];
  const result = await readCsv(path, { header() {}, row: (fields, line, problem) => rows.push({ line, fields: fields.length, problem }) });
  return { rows, result, size: statSync(path).size };
}

/** A quoted field of `lines` lines of 100 characters each (the line break included). */
const field = (lines: number, br = '\n') => `"${`${'x'.repeat(100 - br.length)}${br}`.repeat(lines)}"`;

describe('a long row is parsed once', () => {
  it('a row of 8 million characters: papaparse is given the file about once, not the row once per chunk', async () => {
    // Header (line 1), then one row whose field holds 80,000 line breaks (lines 2 to
    // 80,002), then a row on line 80,003.
    const { rows, result, size } = await read('long.csv', `a,b,c\n1,${field(80_000)},3\n2,y,4\n`);
    expect(rows).toEqual([
      { line: 2, fields: 3, problem: null },
      { line: 80_003, fields: 3, problem: null },
    ]);
    // The first chunk is parsed when the header ends in it; the row's start in it is
    // given again with the rest of the row, once: at most the file and one chunk.
    // Parsed again per chunk it was about 8,000,000 * 123 / 2, 490 million characters.
    expect(result.parsedChars).toBeLessThanOrEqual(size + CHUNK);
  });

  it('twice the row, twice the work', async () => {
    const short = await read('2m.csv', `a,b\n1,${field(20_000)}\n`);
    const long = await read('8m.csv', `a,b\n1,${field(80_000)}\n`);
    expect(long.result.parsedChars / short.result.parsedChars).toBeLessThan(4.5);
  });
});

describe(`a row over ${MAX_ROW_CHARS.toLocaleString('en')} characters is set aside`, () => {
  it('as row-too-long on the line it starts, without fields, and the rows after it keep their lines', async () => {
    // Line 2: a row; line 3: a row of 170,000 lines of 100 characters (17 million, in a
    // quoted field with CRLF line breaks) that ends on line 170,003; line 170,004: a row.
    const { rows, result } = await read('too-long.csv', `a;b\r\n1;2\r\n3;${field(170_000, '\r\n')}\r\n4;5\r\n`);
    expect(rows).toEqual([
      { line: 2, fields: 2, problem: null },
      { line: 3, fields: 0, problem: 'row-too-long' },
      { line: 170_004, fields: 2, problem: null },
    ]);
    expect(result.line).toBe(170_005);
    // The long row never reaches papaparse: the chunk before it, its start and its end.
    expect(result.parsedChars).toBeLessThan(3 * CHUNK);
  });

  it('also when the file ends inside it', async () => {
    const { rows } = await read('too-long-end.csv', `a,b\n1,2\n3,${'x'.repeat(MAX_ROW_CHARS)}`);
    expect(rows).toEqual([
      { line: 2, fields: 2, problem: null },
      { line: 3, fields: 0, problem: 'row-too-long' },
    ]);
  });

  it('a row of exactly the limit (its line break included) is still read', async () => {
    // "1," + field + "\n" is MAX_ROW_CHARS characters.
    const { rows } = await read('at-limit.csv', `a,b\n1,${'x'.repeat(MAX_ROW_CHARS - 3)}\n2,3\n`);
    expect(rows).toEqual([
      { line: 2, fields: 2, problem: null },
      { line: 3, fields: 2, problem: null },
    ]);
  });

  it('the command names file, line and reason, and the totals still add up, within seconds', () => {
    const tickets = join(dir, 'tickets.csv');
    const header = 'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version';
    writeFileSync(
      tickets,
      [
        header,
        'T1,K1,Fysio Ver,intramed,incident,2,2,email,2025-03-04T10:00,2025-03-04T12:00,2025.1',
        `T2,K1,Fysio Ver,intramed,incident,2,2,email,2025-03-04T10:00,2025-03-04T12:00,${'9'.repeat(MAX_ROW_CHARS)}`,
        'T3,K1,Fysio Ver,intramed,incident,2,2,email,2025-03-05T10:00,2025-03-05T12:00,2025.1',
        '',
      ].join('\n'),
    );
    const started = Date.now();
    const r = cli(['evaluate', '--tickets', tickets, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tickets\.csv:3: row-too-long: rij is langer dan 16 miljoen tekens en wordt niet gelezen\n/);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id)).toEqual(['T1', 'T3']);
    expect(r.stderr).toContain('Aansluiting: 3 gelezen = 2 beoordeeld + 1 apart gezet + 0 samengevoegd: sluitend');
  });
});
