// Hostile CSV files for the fuzz tests: a valid sample file taken apart into rows
// and put back together wrongly (columns swapped or dropped, rows cut, huge fields,
// 10,000 columns), or replaced by bytes that are no CSV at all.
import fc from 'fast-check';
import Papa from 'papaparse';

export type Table = string[][];

/** One thing done to a file: structural (on the rows) or to its bytes. */
export type Mutation =
  | { kind: 'swap-header'; a: number; b: number }
  | { kind: 'swap-columns'; a: number; b: number }
  | { kind: 'drop-column'; at: number; headerOnly: boolean }
  | { kind: 'set-cell'; row: number; column: number; value: string }
  | { kind: 'huge-field'; row: number; column: number; quoted: boolean }
  | { kind: 'many-columns'; count: number; inRows: boolean }
  | { kind: 'drop-row'; row: number }
  | { kind: 'repeat-row'; row: number }
  | { kind: 'header-only' }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'garbage'; fraction: number; bytes: Uint8Array }
  | { kind: 'random-bytes'; bytes: Uint8Array }
  | { kind: 'empty' };

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'latin1';

export const ONE_MB = 1 << 20;

/** Values that look almost right: far dates, bad dates, Excel numbers, quotes, control characters. */
const nastyValue = fc.oneof(
  fc.constantFrom(
    '', ' ', '"', '""', '"unclosed', 'a"b', '\n', '\r\n', '\u0000', '\uFEFF', '\uFFFD', 'NaN', '-1', '1e999', '1.03006E+13',
    '1900-01-01T00:00', '9999-12-31T23:59', '0000-00-00', '2026-02-30T10:00', '2026-03-29T02:30', '31-12-9999 23:59',
    '2026-03-02T10:00:00+99:99', '2026-03-02T10:00Z', 'Urgent', 'intramed', '1', '4', 'waiting_start', 'resolved', 'reopened',
    'T1', 'A1', 'A2', '__proto__', 'constructor', '<script>alert(1)</script>', '=cmd|/c calc!A1',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Bytes to splice in: anything, or the characters that make CSV go wrong. */
const garbageBytes = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
  fc.array(fc.constantFrom(...Buffer.from('",;\t\r\n\u00ff\u00fe')), { minLength: 1, maxLength: 16 }).map((a) => Uint8Array.from(a)),
);

export function mutation(): fc.Arbitrary<Mutation> {
  const index = fc.nat({ max: 40 });
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('swap-header' as const), a: index, b: index }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('swap-columns' as const), a: index, b: index }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('drop-column' as const), at: index, headerOnly: fc.boolean() }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('set-cell' as const), row: index, column: index, value: nastyValue }), weight: 6 },
    { arbitrary: fc.record({ kind: fc.constant('huge-field' as const), row: index, column: index, quoted: fc.boolean() }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('many-columns' as const), count: fc.constantFrom(10_000, 50), inRows: fc.boolean() }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('drop-row' as const), row: index }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('repeat-row' as const), row: index }), weight: 2 },
    { arbitrary: fc.constant({ kind: 'header-only' as const }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('garbage' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }), bytes: garbageBytes }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('random-bytes' as const), bytes: fc.uint8Array({ maxLength: 2048 }) }), weight: 1 },
    { arbitrary: fc.constant({ kind: 'empty' as const }), weight: 1 },
  );
}

export const encoding = (): fc.Arbitrary<Encoding> => fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-8-bom', 'utf-16le', 'latin1');

export function parseTable(text: string, delimiter: string): Table {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
}

/** The file's bytes after the mutations, applied in order (byte mutations act on the file as written so far). */
export function mutate(base: Table, delimiter: string, mutations: Mutation[], enc: Encoding): Buffer {
  let table = base.map((r) => [...r]);
  let bytes: Buffer | null = null;
  const current = () => (bytes ??= encode(Papa.unparse(table, { delimiter, newline: '\n' }) + '\n', enc));
  for (const m of mutations) {
    if (m.kind === 'truncate') bytes = current().subarray(0, Math.floor(current().length * m.fraction));
    else if (m.kind === 'garbage') {
      const b = current();
      const at = Math.floor(b.length * m.fraction);
      bytes = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    } else if (m.kind === 'random-bytes') bytes = Buffer.from(m.bytes);
    else if (m.kind === 'empty') bytes = Buffer.alloc(0);
    else if (bytes === null) table = reshape(table, m);
    // A structural change after a byte change is dropped: the rows are gone.
  }
  return current();
}

function reshape(table: Table, m: Mutation): Table {
  const width = table[0]?.length ?? 0;
  const rows = table.length;
  switch (m.kind) {
    case 'swap-header':
      if (width) swap(table[0], m.a % width, m.b % width);
      return table;
    case 'swap-columns':
      for (const r of table) if (r.length === width && width) swap(r, m.a % width, m.b % width);
      return table;
    case 'drop-column':
      if (!width) return table;
      for (const r of m.headerOnly ? table.slice(0, 1) : table) r.splice(m.at % width, 1);
      return table;
    case 'set-cell':
      if (rows && width) table[m.row % rows][m.column % width] = m.value;
      return table;
    case 'huge-field': {
      if (!rows || !width) return table;
      const huge = m.quoted ? `"${'x,"\n'.repeat(ONE_MB / 4)}"` : 'x'.repeat(ONE_MB);
      table[m.row % rows][m.column % width] = huge;
      return table;
    }
    case 'many-columns': {
      const extra = (prefix: string) => Array.from({ length: m.count }, (_, k) => `${prefix}${k}`);
      if (!rows) return table;
      table[0].push(...extra('Extra '));
      if (m.inRows) for (const r of table.slice(1)) r.push(...extra(''));
      return table;
    }
    case 'drop-row':
      if (rows) table.splice(m.row % rows, 1);
      return table;
    case 'repeat-row':
      if (rows) table.push([...table[m.row % rows]]);
      return table;
    case 'header-only':
      return table.slice(0, 1);
    default:
      return table;
  }
}

function swap(r: string[], a: number, b: number): void {
  [r[a], r[b]] = [r[b], r[a]];
}

function encode(text: string, enc: Encoding): Buffer {
  if (enc === 'utf-8') return Buffer.from(text, 'utf8');
  if (enc === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (enc === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.from(text, 'latin1');
}

/** A short description of a case for failure messages (no megabytes of x). */
export function describeCase(mutations: Mutation[], enc: Encoding): string {
  return `${enc}: ${JSON.stringify(mutations, (_, v) => (v instanceof Uint8Array ? `<${v.length} bytes>` : typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}...` : v))}`;
}
