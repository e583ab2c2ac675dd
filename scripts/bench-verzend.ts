// Benchmark (not a test): `verzend` for one month of the scale data set (node --import tsx
// scripts/generate-data.ts --scale writes data/scale/): a dry run (render every client's PDF,
// build and write every message), then --send of those messages to an SMTP server in this
// process on 127.0.0.1 (smtp-server with the test certificate, STARTTLS and login as in the
// tests), with no pause between messages. Each step runs in a child process of its own, which
// judges the data and then times only the step: wall time, CPU (the step and its PDF workers;
// not the server) and the child's peak memory. Every client gets a contact in a reserved
// example domain; nothing leaves the machine. Checks that every message arrived exactly once
// and equals its .eml byte for byte. Target: peak memory of a step under 1.5 GB (as the PDFs);
// the other figures are for comparing before and after a change on one machine.
//
//   node --import tsx scripts/bench-verzend.ts [--data data/scale] [--month YYYY-MM]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import type { Contact } from '../src/delivery/contacts.ts';
import { emlName } from '../src/delivery/outbox.ts';
import { monthPdfs } from '../src/delivery/render.ts';
import { deliverMonth } from '../src/delivery/run.ts';
import { smtpSender } from '../src/delivery/smtp.ts';
import { buildMonth } from '../src/pdf/build-step.ts';
import { clientsWithStoringen } from '../src/pdf/write.ts';
import { judgeData } from '../src/pipeline/judge-data.ts';
import { reportModelFor } from '../src/pipeline/report-model.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, month: { type: 'string' }, step: { type: 'string' }, outbox: { type: 'string' }, port: { type: 'string' } } });
const dir = values.data ?? 'data/scale';
if (!existsSync(join(dir, 'tickets.csv'))) {
  process.stderr.write(`${dir}/tickets.csv ontbreekt; maak de schaaldata met: node --import tsx scripts/generate-data.ts --scale\n`);
  process.exit(2);
}
const CERT = 'test/fixtures/delivery/smtp-test-cert.pem';
const TARGET_RSS_MB = 1536;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

interface StepFigures {
  clients: number;
  wall: number;
  cpu: number;
  peakMb: number;
  statuses: Record<string, number>;
  month: string;
  ids: string[];
}

/** One step in this (child) process: judge the data, then time the verzend run. */
async function step(kind: 'dry' | 'send', outbox: string, port: number): Promise<StepFigures> {
  const paths = { sla: 'content/sla', tickets: join(dir, 'tickets.csv'), events: join(dir, 'events.csv'), releases: join(dir, 'releases.csv') };
  const data = await judgeData(paths);
  const { model } = await reportModelFor(data, paths, { complaints: null, backups: null });
  const month = values.month ?? buildMonth(model)!;
  const ids = clientsWithStoringen(model, month);
  const clients = new Map(model.clients.map((c) => [c.id, c]));
  const contacts: Contact[] = ids.map((id, i) => ({ clientId: id, name: clients.get(id)!.name, to: [`praktijk${i}@example.org`], cc: [], optOut: false, product: clients.get(id)!.products[0] as Contact['product'], line: i + 2 }));
  const sender = kind === 'send' ? smtpSender({ host: '127.0.0.1', port, user: 'bench', password: 'bench', ca: readFileSync(CERT, 'utf8') }) : null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await deliverMonth({ model, month, contacts, leveranciers: data.leveranciers, outbox, sendLog: join(outbox, 'verzendlog.jsonl'), renderPdfs: monthPdfs(model, month), sender, again: false, only: null, pauseMs: 0, asOf: new Date(data.asOf).toISOString(), now: () => new Date() });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  sender?.close();
  const statuses: Record<string, number> = {};
  for (const r of result.rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return { clients: ids.length, wall, cpu: (cpu.user + cpu.system) / 1e6, peakMb: mb(process.resourceUsage().maxRSS * 1024), statuses, month, ids };
}

if (values.step === 'dry' || values.step === 'send') {
  process.stdout.write(JSON.stringify(await step(values.step, values.outbox!, Number(values.port ?? 0))));
  process.exit(0);
}

// The test server: keeps a hash of every message per client (from its Message-ID: <month.client.hash.n@domain>).
const received = new Map<string, string[]>();
const server = new SMTPServer({
  secure: false,
  key: readFileSync('test/fixtures/delivery/smtp-test-key.pem'),
  cert: readFileSync(CERT),
  authMethods: ['PLAIN'],
  logger: false,
  onAuth: (auth, _s, cb) => cb(null, { user: auth.username }),
  onData(stream, _s, cb) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const head = raw.subarray(0, raw.indexOf('\r\n\r\n')).toString('latin1');
      const id = head.match(/^Message-ID: <\d{4}-\d{2}\.(.+?)\.[0-9a-f]{12}\.\d+@/m)?.[1] ?? '?';
      received.set(id, [...(received.get(id) ?? []), createHash('sha256').update(raw).digest('hex')]);
      cb(null, 'OK');
    });
  },
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.server.address() as AddressInfo).port;
const outbox = mkdtempSync(join(os.tmpdir(), 'bench-verzend-'));

/** Runs a step in a child process; the server here keeps answering while it waits (the child is asynchronous). */
function child(kind: 'dry' | 'send'): Promise<StepFigures> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', 'scripts/bench-verzend.ts', '--step', kind, '--outbox', outbox, '--port', String(port), '--data', dir, ...(values.month ? ['--month', values.month] : [])];
    const c = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    c.on('error', reject).on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as StepFigures) : reject(new Error(`${kind}: exit ${code}`))));
  });
}

const show = (label: string, f: StepFigures) => console.log(`${label}: ${f.wall.toFixed(1)} s wall, ${f.cpu.toFixed(1)} CPU-s (${((f.cpu / f.clients) * 1000).toFixed(1)} ms per client), peak RSS ${f.peakMb} MB (the child, judging included); ${JSON.stringify(f.statuses)}`);
console.log(`load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);
const dry = await child('dry');
console.log(`${dry.month}: ${dry.clients} clients with a report`);
show('dry run (PDFs, messages, outbox)', dry);
const sent = await child('send');
show('--send (PDFs again, compare, deliver)', sent);
await new Promise<void>((resolve) => server.close(() => resolve()));

const once = dry.ids.every((id) => received.get(id)?.length === 1);
const same = dry.ids.every((id) => received.get(id)?.[0] === createHash('sha256').update(readFileSync(join(outbox, dry.month, emlName(id)))).digest('hex'));
console.log(`every client exactly once: ${once}, every message equal to its .eml: ${same}`);
rmSync(outbox, { recursive: true, force: true });
const ok = dry.statuses.klaar === dry.clients && sent.statuses.verzonden === dry.clients && once && same;
const memory = Math.max(dry.peakMb, sent.peakMb) < TARGET_RSS_MB;
console.log(`${ok ? 'OK' : 'NOT OK'}; memory ${memory ? 'OK' : 'NOT MET'}: target < ${TARGET_RSS_MB} MB peak per step`);
process.exit(ok && memory ? 0 : 1);
