// Benchmark (not a test): one month's client reports for the scale data set
// (node --import tsx scripts/generate-data.ts --scale writes data/scale/, 5,000 clients).
// Judges the data and builds the report model, then times only the PDF step:
// every client report of the latest complete month, on worker threads.
// Targets: under 20 s for the PDFs and under 1.5 GB peak memory (RSS) on a 2-core machine.
//
//   node --expose-gc --import tsx scripts/bench-pdf.ts [--data data/scale] [--month YYYY-MM] [--workers N]
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { judgeData } from '../src/pipeline/judge-data.ts';
import { reportModelFor } from '../src/pipeline/report-model.ts';
import type { ReportModel } from '../src/report/model.ts';
import { buildMonth } from '../src/pdf/build-step.ts';
import { pdfWorker, writeMonthReports } from '../src/pdf/write.ts';

const TARGET_SECONDS = 20;
const TARGET_RSS_MB = 1536;
const { values } = parseArgs({ options: { data: { type: 'string' }, month: { type: 'string' }, workers: { type: 'string' }, keep: { type: 'boolean' } } });
const dir = values.data ?? 'data/scale';
if (!existsSync(join(dir, 'tickets.csv'))) {
  process.stderr.write(`${dir}/tickets.csv ontbreekt; maak de schaaldata met: node --import tsx scripts/generate-data.ts --scale\n`);
  process.exit(2);
}
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const seconds = (from: number) => (performance.now() - from) / 1000;

// The workers load pdfkit and the fonts while the data is judged, as a build can do.
const started = values.workers === '0' ? [] : Array.from({ length: values.workers ? Number(values.workers) : Math.min(os.availableParallelism(), 4) }, pdfWorker);

let t = performance.now();
async function model(): Promise<ReportModel> {
  const paths = { sla: 'content/sla', tickets: join(dir, 'tickets.csv'), events: join(dir, 'events.csv'), releases: join(dir, 'releases.csv') };
  const data = await judgeData(paths);
  console.log(`judged ${data.counts.judged} tickets in ${seconds(t).toFixed(1)} s`);
  t = performance.now();
  return (await reportModelFor(data, paths, { complaints: null, backups: null })).model; // the judged data is released when this returns
}
const m = await model();
console.log(`report model: ${m.clients.length} clients, ${m.months.length} months in ${seconds(t).toFixed(1)} s`);
(globalThis as { gc?: () => void }).gc?.();
const month = values.month ?? buildMonth(m)!;
const workers = values.workers ? Number(values.workers) : undefined;
const out = mkdtempSync(join(os.tmpdir(), 'bench-pdf-'));

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage(); // the whole process: this thread and the workers
t = performance.now();
const result = await writeMonthReports(m, { outDir: out, month, management: false, workers, started });
const pdfSeconds = seconds(t);
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
clearInterval(sampler);
const files = readdirSync(join(out, month)).length;
if (!values.keep) rmSync(out, { recursive: true, force: true });

const rate = result.clientFiles.length / pdfSeconds;
const processPeak = process.resourceUsage().maxRSS * 1024;
console.log(`\n${month}: ${result.clientFiles.length} client PDFs (${files} files) in ${pdfSeconds.toFixed(1)} s = ${rate.toFixed(0)} PDFs/s`);
console.log(`workers: ${workers ?? 'default'} on ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`CPU: ${cpuSeconds.toFixed(1)} s for the PDFs (${(cpuSeconds / result.clientFiles.length * 1000).toFixed(1)} ms each); on ${os.availableParallelism()} otherwise idle cores at least ${(cpuSeconds / os.availableParallelism()).toFixed(1)} s`);
console.log(`RSS: ${mb(rssBefore)} MB before the PDFs, peak ${mb(peakRss)} MB while writing them; process peak ${mb(processPeak)} MB (includes judging)`);
const ok = pdfSeconds < TARGET_SECONDS && processPeak < TARGET_RSS_MB * 1024 * 1024;
console.log(`${ok ? 'OK' : 'NOT MET'}: targets < ${TARGET_SECONDS} s and < ${TARGET_RSS_MB} MB peak`);
if (values.keep) console.log(`PDFs kept in ${out}/${month}`);
