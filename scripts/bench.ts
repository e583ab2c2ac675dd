// Benchmark (npm run bench; not a test): engine throughput on 1,000,000 synthetic
// tickets with waits, and on the same tickets the business-hours library
// dayjs-business-time doing the same dienstvenster work, with every answer compared.
//
// dayjs works in the process's local time zone, so TZ is set before anything
// loads it (all project imports below are dynamic for that reason).
process.env.TZ = 'Europe/Amsterdam';

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const tzWorks = new Date(Date.UTC(2025, 0, 1, 7)).getHours() === 8 && new Date(Date.UTC(2025, 6, 1, 6)).getHours() === 8;
if (!tzWorks) {
  if (process.env.BENCH_CHILD) throw new Error('TZ=Europe/Amsterdam does not take effect, even in a child process');
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'Europe/Amsterdam', BENCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const { parseSlaMdx } = await import('../src/contract/parse.ts');
const { compileContract } = await import('../src/engine/contract.ts');
const { createEngine } = await import('../src/engine/evaluate.ts');
const { daysFromCivil } = await import('../src/engine/civil.ts');
const { generateTickets } = await import('./bench/tickets.ts');
const { configurePeer, peerJudge } = await import('./bench/peer.ts');
const { comparableTickets, compareAll, mergeResults } = await import('./bench/compare.ts');
const { Worker } = await import('node:worker_threads');
type PeerResult = ReturnType<typeof peerJudge>;
type CompareResult = ReturnType<typeof compareAll>;
const { DateTime } = await import('luxon');

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const SEED = 20250101;
const PASSES = 5;
const PEER_SUBSET = 20_000;
/** Comparable tickets beyond the timed subset that are also checked (all of them with --all). */
const SAMPLE = 20_000;
const ALL = process.argv.includes('--all');
const TARGET_RATE = 1_000_000;
const TARGET_RATIO = 100;

const sla = parseSlaMdx(readFileSync(new URL('../content/sla/intramed-sla.mdx', import.meta.url), 'utf8'), 'intramed-sla.mdx').frontmatter;
const contract = compileContract(sla);
const release = (version: string, date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return { version, dayNumber: daysFromCivil(y, m, d), halfYearly: true };
};
const engine = createEngine({
  contracts: [contract],
  releases: [release('2025.1', '2025-01-14'), release('2025.2', '2025-07-15'), release('2026.1', '2026-01-13'), release('2026.2', '2026-07-14')],
});
const asOf = DateTime.fromISO('2026-06-01T00:00', { zone: 'Europe/Amsterdam' }).toMillis();
const fmt = (ms: number | null) => (ms === null ? 'null' : DateTime.fromMillis(ms, { zone: 'Europe/Amsterdam' }).toFormat('ccc yyyy-MM-dd HH:mm'));
const num = (n: number) => Math.round(n).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = () => performance.now();

const cpus = os.cpus();
console.log('SLA engine benchmark');
console.log(`machine: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.release()}, TZ=${process.env.TZ}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

// --- Tickets (not timed) ---------------------------------------------------
let t0 = now();
const { tickets, stats } = generateTickets(contract.calendar, TICKETS, SEED, asOf);
console.log(
  `tickets: ${num(stats.tickets)} generated in ${((now() - t0) / 1000).toFixed(1)} s (seed ${SEED}, not timed): ` +
    `${num(stats.withWaits)} with waits, ${num(stats.open)} open (${num(stats.openWaiting)} waiting), ` +
    `${num(stats.statusUpdates)} status updates, ${num(stats.atWindowEdge)} registered on a window edge, ${num(stats.events)} events; as-of ${fmt(asOf)}`,
);

// --- Engine: all tickets, main thread ----------------------------------------
let sink = 0;
let lastCpuMs = 0;
function enginePass(list: typeof tickets): number {
  const cpu = process.cpuUsage();
  const start = now();
  let s = 0;
  for (let i = 0; i < list.length; i++) {
    const j = engine.evaluate(list[i], asOf);
    s += j.kind === 'judged' ? (j.evaluation.deadline ?? 1) : 2;
  }
  const wall = now() - start;
  const used = process.cpuUsage(cpu);
  lastCpuMs = (used.user + used.system) / 1000;
  sink += s;
  return wall;
}
enginePass(tickets); // warm-up (also builds the calendar years)
const passMs: number[] = [];
const passCpuMs: number[] = [];
for (let p = 0; p < PASSES; p++) {
  passMs.push(enginePass(tickets));
  passCpuMs.push(lastCpuMs);
}
const engineRate = TICKETS / (median(passMs) / 1000);
console.log(`\nengine, all ${num(TICKETS)} tickets, main thread, 1 warm-up pass + ${PASSES} timed passes of evaluate(ticket, asOf):`);
console.log(`  wall ${passMs.map((ms) => ms.toFixed(0)).join(' / ')} ms -> median ${num(engineRate)} tickets/s (best pass ${num(TICKETS / (Math.min(...passMs) / 1000))}/s)`);
console.log(`  process CPU ${passCpuMs.map((ms) => ms.toFixed(0)).join(' / ')} ms (incl. GC helper threads) -> median ${num(TICKETS / (median(passCpuMs) / 1000))} tickets per CPU-second`);

// --- Comparison set ----------------------------------------------------------
const holidays: string[] = [];
for (const y of [2025, 2026]) {
  for (const d of contract.calendar.year(y)) {
    const wd = new Date(`${d.date}T12:00:00Z`).getUTCDay();
    if (d.closed && d.closed !== 'weekend' && wd >= 1 && wd <= 5) holidays.push(d.date);
  }
}
const dayKeys = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
const week = [null, ...dayKeys.map((k) => {
  const w = sla.dienstvensters.week[k];
  return w ? ([w.open, w.close] as const) : null;
})];
configurePeer({ week, holidays });
console.log(`\npeer: dayjs-business-time, dienstvenster ${dayKeys.map((k, i) => `${k.slice(0, 2)} ${week[i + 1]?.join('-') ?? 'dicht'}`).join(', ')}`);
console.log(`      holidays (weekday feestdagen 2025-2026): ${holidays.join(' ')}`);

const comparable = comparableTickets(engine, contract, tickets, asOf);
console.log(
  `"can express" = incidents (streeftijd in dienstvenster time: "N uur" or "N werkdagen"), whole-minute instants: ${num(comparable.length)} of ${num(TICKETS)} tickets.\n` +
    `  per ticket both compute: clock start (nextBusinessTime; half-open: a start exactly at closing moves to the next opening),\n` +
    `  the target ("N uur": N*60 business minutes; "N werkdagen": addBusinessDays(N) at the same clock time, capped to that day's window,\n` +
    `  measured with businessMinutesDiff), the deadline (addBusinessMinutes, skipping business minutes inside waits) and, when resolved,\n` +
    `  the hersteltijd (businessMinutesDiff clock start -> resolution minus businessMinutesDiff inside each wait).\n` +
    `  Not expressible / not compared: bugs (calendar days, months, next release), questions (no streeftijd).`,
);

// --- Throughput on the same subset -------------------------------------------
const subset = comparable.slice(0, PEER_SUBSET);
const subsetTickets = subset.map((c) => c.ticket);
for (let i = 0; i < 500; i++) peerJudge(subset[i].peer); // warm-up
const peerResults: PeerResult[] = new Array(subset.length);
t0 = now();
for (let i = 0; i < subset.length; i++) peerResults[i] = peerJudge(subset[i].peer);
const peerMs = now() - t0;
const peerRate = subset.length / (peerMs / 1000);
enginePass(subsetTickets);
const subsetPasses: number[] = [];
for (let p = 0; p < 25; p++) subsetPasses.push(enginePass(subsetTickets));
const engineSubsetRate = subset.length / (median(subsetPasses) / 1000);
const ratio = engineSubsetRate / peerRate;
console.log(`\nsame work, first ${num(subset.length)} comparable tickets (the same ticket objects for both):`);
console.log(`  engine: full evaluate() (which also does status update, at-risk and status), median of 25 passes: ${num(engineSubsetRate)} tickets/s`);
console.log(`  peer:   one timed pass after a 500-ticket warm-up, ${(peerMs / 1000).toFixed(1)} s: ${num(peerRate)} tickets/s`);
console.log(`          (extrapolated: ${num(comparable.length / peerRate)} s for all ${num(comparable.length)} comparable tickets, ${num(TICKETS / peerRate)} s for ${num(TICKETS)})`);
console.log(`  ratio engine/peer: ${ratio.toFixed(0)}x`);

// --- Correctness ---------------------------------------------------------------
// The timed subset is checked with the answers from its timed pass; beyond it a
// deterministic sample (every k-th ticket; all with --all) is checked on worker threads.
t0 = now();
let result = compareAll(subset, peerResults);
const rest = comparable.slice(PEER_SUBSET);
const stride = ALL ? 1 : Math.max(1, Math.ceil(rest.length / SAMPLE));
const sample = rest.filter((_, i) => i % stride === 0);
const workers = Math.max(1, Math.min(os.availableParallelism?.() ?? cpus.length, 4));
const shares = await Promise.all(
  Array.from({ length: workers }, (_, w) =>
    new Promise<CompareResult>((resolve, reject) => {
      const worker = new Worker(new URL('./bench/compare-worker.mjs', import.meta.url), {
        workerData: { setup: { week, holidays }, items: sample.filter((_, i) => i % workers === w) },
      });
      worker.once('message', (r: CompareResult) => {
        resolve(r);
        void worker.terminate();
      });
      worker.once('error', reject);
    }),
  ),
);
for (const r of shares) result = mergeResults(result, r);
const compareS = (now() - t0) / 1000;
console.log(
  `\ncompared ${num(result.compared)} of ${num(comparable.length)} comparable tickets (the timed ${num(subset.length)}` +
    (ALL ? ' and all others' : ` and every ${stride}-th of the other ${num(rest.length)}; --all checks every one`) +
    `; ${workers} worker threads, ${compareS.toFixed(0)} s):\n  ${num(result.uurDeadlines)} "N uur" deadlines, ${num(result.werkdagDeadlines)} "N werkdagen" deadlines, ` +
    `${num(result.hersteltijden)} hersteltijden -> ${result.mismatchCount} mismatches; clock starts differing: ${result.clockStartDiffs}`,
);
for (const m of result.mismatches.slice(0, 5)) {
  const t = m.ticket;
  const show = (v: number | null) => (m.field === 'deadline' ? fmt(v) : `${v} min`);
  console.log(
    `  MISMATCH ${t.id} ${t.product} ${t.type} niveau ${t.niveau}, registered ${fmt(t.registeredAt)}, resolved ${fmt(t.resolvedAt)}, ` +
      `events [${t.events.map((e) => `${e.kind}@${fmt(e.at)}`).join(', ')}]: ${m.field} engine ${show(m.engine)}, peer ${show(m.peer)}`,
  );
}
console.log(
  `  half-open windows: the library put ${num(result.adapted)} of these clock starts exactly on a closing instant (its windows are closed,\n` +
    `  [08:00, 17:00]); without moving them to the next opening, ${result.unadaptedDeadline} deadlines and ${result.unadaptedHersteltijd} hersteltijden would differ.`,
);
const ex = result.unadaptedExample;
if (ex) console.log(`  e.g. ${ex.ticket.id}, ${ex.target}, registered ${fmt(ex.ticket.registeredAt)}: engine deadline ${fmt(ex.engine)}, library as-is ${fmt(ex.peer)}`);

// --- Summary -----------------------------------------------------------------
const rateOk = engineRate >= TARGET_RATE;
const ratioOk = ratio >= TARGET_RATIO;
const same = result.mismatchCount === 0;
console.log('\nsummary');
console.log(`  engine, all tickets (median wall):  ${num(engineRate).padStart(11)} tickets/s   target >= ${num(TARGET_RATE)}/s: ${rateOk ? 'PASS' : 'FAIL'}`);
console.log(`  engine, comparable subset:          ${num(engineSubsetRate).padStart(11)} tickets/s`);
console.log(`  peer dayjs-business-time, subset:   ${num(peerRate).padStart(11)} tickets/s`);
console.log(`  ratio engine/peer, same tickets:    ${(ratio.toFixed(0) + 'x').padStart(11)}             target >= ${TARGET_RATIO}x: ${ratioOk ? 'PASS' : 'FAIL'}`);
console.log(`  identical results:                  ${num(result.compared).padStart(11)} compared, ${result.mismatchCount} mismatches: ${same ? 'PASS' : 'FAIL'}`);
console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (checksum ${sink % 1000})`);
if (!same) process.exitCode = 1;
