// Benchmark (not a test): `verzend` for one month of the scale data set (node --import tsx
// scripts/generate-data.ts --scale writes data/scale/): a dry run (render every client's PDF,
// build and write every message), then --send of those messages to an SMTP server in this
// process on 127.0.0.1 (smtp-server with the test certificate, STARTTLS and login as in the
// tests), with no pause between messages. Every client gets a contact in a reserved example
// domain; nothing leaves the machine. Checks that every message arrived exactly once and
// equals its .eml byte for byte, and reports wall time, CPU (this process: the run, its PDF
// workers and the server) and peak memory per step. No target: the figures are for comparing
// before and after a change on one machine.
//
//   node --import tsx scripts/bench-verzend.ts [--data data/scale] [--month YYYY-MM]
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
import { deliverMonth, type DeliveryInput } from '../src/delivery/run.ts';
import { smtpSender } from '../src/delivery/smtp.ts';
import { buildMonth } from '../src/pdf/build-step.ts';
import { clientsWithStoringen } from '../src/pdf/write.ts';
import { judgeData } from '../src/pipeline/judge-data.ts';
import { reportModelFor } from '../src/pipeline/report-model.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, month: { type: 'string' } } });
const dir = values.data ?? 'data/scale';
if (!existsSync(join(dir, 'tickets.csv'))) {
  process.stderr.write(`${dir}/tickets.csv ontbreekt; maak de schaaldata met: node --import tsx scripts/generate-data.ts --scale\n`);
  process.exit(2);
}
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const paths = { sla: 'content/sla', tickets: join(dir, 'tickets.csv'), events: join(dir, 'events.csv'), releases: join(dir, 'releases.csv') };
const data = await judgeData(paths);
const { model } = await reportModelFor(data, paths, { complaints: null, backups: null });
const month = values.month ?? buildMonth(model)!;
const ids = clientsWithStoringen(model, month);
const clients = new Map(model.clients.map((c) => [c.id, c]));
const contacts: Contact[] = ids.map((id, i) => ({ clientId: id, name: clients.get(id)!.name, to: [`praktijk${i}@example.org`], cc: [], optOut: false, product: clients.get(id)!.products[0] as Contact['product'], line: i + 2 }));

// The test server: keeps a hash of every message per client (the subject ends in "(debiteurnummer)").
const CERT = 'test/fixtures/delivery/smtp-test-cert.pem';
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
const base: DeliveryInput = { model, month, contacts, leveranciers: data.leveranciers, outbox, sendLog: join(outbox, 'verzendlog.jsonl'), renderPdfs: monthPdfs(model, month), sender: null, again: false, only: null, pauseMs: 0, asOf: new Date(data.asOf).toISOString(), now: () => new Date() };

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await run();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`${label}: ${wall.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} CPU-s (${((cpuSeconds / ids.length) * 1000).toFixed(1)} ms per client), peak RSS ${mb(peak)} MB`);
  return result;
}

console.log(`${month}: ${ids.length} clients with a report; load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);
const dry = await timed('dry run (PDFs, messages, outbox)', () => deliverMonth(base));
const sender = smtpSender({ host: '127.0.0.1', port, user: 'bench', password: 'bench', ca: readFileSync(CERT, 'utf8') });
const sent = await timed('--send (PDFs again, compare, deliver)', () => deliverMonth({ ...base, sender }));
sender.close();
await new Promise<void>((resolve) => server.close(() => resolve()));

const ready = dry.rows.filter((r) => r.status === 'klaar').length;
const delivered = sent.rows.filter((r) => r.status === 'verzonden').length;
const once = ids.every((id) => received.get(id)?.length === 1);
const same = ids.every((id) => received.get(id)?.[0] === createHash('sha256').update(readFileSync(join(outbox, month, emlName(id)))).digest('hex'));
console.log(`ready ${ready}, delivered ${delivered}, every client exactly once: ${once}, every message equal to its .eml: ${same}`);
rmSync(outbox, { recursive: true, force: true });
const ok = ready === ids.length && delivered === ids.length && once && same;
console.log(ok ? 'OK' : 'NOT OK');
process.exit(ok ? 0 : 1);
