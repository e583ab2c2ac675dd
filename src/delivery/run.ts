// One verzend run for a month: every client with a report that month gets a row
// in the manifest and, when it has a contact that has not opted out and its report
// was not sent before, a message with exactly its own PDF. A dry run stops after
// the outbox; with a sender each message goes in turn, recorded in the send log
// before the next one.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LeveranciersContent } from '../contract/leveranciers.ts';
import { outputName } from '../report/output-names.ts';
import type { ClientReport, ReportModel } from '../report/model.ts';
import { clientsWithStoringen } from '../pdf/write.ts';
import { formatDateTime } from '../words/index.ts';
import { composeMessage, senderFor } from './compose.ts';
import type { Contact } from './contacts.ts';
import { buildMessage, messageIdFor, type BuiltMessage } from './mime.ts';
import { clearMonthOutbox, writeEml, writeManifest, type ManifestRow } from './outbox.ts';
import { lockOutbox } from './outbox-lock.ts';
import { pdfMismatch } from './pdf-title.ts';
import type { RenderPdfs } from './render.ts';
import { appendSendLog, lastSend, readSendLog, sendCount, type SendLog } from './send-log.ts';
import type { Sender } from './smtp.ts';

export const SEND_LOG_FILE = 'verzendlog.jsonl';

export interface DeliveryInput {
  model: ReportModel;
  month: string;
  contacts: readonly Contact[];
  leveranciers: LeveranciersContent;
  /** The outbox root: <root>/<JJJJ-MM>/ holds the month's messages, <root>/verzendlog.jsonl the send log. */
  outbox: string;
  renderPdfs: RenderPdfs;
  /** Null: a dry run (no connection is made). */
  sender: Sender | null;
  /** --opnieuw: send a report again whose PDF changed since it was sent. */
  again: boolean;
  /** Pause between two messages. */
  pauseMs: number;
  now: () => Date;
  /** Called after each message sent or failed (progress). */
  onSent?: (row: ManifestRow) => void;
}

export interface DeliveryResult {
  rows: ManifestRow[];
  monthDir: string;
  manifest: string;
  sendLog: string;
  /** Lines of the send log cut off by a crash (counted as sent when their client, month and hash were complete). */
  tornLogLines: number[];
}

export const attachmentName = (month: string, clientId: string) => `servicerapportage-${month}-${outputName(clientId)}.pdf`;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function baseRow(client: ClientReport, contact: Contact | undefined): ManifestRow {
  return { client: client.id, name: client.name, to: contact?.to ?? [], cc: contact?.cc ?? [], subject: '', pdfFile: '', pdfSha256: '', status: 'klaar', note: '', messageId: '', replaces: false };
}

interface Prepared {
  row: ManifestRow;
  message: BuiltMessage | null;
  pdfSha256: string;
}

/** What to do with one client that has a contact: refuse, skip as sent or changed, or a message ready to go. */
async function prepare(input: DeliveryInput, log: SendLog, client: ClientReport, contact: Contact, pdf: Buffer | undefined): Promise<Prepared> {
  const { month, model } = input;
  const row = baseRow(client, contact);
  if (pdf === undefined) return { row: { ...row, status: 'geweigerd', note: 'geen PDF voor deze klant gemaakt' }, message: null, pdfSha256: '' };
  row.pdfSha256 = sha256(pdf);
  row.pdfFile = attachmentName(month, client.id);
  // Safety: the one attachment must be this client's report of this month, read back from its own bytes.
  const mismatch = pdfMismatch(pdf, month, client.name, client.id);
  if (mismatch) return { row: { ...row, status: 'geweigerd', note: mismatch }, message: null, pdfSha256: row.pdfSha256 };
  const last = lastSend(log, client.id, month);
  const when = (at: string) => (at ? `op ${formatDateTime(at)}` : 'eerder');
  if (last && last.pdfSha256 === row.pdfSha256) return { row: { ...row, status: 'al verzonden', note: `verzonden ${when(last.sentAt)}`, messageId: last.messageId }, message: null, pdfSha256: row.pdfSha256 };
  if (last && !input.again) {
    return { row: { ...row, status: 'gewijzigd', note: `gewijzigd sinds verzending ${when(last.sentAt)}; opnieuw versturen met --opnieuw` }, message: null, pdfSha256: row.pdfSha256 };
  }
  const { leverancier, sender } = senderFor(model, input.leveranciers.leveranciers, input.leveranciers.file, contact.product);
  const fields = composeMessage({ model, client, month, contact, leverancier, sender, attachmentName: row.pdfFile, replacesSentAt: last ? last.sentAt : null });
  const messageId = messageIdFor(fields, row.pdfSha256, sendCount(log, client.id, month) + 1);
  const message = await buildMessage(fields, pdf, messageId, input.now());
  const note = last ? `vervangt de versie verzonden ${when(last.sentAt)} (--opnieuw)` : '';
  return { row: { ...row, subject: fields.subject, messageId, note, replaces: last !== undefined }, message, pdfSha256: row.pdfSha256 };
}

export async function deliverMonth(input: DeliveryInput): Promise<DeliveryResult> {
  const { model, month } = input;
  const contacts = new Map(input.contacts.map((c) => [c.clientId, c]));
  const clients = new Map(model.clients.map((c) => [c.id, c]));
  const ids = clientsWithStoringen(model, month);
  const wanted = ids.filter((id) => contacts.has(id) && !contacts.get(id)!.optOut);
  // Every Leverancier that sends must have sender details: checked before anything is written.
  for (const id of wanted) senderFor(model, input.leveranciers.leveranciers, input.leveranciers.file, contacts.get(id)!.product);
  const release = lockOutbox(input.outbox);
  try {
    const sendLog = join(input.outbox, SEND_LOG_FILE);
    const log = readSendLog(sendLog);
    const pdfs = await input.renderPdfs(wanted);
    const monthDir = join(input.outbox, month);
    clearMonthOutbox(monthDir);
    const prepared: Prepared[] = [];
    for (const id of ids) {
      const client = clients.get(id)!;
      const contact = contacts.get(id);
      if (!contact) prepared.push({ row: { ...baseRow(client, undefined), status: 'geen contact', note: 'geen regel in het contactenbestand' }, message: null, pdfSha256: '' });
      else if (contact.optOut) prepared.push({ row: { ...baseRow(client, contact), status: 'afgemeld', note: 'opt_out: ja' }, message: null, pdfSha256: '' });
      else prepared.push(await prepare(input, log, client, contact, pdfs.get(id)));
    }
    for (const p of prepared) if (p.message) writeEml(monthDir, p.row.client, p.message.eml);
    const rows = prepared.map((p) => p.row);
    let manifest = writeManifest(monthDir, rows);
    if (input.sender) {
      // The manifest then says what happened to each message, also when the run stops on an error.
      try {
        await sendAll(input, input.sender, prepared, log, sendLog);
      } finally {
        manifest = writeManifest(monthDir, rows);
      }
    }
    return { rows, monthDir, manifest, sendLog, tornLogLines: log.tornLines };
  } finally {
    release();
  }
}

/** Messages in a row that still failed after their retries (4xx, connection) before the run gives up: the server is in trouble. */
export const MAX_FAILURES_IN_A_ROW = 3;

/** Sends the ready messages in turn; each delivered one is in the send log (on disk) before the next goes. */
async function sendAll(input: DeliveryInput, sender: Sender, prepared: Prepared[], log: SendLog, sendLog: string): Promise<void> {
  const ready = prepared.filter((p) => p.message !== null);
  let stopped: string | null = null;
  let inARow = 0;
  for (const [i, p] of ready.entries()) {
    if (stopped !== null) {
      Object.assign(p.row, { status: 'mislukt', note: `niet geprobeerd: ${stopped}` });
      continue;
    }
    if (i > 0 && input.pauseMs > 0) await sleep(input.pauseMs);
    const outcome = await sender.send(p.message!);
    if (outcome.ok) {
      const rejected = new Set(outcome.rejected);
      const recipients = p.message!.envelope.to.filter((a) => !rejected.has(a));
      appendSendLog(sendLog, log, { client: p.row.client, month: input.month, pdfSha256: p.pdfSha256, messageId: p.message!.messageId, recipients, sentAt: input.now().toISOString() });
      // Accepted for some recipients only: logged as sent (those have it, never twice), reported as failed for the rest.
      if (rejected.size > 0) Object.assign(p.row, { status: 'mislukt', note: `afgeleverd bij ${recipients.join(', ')}; geweigerd voor ${[...rejected].join(', ')} (${outcome.response})` });
      else Object.assign(p.row, { status: 'verzonden' });
      inARow = 0;
    } else {
      Object.assign(p.row, { status: 'mislukt', note: `${outcome.reason} (${outcome.attempts} ${outcome.attempts === 1 ? 'poging' : 'pogingen'})` });
      inARow = outcome.permanent ? 0 : inARow + 1;
      if (outcome.stop) stopped = outcome.reason;
      else if (inARow === MAX_FAILURES_IN_A_ROW) stopped = `${MAX_FAILURES_IN_A_ROW} berichten achter elkaar mislukt, laatste: ${outcome.reason}`;
    }
    input.onSent?.(p.row);
  }
}
