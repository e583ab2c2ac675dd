// Benchmark (not a test): ingest (parse + map + validate) of a 1,000,000-row
// Zendesk-style export through data/mappings/zendesk.yaml. Target: at least
// 300,000 rows/s and peak RSS under 1 GB.
//
//   node --import tsx scripts/bench-ingest.ts [--rows N] [--runs N] [--keep FILE] [--description CHARS] [--reference]
//
// The export is generated first into a temporary file (deterministic, with
// requester names, e-mail addresses and free-text descriptions with quotes, commas
// and line breaks, as real exports have), then ingested --runs times (default 3),
// each in a fresh child process so its peak RSS (process.resourceUsage().maxRSS) is
// the ingest's alone; only the ingest (readExport: parse + map + validate, in two
// parts on two threads for a file this size) is timed, not writing the export. The
// machines are shared: the median run is judged, and every run is shown.
// By default a third of the descriptions is a short quoted text with a line break
// and the rest one short line (about 260 bytes a row). --description CHARS makes
// every description a text of about that many characters (sentences with quotes,
// commas and line breaks), to see what longer free text costs: papaparse has to
// read every byte of it, the mapping never looks at it. --reference times the plain
// reference reader (src/ingest/export-reference.ts: one thread, no batches) instead
// of the fast path, to see what the fast path buys.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HEADER = [
  'Id', 'Requester', 'Requester id', 'Requester email', 'Subject', 'Status', 'Priority', 'Via', 'Ticket type',
  'Created at', 'Updated at', 'Organization', 'Solved at', 'Reopens', 'Agent wait time in minutes', 'Product [list]', 'Description',
];
const PRIORITIES = ['Urgent', 'High', 'Normal', 'Low'];
const VIAS = ['Mail', 'Web form', 'Phone call (incoming)', 'Web service (API)'];
const TYPES = ['Incident', 'Problem', 'Question', 'Task'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Deterministic export of `rows` tickets in 2025 (an LCG; same rows, same bytes). */
const SENTENCES = [
  'Sinds de update van gisteren blijft het agendascherm hangen bij het openen van de dagweergave.',
  'De patiënt kan niet inloggen in het portaal, de melding zegt "sessie verlopen", ook na het wissen van de cache.',
  'Graag z.s.m. terugbellen op het praktijknummer, we hebben om 13:00 weer spreekuur.',
  'Declaraties naar Vecozo worden afgewezen met foutcode 8001; de AGB-code klopt wel.',
  'Bij het printen van de factuur verschuift het logo, zie bijlage.',
  'Collega\'s op de tweede locatie hebben hetzelfde probleem, het lijkt dus niet aan één pc te liggen.',
];

/** A description of about `chars` characters: whole sentences, some quoted words, commas and line breaks. */
function longDescription(i: number, r: number, chars: number): string {
  let text = `Melding ${i}:`;
  for (let k = 0; text.length < chars; k++) text += (k % 3 === 2 ? '\n' : ' ') + SENTENCES[(r + k * 7) % SENTENCES.length];
  return `"${text.replace(/"/g, '""')}"`;
}

async function generate(path: string, rows: number, descriptionChars: number | null): Promise<void> {
  const out = createWriteStream(path);
  let seed = 20250101;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  const stamp = (minutes: number, offset: string) => {
    const d = new Date(Date.UTC(2025, 0, 1) + minutes * 60_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00 ${offset}`;
  };
  let chunk = `${HEADER.join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    const r = next();
    const created = (r % 500_000) + 60;
    const solved = r % 7 === 0 ? '' : stamp(created + 30 + (next() % 20_000), '+0000');
    const org = `Fysiotherapie Praktijk ${r % 5000}`;
    const description = descriptionChars !== null ? longDescription(i, r, descriptionChars) : r % 3 === 0 ? `"Melding ${i}: scherm blijft ""hangen"", ook na herstart.\nGraag snel."` : `Vraag ${i} over de agenda`;
    chunk +=
      `${10_000_000 + i},Aanmelder ${r % 9973},${r % 100_000},aanmelder${r % 9973}@praktijk.example,Onderwerp ${i},solved,` +
      `${PRIORITIES[r % 4]},${VIAS[(r >>> 3) % 4]},${TYPES[(r >>> 5) % 4]},${stamp(created, '+0000')},${stamp(created + 40_000, '+0000')},` +
      `${org},${solved},${r % 11 === 0 ? 1 : 0},${r % 5 === 0 ? r % 300 : 0},${r % 2 ? 'intramed' : 'intramed_online'},${description}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve) => out.on('finish', () => resolve()));
}

async function ingest(path: string, reference: boolean): Promise<void> {
  const { loadMappingFile } = await import('../src/ingest/mapping-load.ts');
  const { readExport } = await import('../src/ingest/export.ts');
  const mapping = loadMappingFile('data/mappings/zendesk.yaml');
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const data = await readExport(path, mapping, undefined, undefined, { reference });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({ rows: data.rows, records: data.records.length, setAside: data.setAside.length, seconds, rowsPerSecond: data.rows / seconds, cpuSeconds, peakRssBytes: rss }) + '\n',
  );
}

const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' }, keep: { type: 'string' }, ingest: { type: 'string' }, description: { type: 'string' }, reference: { type: 'boolean' }, help: { type: 'boolean' } } });

if (values.help) {
  process.stdout.write(
    'Gebruik: node --import tsx scripts/bench-ingest.ts [--rows N] [--runs N] [--keep BESTAND] [--description TEKENS] [--reference]\n' +
      '  --rows N            rijen in de gegenereerde Zendesk-export (standaard 1.000.000)\n' +
      '  --runs N            metingen, elk in een nieuw proces; de mediaan telt (standaard 3)\n' +
      '  --keep BESTAND      de export hier schrijven en bewaren\n' +
      '  --description TEKENS elke omschrijving ongeveer zo lang\n' +
      '  --reference         de eenvoudige referentielezer meten in plaats van het snelle pad\n',
  );
  process.exit(0);
}

interface Run {
  rows: number;
  records: number;
  setAside: number;
  seconds: number;
  rowsPerSecond: number;
  cpuSeconds: number;
  peakRssBytes: number;
}

/** One ingest in a fresh process. */
function measure(path: string): Run {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--ingest', path, ...(values.reference ? ['--reference'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) process.exit(child.status ?? 1);
  return JSON.parse(child.stdout) as Run;
}

if (values.ingest) {
  await ingest(values.ingest, values.reference === true);
} else {
  const rows = Number(values.rows ?? 1_000_000);
  const dir = values.keep ? null : mkdtempSync(join(os.tmpdir(), 'bench-ingest-'));
  const path = values.keep ?? join(dir!, 'zendesk-export.csv');
  process.stderr.write(`Export met ${rows.toLocaleString('nl-NL')} rijen maken: ${path}\n`);
  await generate(path, rows, values.description === undefined ? null : Number(values.description));
  const size = statSync(path).size;
  const runs: Run[] = [];
  for (let k = 0; k < Number(values.runs ?? 3); k++) runs.push(measure(path));
  if (dir) rmSync(dir, { recursive: true, force: true });
  const sorted = [...runs].sort((a, b) => a.rowsPerSecond - b.rowsPerSecond);
  const r = sorted[Math.floor((sorted.length - 1) / 2)];
  const peak = Math.max(...runs.map((x) => x.peakRssBytes));
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  const rate = (x: Run) => Math.round(x.rowsPerSecond).toLocaleString('nl-NL');
  const ok = r.rowsPerSecond >= 300_000 && peak < 1024 ** 3;
  process.stdout.write(
    `Ingest (parse + mapping + validatie${values.reference ? ', referentielezer' : ''}) van ${r.rows.toLocaleString('nl-NL')} rijen (${mb(size)}), mediaan van ${runs.length} runs: ${r.seconds.toFixed(2)} s, ` +
      `${rate(r)} rijen/s, piek-RSS ${mb(peak)} (hoogste run) ` +
      `(${r.records.toLocaleString('nl-NL')} tickets, ${r.setAside} apart gezet; ${(size / 1024 / 1024 / r.seconds).toFixed(0)} MB/s)\n` +
      `Runs: ${runs.map((x) => `${rate(x)} rijen/s`).join(', ')}\n` +
      `CPU-tijd mediaan-run ${r.cpuSeconds.toFixed(2)} s (${Math.round(r.rows / r.cpuSeconds).toLocaleString('nl-NL')} rijen per CPU-seconde, beide threads samen; ` +
      `belasting van de machine na de meting: ${os.loadavg()[0].toFixed(1)} op ${os.cpus().length} cores)\n` +
      `Doel >= 300.000 rijen/s en < 1 GB: ${ok ? 'gehaald' : 'NIET gehaald'}\n` +
      `Machine: ${os.cpus()[0]?.model ?? 'onbekend'} (${os.cpus().length} cores), Node ${process.version}\n`,
  );
}
