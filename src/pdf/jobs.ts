// One unit of PDF work, as sent to a worker thread: the client's own part of the
// model (its report and the ticket rows of the report month, structured-cloned,
// so a worker never sees other clients) and where to write it. The part every
// client shares (SLA summary, norms, months) is sent to each worker once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClientReport, ReportModel, TicketRow } from '../report/model.ts';
import { sharedSlice, subjectsOf, type ClientView } from '../report/client-slice.ts';
import { clientReportPdf } from './client-report.ts';

/** What every client's view has in common: no client's figures. */
export type SharedView = Omit<ClientView, 'clients' | 'tickets' | 'subjects'>;

export interface ClientJob {
  view: ClientView;
  clientId: string;
  month: string;
  file: string;
}

/** A job as a worker receives it: the client's part only; the shared part came before. */
export interface CompactJob {
  client: ClientReport;
  /** The client's ticket rows that the report month refers to. */
  tickets: TicketRow[];
  /** The subjects of those tickets, when read (client-slice.ts). */
  subjects: Record<string, string>;
  month: string;
  file: string;
}

export function sharedView(model: ReportModel): SharedView {
  return sharedSlice(model);
}

/** The client's job: its report and only the rows of the tickets listed for the month. */
export function compactJob(model: Pick<ReportModel, 'subjects'>, client: ClientReport, rows: TicketRow[] | undefined, month: string, file: string): CompactJob {
  const ids = new Set(client.months.find((m) => m.month === month)?.tickets ?? []);
  const tickets: TicketRow[] = [];
  if (rows) for (const t of rows) if (ids.has(t.id)) tickets.push(t);
  return { client, tickets, subjects: subjectsOf(model, client.id, tickets), month, file };
}

export function viewOf(shared: SharedView, job: CompactJob): ClientView {
  return { ...shared, clients: [job.client], tickets: job.tickets, subjects: job.subjects };
}

const madeDirs = new Set<string>();

function writePdf(file: string, pdf: Buffer): void {
  const dir = dirname(file);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  writeFileSync(file, pdf);
}

export async function runClientJob(job: ClientJob): Promise<void> {
  writePdf(job.file, await clientReportPdf(job.view, job.clientId, job.month));
}

export async function runCompactJob(shared: SharedView, job: CompactJob): Promise<void> {
  writePdf(job.file, await clientReportPdf(viewOf(shared, job), job.client.id, job.month));
}
