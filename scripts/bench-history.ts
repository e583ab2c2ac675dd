// Benchmark (not a test): reading Zendesk status histories from saved API pages
// through data/mappings/zendesk-api.yaml. By default 1,000,000 tickets with
// 10,000,000 status and priority changes, written as page files (1,000 tickets or
// audits a page, as the incremental exports return them) into a temporary folder.
// Target: at least 200,000 changes/s and peak RSS under 1.5 GB (measured on the
// shared 2-core machine: 10,000,000 changes in 28.6 s, 350,000/s, 863 MB).
//
//   node --import tsx scripts/bench-history.ts [--scale 0.1] [--keep DIR] [--no-csv]
//
// Each ticket has ten changes: created New, to Open, three times Pending and back,
// Solved, and one priority change; a ticket's changes lie in ten different event
// pages, as in a real export. The reading (readHistory: every page parsed, every
// change kept as columns, sorted per ticket, turned into engine events) runs in a
// fresh child process, so its peak RSS (process.resourceUsage().maxRSS) is the
// reading's alone; the records are counted, not kept, to measure the reader's own
// memory. Afterwards, unless --no-csv, scripts/bench-ingest.ts reads a CSV export
// with as many tickets, and both figures are printed one under the other.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PAGE = 1000;
const PRODUCT_FIELD = 360001234567;
const PRIORITIES = ['urgent', 'high', 'normal', 'low'];
const TYPES = ['incident', 'problem', 'question', 'task'];
const CHANNELS = ['email', 'web', 'phone', 'api'];
const BLOCK = 10_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The ten changes of ticket `i` (created at `t0`), as [minutes after creation, child event]. */
function changes(i: number, r: number): [number, Record<string, unknown>][] {
  const prio = PRIORITIES[r % 4];
  return [
    [0, { event_type: 'Create', status: 'new' }],
    [5, { event_type: 'Change', status: 'open', previous_value: 'new' }],
    [30, { event_type: 'Change', status: 'pending', previous_value: 'open' }],
    [90 + (i % 60), { event_type: 'Change', status: 'open', previous_value: 'pending' }],
    [200, { event_type: 'Change', priority: PRIORITIES[(r + 1) % 4], previous_value: prio }],
    [300, { event_type: 'Change', status: 'pending', previous_value: 'open' }],
    [400, { type: 'Change', field_name: 'status', value: 'open', previous_value: 'pending' }],
    [500, { event_type: 'Change', status: 'pending', previous_value: 'open' }],
    [600, { event_type: 'Change', status: 'open', previous_value: 'pending' }],
    [700 + (r % 2000), { event_type: 'Change', status: 'solved', previous_value: 'open' }],
  ];
}

/** Deterministic pages (an LCG): ticket pages, and event pages where each ticket's changes are ten pages apart. */
function generate(dir: string, tickets: number): { pages: number; events: number } {
  mkdirSync(dir, { recursive: true });
  let seed = 20250101;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  const start = Date.UTC(2025, 0, 1);
  let pages = 0;
  let events = 0;
  let auditId = 1;
  let audits: unknown[] = [];
  const flushEvents = () => {
    if (audits.length === 0) return;
    writeFileSync(join(dir, `ticket_events-${String(++pages).padStart(6, '0')}.json`), JSON.stringify({ ticket_events: audits, end_of_stream: false }));
    audits = [];
  };
  for (let b = 0; b < tickets; b += BLOCK) {
    const n = Math.min(BLOCK, tickets - b);
    const rs: number[] = [];
    const created: number[] = [];
    let page: unknown[] = [];
    for (let k = 0; k < n; k++) {
      const i = b + k;
      const r = next();
      rs.push(r);
      created.push(start + (r % 500_000) * 60_000);
      const last = changes(i, r).at(-1)![0];
      page.push({
        id: 1_000_000 + i, created_at: iso(created[k]), updated_at: iso(created[k] + last * 60_000), status: 'solved',
        priority: PRIORITIES[(r + 1) % 4], type: TYPES[(r >>> 5) % 4], via: { channel: CHANNELS[(r >>> 3) % 4] },
        organization_id: r % 5000, custom_fields: [{ id: PRODUCT_FIELD, value: r % 2 ? 'intramed' : 'intramed_online' }],
      });
      if (page.length === PAGE) {
        const organizations = [...new Set(page.map((t) => (t as { organization_id: number }).organization_id))].map((id) => ({ id, name: `Praktijk ${id}` }));
        writeFileSync(join(dir, `tickets-${String(++pages).padStart(6, '0')}.json`), JSON.stringify({ tickets: page, organizations, end_of_stream: false }));
        page = [];
      }
    }
    if (page.length) {
      const organizations = [...new Set(page.map((t) => (t as { organization_id: number }).organization_id))].map((id) => ({ id, name: `Praktijk ${id}` }));
      writeFileSync(join(dir, `tickets-${String(++pages).padStart(6, '0')}.json`), JSON.stringify({ tickets: page, organizations, end_of_stream: false }));
    }
    for (let round = 0; round < 10; round++) {
      for (let k = 0; k < n; k++) {
        const [minutes, child] = changes(b + k, rs[k])[round];
        const id = auditId++;
        audits.push({ id, ticket_id: 1_000_000 + b + k, created_at: iso(created[k] + minutes * 60_000), event_type: 'Audit', child_events: [{ id: id * 10, ...child }] });
        events++;
        if (audits.length === PAGE) flushEvents();
      }
    }
  }
  flushEvents();
  return { pages, events };
}

async function read(dir: string): Promise<void> {
  const { loadHistoryMappingFile } = await import('../src/ingest/history/mapping.ts');
  const { readHistory } = await import('../src/ingest/history/read-history.ts');
  const { zone } = await import('../src/engine/zone.ts');
  const mapping = loadHistoryMappingFile('data/mappings/zendesk-api.yaml')!;
  const started = process.hrtime.bigint();
  let records = 0;
  let waits = 0;
  const data = readHistory(dir, { mappings: [mapping], zone: zone('Europe/Amsterdam'), displayName: (p) => p, take: (r) => {
    records++;
    waits += r.historyWaitMinutes ?? 0;
  } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ tickets: data.ticketRows, records, events: data.events.read, setAside: data.setAside.length, waits, seconds, eventsPerSecond: data.events.read / seconds, peakRssBytes: rss }) + '\n');
}

const { values } = parseArgs({ options: { scale: { type: 'string' }, keep: { type: 'string' }, read: { type: 'string' }, 'no-csv': { type: 'boolean' } } });

if (values.read) {
  await read(values.read);
} else {
  const tickets = Math.round(1_000_000 * Number(values.scale ?? 1));
  const dir = values.keep ?? mkdtempSync(join(os.tmpdir(), 'bench-history-'));
  process.stderr.write(`Pagina's met ${tickets.toLocaleString('nl-NL')} tickets en ${(tickets * 10).toLocaleString('nl-NL')} wijzigingen maken: ${dir}\n`);
  const made = generate(dir, tickets);
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--read', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) process.exit(child.status ?? 1);
  const r = JSON.parse(child.stdout) as { tickets: number; records: number; events: number; setAside: number; seconds: number; eventsPerSecond: number; peakRssBytes: number };
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  const nl = (n: number) => Math.round(n).toLocaleString('nl-NL');
  process.stdout.write(
    `Statusgeschiedenis (Zendesk-pagina's: ${nl(made.pages)} bestanden) van ${nl(r.tickets)} tickets met ${nl(r.events)} wijzigingen: ${r.seconds.toFixed(2)} s, ` +
      `${nl(r.eventsPerSecond)} wijzigingen/s, ${nl(r.tickets / r.seconds)} tickets/s, piek-RSS ${mb(r.peakRssBytes)} ` +
      `(${nl(r.records)} tickets gemaakt, ${r.setAside} apart gezet; belasting van de machine: ${os.loadavg()[0].toFixed(1)} op ${os.cpus().length} cores)\n` +
      `Doel >= 200.000 wijzigingen/s en < 1,5 GB: ${r.eventsPerSecond >= 200_000 && r.peakRssBytes < 1.5 * 1024 ** 3 ? 'gehaald' : 'NIET gehaald'}\n`,
  );
  if (!values['no-csv']) {
    // The CSV ingest of as many tickets, for comparison (its own line, from bench-ingest.ts).
    const csv = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./bench-ingest.ts', import.meta.url)), '--rows', String(tickets), '--runs', '1'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(`Ter vergelijking, CSV-export met evenveel tickets:\n${csv.stdout}`);
    if (csv.status !== 0) process.exit(csv.status ?? 1);
  }
}
