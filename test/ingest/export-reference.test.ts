// The fast path of reading an export (src/ingest/export-fast/: two parts, a worker
// thread, packed batches, an IdSet) must give exactly what the plain reference reader
// gives (src/ingest/export-reference.ts: one pass, a plain Set), which only feeds the
// rows in file order through the same rules. Random exports, from fixed seeds, in every
// dialect the product reads and through every bundled mapping, with everything a real
// export can hold, good and bad: the same ticket records, the same set-aside records
// (file, line, column, value, reason), row counts, report moment and open last row, in
// the same order, however the file is cut; and through readSources the same warnings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../scripts/prng.ts';
import { zone } from '../../src/engine/zone.ts';
import { detectDialect } from '../../src/ingest/dialect.ts';
import { readExport, type ExportData, type ReadExportOptions } from '../../src/ingest/export.ts';
import { THREAD_BYTES } from '../../src/ingest/export-fast/read.ts';
import { findSplit } from '../../src/ingest/export-fast/split.ts';
import { loadMappingFile, type LoadedMapping } from '../../src/ingest/mapping-load.ts';
import { readSources } from '../../src/ingest/sources.ts';

const dir = mkdtempSync(join(os.tmpdir(), 'export-reference-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Dialect {
  name: string;
  delimiter: string;
  newline: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';
}

const DIALECTS: Dialect[] = [
  { name: 'comma, LF, UTF-8', delimiter: ',', newline: '\n', encoding: 'utf-8' },
  { name: 'semicolon, CRLF, Windows-1252', delimiter: ';', newline: '\r\n', encoding: 'windows-1252' },
  { name: 'tab, CRLF, UTF-8 with BOM', delimiter: '\t', newline: '\r\n', encoding: 'utf-8-bom' },
  { name: 'comma, CR, UTF-8', delimiter: ',', newline: '\r', encoding: 'utf-8' },
  { name: 'semicolon, LF, UTF-16LE', delimiter: ';', newline: '\n', encoding: 'utf-16le' },
];

/** What a random row of one helpdesk's export holds, column by column; `bad` draws one of its faults. */
interface Profile {
  mapping: string;
  header: string[];
  row(r: Rng, k: number, id: string, o: RowValues): string[];
  id(r: Rng, k: number): string;
  time(r: Rng, minutes: number): string;
}

interface RowValues {
  client: string;
  registered: string;
  updated: string;
  resolved: string;
  text: string;
  wait: string;
  reopens: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A moment in 2025, `minutes` after 1 January (UTC fields, written as wall time or with an offset). */
const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1) + minutes * 60_000);

/** Values that mappings read, with odd spellings and values no map knows. */
function choose(r: Rng, good: string[], odd: string[]): string {
  return r.chance(0.92) ? r.pick(good) : r.pick(odd);
}

const PROFILES: Profile[] = [
  {
    mapping: 'zendesk',
    header: ['Id', 'Requester', 'Subject', 'Status', 'Priority', 'Via', 'Ticket type', 'Created at', 'Updated at', 'Organization', 'Solved at', 'Reopens', 'Agent wait time in minutes', 'Product [list]', 'Description'],
    // Ascending numbers mostly (as Zendesk lists them), now and then one out of order.
    id: (r, k) => String(r.chance(0.1) ? 10_000 + r.int(0, 5000) : 10_000 + k * 3),
    time: (r, minutes) => {
      const d = at(minutes);
      const stamp = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
      return r.chance(0.7) ? `${stamp} +0000` : stamp;
    },
    row: (r, k, id, o) => [
      id,
      `Aanmelder ${r.int(1, 50)}`,
      o.text,
      'solved',
      choose(r, ['Urgent', 'High', 'Normal', 'Low', 'urgent', ' Low '], ['Superurgent', '']),
      choose(r, ['Mail', 'Web form', 'Phone call (incoming)', 'Web service (API)', 'voice'], ['Fax', '']),
      choose(r, ['Incident', 'Problem', 'Question', 'Task'], ['Klacht', '']),
      o.registered,
      o.updated,
      o.client,
      o.resolved,
      o.reopens,
      o.wait,
      choose(r, ['intramed', 'intramed_online', 'INTRAMED'], ['intramed-cloud', '']),
      `Vraag ${k}`,
    ],
  },
  {
    mapping: 'jira-service-management',
    // "Component/s" twice, as Jira writes it: the first counts.
    header: ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Created', 'Updated', 'Resolved', 'Component/s', 'Component/s', 'Description', 'Custom field (Organizations)', 'Custom field (Channel)'],
    id: (r, k) => (r.chance(0.05) ? `OPS-${r.int(1, 40)}` : `SD-${1200 + (r.chance(0.1) ? r.int(0, 300) : k * 2)}`),
    time: (r, minutes) => {
      const d = at(minutes);
      const h = d.getUTCHours();
      return `${d.getUTCDate()}/${MONTHS[d.getUTCMonth()]}/${String(d.getUTCFullYear()).slice(2)} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
    },
    row: (r, k, id, o) => [
      o.text,
      id,
      String(40_000 + k),
      choose(r, ['Incident', 'Bug', 'Service request', 'Change'], ['Epic', '']),
      'Done',
      choose(r, ['Highest', 'High', 'Medium', 'Low', 'Lowest'], ['Blocker', '']),
      o.registered,
      o.updated,
      o.resolved,
      choose(r, ['Intramed', 'Intramed Online', 'intramed online'], ['Hosting', '']),
      r.pick(['', 'Hosting', 'Intramed']),
      `Beschrijving ${k}`,
      o.client,
      choose(r, ['email', 'portal', 'phone', 'api'], ['chat', '']),
    ],
  },
  {
    mapping: 'topdesk',
    header: ['Incidentnummer', 'Aanmelddatum', 'Aanmelder', 'Vestiging', 'Korte omschrijving (Details)', 'Categorie', 'Soort melding', 'Prioriteit', 'Soort binnenkomst', 'Duur on hold (min)', 'Gereed', 'Datum wijziging'],
    // Not a plain number: the IdSet keeps these in its Set of other ids.
    id: (r, k) => `I 25${pad(1 + (k % 12))} ${String(r.chance(0.1) ? r.int(1, 300) : k).padStart(3, '0')}`,
    time: (r, minutes) => {
      const d = at(minutes);
      return r.chance(0.5)
        ? `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
        : `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}`;
    },
    row: (r, k, id, o) => [
      id,
      o.registered,
      `Aanmelder ${r.int(1, 50)}`,
      o.client,
      o.text,
      choose(r, ['Intramed', 'Intramed Online'], ['Overig', '']),
      choose(r, ['Storing', 'Bug', 'Vraag', 'Wijzigingsverzoek'], ['Klacht', '']),
      choose(r, ['Urgent', 'Hoog', 'Normaal', 'Gemiddeld', 'Laag'], ['Spoed', '']),
      choose(r, ['Telefonisch', 'E-mail', 'Selfservice', 'Monitoring'], ['Balie', '']),
      o.wait,
      o.resolved,
      o.updated,
    ],
  },
];

/** A CSV cell as the dialect writes it: quoted when it holds the delimiter, a quote or a line break. */
function cell(value: string, d: Dialect): string {
  return /["\r\n]/.test(value) || value.includes(d.delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A random export of `rows` rows in dialect `d` through profile `p`: the bytes of the file. */
function randomExport(p: Profile, d: Dialect, rows: number, seed: number): Buffer {
  const r = new Rng(seed);
  const ids: string[] = [];
  const lines = [p.header.map((h) => cell(h, d)).join(d.delimiter)];
  const latin = d.encoding === 'windows-1252';
  for (let k = 0; k < rows; k++) {
    if (r.chance(0.01)) {
      lines.push(''); // an empty line
      continue;
    }
    // Repeats (a duplicate-id, also across any cut), Excel's rounding, empty, spaces around, invisible characters.
    const id = r.weighted<() => string>([
      [() => p.id(r, k), 86],
      [() => (ids.length ? r.pick(ids) : p.id(r, k)), 6],
      [() => '1.03006E+13', 1],
      [() => '', 1],
      [() => ` ${p.id(r, k)} `, 2],
      [() => (latin ? p.id(r, k) : `${p.id(r, k)}\u200b`), 1],
      [() => (latin ? p.id(r, k) : `\u041a${p.id(r, k)}`), 1],
      [() => p.id(r, k).normalize('NFD'), 2],
    ])();
    ids.push(id);
    const minutes = r.int(60, 500_000);
    const time = (m: number) =>
      r.weighted<() => string>([
        [() => p.time(r, m), 90],
        [() => '31-02-2025 10:00', 1], // no such date
        [() => '2025-03-30 02:30', 1], // the spring-forward hour: no such wall time
        [() => '2025-10-26 02:30', 2], // the fall-back hour: twice (ambiguous-local-time)
        [() => '2025-10-15', 1], // a date without a time
        [() => '9999-01-01 00:00:00 +0000', 1], // after the supported period: no report moment
        [() => 'gisteren', 1],
        [() => '', 1],
      ])();
    const values: RowValues = {
      client: r.weighted<() => string>([
        [() => `Praktijk ${latin ? 'Café' : 'Zuid'} ${r.int(1, 9)}`, 80],
        [() => (latin ? 'Praktijk Müller' : 'Praktijk Mu\u0308ller'), 5],
        [() => 'Praktijk Müller', 5],
        [() => '../etc', 1],
        [() => '', 2],
        [() => '1,03006E+13', 1],
        [() => (latin ? 'Praktijk\u0007 Oost' : 'Praktijk\u200b Oost'), 1],
      ])(),
      registered: time(minutes),
      updated: r.chance(0.2) ? '' : time(minutes + r.int(0, 90_000)),
      resolved: r.chance(0.25) ? '' : time(minutes + r.int(30, 60_000)),
      text: r.weighted<() => string>([
        [() => `Onderwerp ${k}`, 70],
        [() => `regel één${d.newline}regel "twee"${d.delimiter} en drie`, 15],
        [() => 'alleen\nLF', 5],
        [() => `"los" citaat ${k}`, 5],
        [() => 'x'.repeat(r.int(200, 3000)), 5],
      ])(),
      wait: r.pick(['0', '45', '1,020', '1.020', '12,5', '-', '', '-5', '12 min', '0,020']),
      reopens: r.pick(['0', '0', '1', '2', '1,5', '']),
    };
    let fields = p.row(r, k, id, values).map((v) => cell(v, d));
    if (r.chance(0.01)) fields = fields.slice(1); // too few columns
    if (r.chance(0.01)) fields.push('over'); // too many
    lines.push(fields.join(d.delimiter));
  }
  let text = lines.join(d.newline) + d.newline;
  const ending = r.int(0, 3);
  if (ending === 1) text = text.slice(0, -d.newline.length); // no line break after the last row
  if (ending === 2) text = text.slice(0, -d.newline.length - 5); // cut off inside the last row
  if (ending === 3) text += `"open${d.delimiter}quote${d.newline}`; // a quote that is never closed
  switch (d.encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'windows-1252':
      return Buffer.from(text, 'latin1');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  }
}

const mappings = new Map<string, LoadedMapping>(PROFILES.map((p) => [p.mapping, loadMappingFile(`data/mappings/${p.mapping}.yaml`)]));

/** The reference reading and the fast path's, as asked. */
async function both(file: string, p: Profile, fast: ReadExportOptions): Promise<[ExportData, ExportData]> {
  const mapping = mappings.get(p.mapping)!;
  const reference = await readExport(file, mapping, 'export.csv', undefined, { reference: true });
  return [reference, await readExport(file, mapping, 'export.csv', undefined, { ...fast, reference: false })];
}

/** What a whole run through readSources gives (records, set-aside rows, warnings, counts), fast path or reference. */
async function sources(file: string, reference: boolean) {
  const before = process.env.SLA_RAPPORT_REFERENCE;
  process.env.SLA_RAPPORT_REFERENCE = reference ? '1' : '0';
  try {
    return await readSources({ tickets: [file], mappings: [...mappings.values()], zone: zone('Europe/Amsterdam'), displayName: () => 'export.csv' });
  } finally {
    if (before === undefined) delete process.env.SLA_RAPPORT_REFERENCE;
    else process.env.SLA_RAPPORT_REFERENCE = before;
  }
}

// 3 mappings x 5 dialects x 4 seeds = 60 random exports. Each is read by the fast path
// in one piece, cut in two on this thread at a random place, and (every fourth) cut in
// two with the second part on a worker thread, as a file of THREAD_BYTES or more is read.
const CASES = PROFILES.flatMap((p) => DIALECTS.flatMap((d) => [1, 2, 3, 4].map((seed) => ({ p, d, seed, name: `${p.mapping}, ${d.name}, seed ${seed}` }))));
/** How the random files were read, over all cases: to show they hold what they should. */
const seen = { reasons: new Set<string>(), cuts: 0, onThread: 0, warnings: new Set<string>() };

describe('the fast path reads a random export exactly as the reference reader does', () => {
  it.each(CASES)('$name', async ({ p, d, seed }) => {
    const caseSeed = seed * 1000 + PROFILES.indexOf(p) * 100 + DIALECTS.indexOf(d);
    const r = new Rng(caseSeed);
    const file = join(dir, `${p.mapping}-${caseSeed}.csv`);
    writeFileSync(file, randomExport(p, d, r.int(150, 400), caseSeed));

    const [reference, whole] = await both(file, p, {});
    expect(whole).toStrictEqual(reference);
    const fraction = 0.05 + r.float() * 0.9;
    const thread = caseSeed % 4 === 1;
    if ((await findSplit(file, await detectDialect(file), fraction)) !== null) seen.cuts++;
    const [, cut] = await both(file, p, { thread: false, split: fraction });
    expect(cut, `cut at ${fraction.toFixed(3)}`).toStrictEqual(reference);
    if (thread) {
      seen.onThread++;
      const [, onThread] = await both(file, p, { thread: true, split: r.float() });
      expect(onThread).toStrictEqual(reference);
    }
    for (const s of reference.setAside) seen.reasons.add(s.reason);

    const [fast, plain] = [await sources(file, false), await sources(file, true)];
    expect(fast).toStrictEqual(plain);
    for (const w of plain.warnings) seen.warnings.add(w.code);
  });

  it('covered what it should: cuts, threads, and the reasons rows are set aside', () => {
    // Most random files have a row end after the random place (UTF-16 files are never cut).
    expect(seen.cuts).toBeGreaterThan(30);
    expect(seen.onThread).toBeGreaterThan(10);
    for (const reason of ['duplicate-id', 'excel-scientific-id', 'missing-value', 'wrong-column-count', 'unknown-niveau', 'unknown-product', 'bad-number', 'date-without-time', 'unsafe-id', 'invisible-character', 'truncated-row']) {
      expect([...seen.reasons], reason).toContain(reason);
    }
    // The bundled mappings read the client's name from its id column: no name can differ.
    expect([...seen.warnings]).toContain('open-last-row');
  });
});

it('a random export of THREAD_BYTES or more is read in two parts on two threads by default, as the reference reads it', async () => {
  const p = PROFILES[0];
  const file = join(dir, 'large.csv');
  // About 280 bytes a row: enough rows to pass the size at which the worker thread starts.
  const bytes = randomExport(p, DIALECTS[0], Math.ceil(THREAD_BYTES / 250), 77);
  expect(bytes.length).toBeGreaterThanOrEqual(THREAD_BYTES);
  writeFileSync(file, bytes);
  const [reference, fast] = await both(file, p, {});
  expect(reference.setAside.length).toBeGreaterThan(0);
  expect(fast).toStrictEqual(reference);
});
