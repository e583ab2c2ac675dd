// Writes a month's PDFs: one per client with storingen in the month
// (<out>/<YYYY-MM>/<output name of the client>.pdf, see src/report/output-names.ts)
// and the management report (management.pdf); nothing is written when two names
// would be one file.
// Many clients are spread over worker threads; each gets the shared part of the
// model once and then only its clients' own parts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '../report/model.ts';
import { clientSlice, ticketsByClient } from '../report/client-slice.ts';
import { monthName, outputName, requireDistinctNames } from '../report/output-names.ts';
import { compactJob, runClientJob, sharedView, type CompactJob } from './jobs.ts';
import { managementReportPdf } from './management-report.ts';
import { progress } from './progress.ts';

export interface WriteOptions {
  outDir: string;
  month: string;
  /** Only these clients (default: every client with storingen in the month). */
  clientIds?: string[];
  management?: boolean;
  /** Worker threads; default: none for a few reports, else one per core (at most 4). */
  workers?: number;
  /** PDF worker threads started earlier (pdfWorker), used instead of starting that many new ones. */
  started?: Worker[];
}

export interface WriteResult {
  clientFiles: string[];
  managementFile: string | null;
}

const BATCH = 16;
/**
 * Young generation of a worker: rendering allocates many short-lived objects, and
 * V8's small default semi-spaces made the workers spend a large share of their
 * time in scavenges.
 */
const YOUNG_GENERATION_MB = 96;

/** Clients with storingen registered or resolved in the month, or open at its end. */
export function clientsWithStoringen(model: ReportModel, month: string): string[] {
  return model.clients.filter((c) => c.months.some((m) => m.month === month && m.tickets.length > 0)).map((c) => c.id);
}

const fileName = (clientId: string) => `${outputName(clientId)}.pdf`;

/** The default number of worker threads for this many reports. */
export const defaultWorkers = (reports: number): number => (reports < 64 ? 0 : Math.min(availableParallelism(), 4));

/**
 * A PDF worker thread. Loading the TypeScript, pdfkit and the fonts takes a while: a
 * caller can start workers early (e.g. while the data is judged) and hand them to
 * writeMonthReports (`started`).
 */
export function pdfWorker(): Worker {
  const worker = new Worker(new URL('./worker.mjs', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  worker.unref();
  return worker;
}

export async function writeMonthReports(model: ReportModel, opts: WriteOptions): Promise<WriteResult> {
  const dir = join(opts.outDir, monthName(opts.month));
  const ids = opts.clientIds ?? clientsWithStoringen(model, opts.month);
  requireDistinctNames(`Klantrapporten ${opts.month}`, ids, opts.management === false ? [] : ['management']);
  mkdirSync(dir, { recursive: true });
  const workers = opts.workers ?? defaultWorkers(ids.length);
  const bar = progress(ids.length, `Rapporten ${opts.month}`);
  const management = opts.management === false ? null : join(dir, 'management.pdf');
  const writeManagement = async () => {
    if (management) writeFileSync(management, await managementReportPdf(model, opts.month));
  };
  if (workers === 0) {
    const byClient = ticketsByClient(model.tickets);
    let done = 0;
    for (const clientId of ids) {
      await runClientJob({ view: clientSlice(model, clientId, byClient), clientId, month: opts.month, file: join(dir, fileName(clientId)) });
      bar.tick(++done);
    }
    await writeManagement();
  } else {
    await inWorkers(model, ids, opts.month, dir, workers, opts.started ?? [], (done) => bar.tick(done), writeManagement);
  }
  bar.finish();
  return { clientFiles: ids.map((id) => join(dir, fileName(id))), managementFile: management };
}

/** The client jobs, made as they are sent: each with only that client's report and rows. */
function* compactJobs(model: ReportModel, ids: string[], month: string, dir: string): Generator<CompactJob> {
  const clients = new Map(model.clients.map((c) => [c.id, c]));
  const byClient = ticketsByClient(model.tickets);
  for (const clientId of ids) {
    const client = clients.get(clientId);
    if (!client) throw new Error(`unknown client ${clientId}`);
    yield compactJob(model, client, byClient.get(clientId), month, join(dir, fileName(clientId)));
  }
}

/** Runs the jobs on a pool of worker threads, two batches in flight per worker; `meanwhile` runs on this thread. */
async function inWorkers(
  model: ReportModel,
  ids: string[],
  month: string,
  dir: string,
  count: number,
  started: Worker[],
  onDone: (done: number) => void,
  meanwhile: () => Promise<void>,
): Promise<void> {
  const pool = started.slice(0, count);
  while (pool.length < count) pool.push(pdfWorker());
  for (const w of pool) w.ref();
  const shared = sharedView(model);
  const jobs = compactJobs(model, ids, month, dir);
  let done = 0;
  const nextBatch = (): CompactJob[] => {
    const batch: CompactJob[] = [];
    for (let r = jobs.next(); !r.done; r = jobs.next()) if (batch.push(r.value) === BATCH) break;
    return batch;
  };
  try {
    const finished = pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const send = () => {
            const batch = nextBatch();
            if (batch.length === 0) return false;
            inFlight++;
            worker.postMessage({ batch });
            return true;
          };
          worker.on('message', (m: { done?: number; error?: string }) => {
            if (m.error) return reject(new Error(`PDF-worker: ${m.error}`));
            inFlight--;
            onDone((done += m.done!));
            send();
            if (inFlight === 0) resolve();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => code !== 0 && reject(new Error(`PDF-worker stopte met code ${code}`)));
          worker.postMessage({ shared });
          if (!send()) resolve();
          else send();
        }),
    );
    await meanwhile();
    await Promise.all(finished);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
