// Writes a month's PDFs: one per client with storingen in the month
// (<out>/<YYYY-MM>/<clientId>.pdf) and the management report (management.pdf).
// Many clients are spread over worker threads; each gets only its clients' slices.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '../report/build-model.ts';
import { clientSlice, ticketsByClient } from '../report/client-slice.ts';
import { runClientJob, type ClientJob } from './jobs.ts';
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
}

export interface WriteResult {
  clientFiles: string[];
  managementFile: string | null;
}

const BATCH = 16;

/** Clients with storingen registered or resolved in the month, or open at its end. */
export function clientsWithStoringen(model: ReportModel, month: string): string[] {
  return model.clients.filter((c) => c.months.some((m) => m.month === month && m.tickets.length > 0)).map((c) => c.id);
}

const fileName = (clientId: string) => `${clientId.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;

export async function writeMonthReports(model: ReportModel, opts: WriteOptions): Promise<WriteResult> {
  const dir = join(opts.outDir, opts.month);
  mkdirSync(dir, { recursive: true });
  const ids = opts.clientIds ?? clientsWithStoringen(model, opts.month);
  const byClient = ticketsByClient(model.tickets);
  const jobs = function* (): Generator<ClientJob> {
    for (const clientId of ids) yield { view: clientSlice(model, clientId, byClient), clientId, month: opts.month, file: join(dir, fileName(clientId)) };
  };
  const workers = opts.workers ?? (ids.length < 64 ? 0 : Math.min(availableParallelism(), 4));
  const bar = progress(ids.length, `Rapporten ${opts.month}`);
  const management = opts.management === false ? null : join(dir, 'management.pdf');
  const writeManagement = async () => {
    if (management) writeFileSync(management, await managementReportPdf(model, opts.month));
  };
  if (workers === 0) {
    let done = 0;
    for (const job of jobs()) {
      await runClientJob(job);
      bar.tick(++done);
    }
    await writeManagement();
  } else {
    await inWorkers(jobs(), workers, (done) => bar.tick(done), writeManagement);
  }
  bar.finish();
  return { clientFiles: ids.map((id) => join(dir, fileName(id))), managementFile: management };
}

/** Runs the jobs on a pool of worker threads, two batches in flight per worker; `meanwhile` runs on this thread. */
async function inWorkers(jobs: Iterator<ClientJob>, count: number, onDone: (done: number) => void, meanwhile: () => Promise<void>): Promise<void> {
  const pool = Array.from({ length: count }, () => new Worker(new URL('./worker.mjs', import.meta.url)));
  let done = 0;
  const nextBatch = (): ClientJob[] => {
    const batch: ClientJob[] = [];
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
            worker.postMessage(batch);
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
