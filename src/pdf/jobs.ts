// One unit of PDF work, as sent to a worker thread: the client's slice of the
// model (structured-cloned, so a worker never sees other clients) and where to write it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClientView } from '../report/client-slice.ts';
import { clientReportPdf } from './client-report.ts';

export interface ClientJob {
  view: ClientView;
  clientId: string;
  month: string;
  file: string;
}

export async function runClientJob(job: ClientJob): Promise<void> {
  const pdf = await clientReportPdf(job.view, job.clientId, job.month);
  mkdirSync(dirname(job.file), { recursive: true });
  writeFileSync(job.file, pdf);
}
