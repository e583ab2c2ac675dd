// The report model of the scale set (150,000 tickets, 5,000 clients): each run is a fresh
// process with the heap limit `npm run build` uses, which reads and judges the set and then
// times building the model from the judged data (src/pipeline/report-model.ts), wall and CPU
// (all of the process's threads, the garbage collector's included). The median counts.
//
//   node --import tsx scripts/bench-model.ts [--runs 5] [--dir data/scale]
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TARGET_SECONDS = 2;
const MARK = 'BENCH-MODEL ';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, dir: { type: 'string', default: 'data/scale' }, child: { type: 'boolean', default: false } } });

if (values.child) {
  const { join } = await import('node:path');
  const { judgeData } = await import('../src/pipeline/judge-data.ts');
  const { reportModelFor } = await import('../src/pipeline/report-model.ts');
  const dir = values.dir!;
  const paths = { sla: 'content/sla', tickets: join(dir, 'tickets.csv'), events: join(dir, 'events.csv'), releases: join(dir, 'releases.csv') };
  const data = await judgeData(paths);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { model } = await reportModelFor(data, paths, { complaints: null, backups: null });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`${MARK}${JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1e6, tickets: model.tickets.length, clients: model.clients.length, months: model.months.length })}\n`);
  process.exit(0);
}

interface Run {
  wall: number;
  cpu: number;
  tickets: number;
  clients: number;
  months: number;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const self = fileURLToPath(import.meta.url);
const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
const runs: Run[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const out = execFileSync(process.execPath, ['--max-old-space-size=1536', '--import', 'tsx', self, '--child', '--dir', values.dir!], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = out.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`run ${i + 1} printed no figures`);
  const run = JSON.parse(line.slice(MARK.length)) as Run;
  runs.push(run);
  console.log(`run ${i + 1}: ${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} CPU-s`);
}
const wall = median(runs.map((r) => r.wall));
const cpu = median(runs.map((r) => r.cpu));
console.log(`\nreport model of ${runs[0].tickets} tickets, ${runs[0].clients} clients, ${runs[0].months} months: median ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} CPU-s over ${runs.length} fresh processes`);
console.log(`machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, load before ${load}, after ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${wall <= TARGET_SECONDS ? 'OK' : 'NOT MET'}: target ≤ ${TARGET_SECONDS} s (median wall, in a fresh process)`);
