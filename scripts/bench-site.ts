// Scale benchmark of the report site: builds the scale data set
// (5,000 clients, 150,000 tickets; `npm run generate -- --scale` writes data/scale/)
// with `sla-rapport build` in a child process and prints pages, seconds and peak RSS
// against the budget (60 s up to and including the pages, 2 GB; the PDFs written after
// them are timed too, against their own budget in bench-pdf.ts). A measurement, not a test: it always exits 0
// unless the build itself fails.
//   node --import tsx scripts/bench-site.ts [--keep]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPages } from '../src/site/build-summary.ts';

const BUDGET = { seconds: 60, rssMb: 2048, cpuSeconds: 100 };
const MARK = 'BENCH-RUSAGE ';
// Runs the command line in the child and reports its own resource usage at the end.
// The child runs the command line and reports its own resource usage at the end
// (a file, not --eval: the PDF step's worker threads inherit the child's arguments).
const CHILD = fileURLToPath(new URL('./bench-site-child.mjs', import.meta.url));

/** The build's progress lines that start a phase (src/cli/commands/build.ts). */
const PHASES: [RegExp, string][] = [
  [/^SLA en data inlezen/, 'inlezen en beoordelen'],
  [/rapportmodel opbouwen/, 'rapportmodel'],
  [/^Site bouwen/, 'site'],
  [/^PDF-rapportages/, 'pdf'],
];

interface Phase {
  name: string;
  startedAt: number;
  /** CPU-seconds the build had used (all its threads) when the phase began; NaN where /proc has none. */
  cpuAt: number;
  peakRssMb: number;
}

/** CPU-seconds a process has used so far, all its threads (utime + stime in /proc/<pid>/stat); NaN where there is none. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ: 100 on Linux
  } catch {
    return NaN;
  }
}

/** Resident memory of a process (threads included), from /proc; null where there is none. */
function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Run {
  phases: Phase[];
  code: number;
  seconds: number;
  stderr: string;
  usage: { maxRssKb: number; userUs: number; systemUs: number } | null;
}

function build(out: string): Promise<Run> {
  const args = ['build', '--tickets', 'data/scale/tickets.csv', '--events', 'data/scale/events.csv', '--out', out];
  if (existsSync('data/scale/releases.csv')) args.push('--releases', 'data/scale/releases.csv');
  const started = performance.now();
  // The same heap limit as `npm run build`: V8 collects before RSS grows past the budget.
  const child = spawn(process.execPath, ['--max-old-space-size=1536', CHILD, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const phases: Phase[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
    process.stderr.write(chunk);
    for (const line of String(chunk).split('\n')) {
      const phase = PHASES.find(([re]) => re.test(line));
      if (phase) phases.push({ name: phase[1], startedAt: performance.now(), cpuAt: cpuSeconds(child.pid!), peakRssMb: 0 });
    }
  });
  const poll = setInterval(() => {
    const rss = rssMb(child.pid!);
    const current = phases.at(-1);
    if (rss !== null && current) current.peakRssMb = Math.max(current.peakRssMb, rss);
  }, 200);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const line = stderr.split('\n').find((l) => l.startsWith(MARK));
      resolve({ phases, code: code ?? 1, seconds: (performance.now() - started) / 1000, stderr, usage: line ? JSON.parse(line.slice(MARK.length)) : null });
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync('data/scale/tickets.csv')) {
    process.stderr.write('Geen schaaldata: maak die eerst met `node --import tsx scripts/generate-data.ts --scale`.\n');
    process.exit(2);
  }
  const out = mkdtempSync(join(tmpdir(), 'sla-bench-site-'));
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  const started = performance.now();
  const run = await build(out);
  if (run.code !== 0) {
    process.stderr.write(`Build mislukt (exit ${run.code}).\n`);
    process.exit(1);
  }
  const pages = countPages(out);
  const site = /Site: \d+ pagina's geschreven in ([\d.]+) s/.exec(run.stderr)?.[1];
  const rssMb = run.usage ? run.usage.maxRssKb / 1024 : NaN;
  const cpu = run.usage ? (run.usage.userUs + run.usage.systemUs) / 1e6 : NaN;
  const verdict = (ok: boolean) => (ok ? 'binnen budget' : 'BUITEN BUDGET');
  console.log(`\nSite-benchmark (schaaldata, 150.000 tickets, 5.000 klanten)`);
  console.log(`  machine:    ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load vooraf ${load}`);
  console.log(`  pagina's:   ${pages}`);
  // The site's budget covers reading, judging, the model and the pages; the PDFs (written before
  // the pages, from the same model) have a budget of their own (scripts/bench-pdf.ts) and are left out.
  const pdfPhase = run.phases.find((p) => p.name === 'pdf');
  const sitePhase = run.phases.find((p) => p.name === 'site');
  const pdfSeconds = pdfPhase && sitePhase ? (sitePhase.startedAt - pdfPhase.startedAt) / 1000 : 0;
  const siteSeconds = run.seconds - pdfSeconds;
  console.log(`  tijd site:  ${siteSeconds.toFixed(1)} s tot en met de pagina's (${verdict(siteSeconds < BUDGET.seconds)}; budget ${BUDGET.seconds} s)${site ? `, waarvan pagina's ${site} s` : ''}`);
  console.log(`  tijd totaal: ${run.seconds.toFixed(1)} s met de PDF's van de rapportmaand (eigen budget: scripts/bench-pdf.ts); CPU ${cpu.toFixed(1)} s`);
  console.log(`  piek-RSS:   ${rssMb.toFixed(0)} MB (${verdict(rssMb < BUDGET.rssMb)}; budget ${BUDGET.rssMb} MB)`);
  const ended = started + run.seconds * 1000;
  const cpuOf = new Map<string, number>();
  run.phases.forEach((p, i) => {
    const seconds = ((run.phases[i + 1]?.startedAt ?? ended) - p.startedAt) / 1000;
    const phaseCpu = (run.phases[i + 1]?.cpuAt ?? cpu) - p.cpuAt;
    cpuOf.set(p.name, phaseCpu);
    console.log(`    ${p.name.padEnd(22)} ${seconds.toFixed(1).padStart(6)} s, CPU ${phaseCpu.toFixed(1).padStart(5)} s, piek-RSS ${p.peakRssMb.toFixed(0)} MB`);
  });
  // The whole build (reading, judging, the model, the month's PDFs and dossiers, the pages) has a CPU budget too.
  const pdfs = Number(/(\d+) klantrapporten/.exec(run.stderr)?.[1] ?? NaN);
  console.log(`  CPU per pagina: ${((cpuOf.get('site') ?? NaN) / pages * 1000).toFixed(1)} ms; per klant-PDF (met dossiers en managementrapport): ${((cpuOf.get('pdf') ?? NaN) / pdfs * 1000).toFixed(1)} ms`);
  console.log(`  CPU totaal: ${cpu.toFixed(1)} s (${verdict(cpu <= BUDGET.cpuSeconds)}; budget ${BUDGET.cpuSeconds} CPU-s voor de hele build)`);
  if (process.argv.includes('--keep')) console.log(`  uitvoer:    ${out}`);
  else rmSync(out, { recursive: true, force: true });
}

await main();
