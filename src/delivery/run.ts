// One verzend run for a month: every client with a report that month gets a row
// in the manifest and, when it has a contact that has not opted out and its report
// was not sent before, a message with exactly its own PDF. A dry run writes those
// messages into the outbox for review. --send builds each message again and sends
// the reviewed bytes only when they are still the same (else the client waits for a
// new dry run); each step of each message is in the send log before the next one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LeveranciersContent } from '../contract/leveranciers.ts';
import { outputName } from '../report/output-names.ts';
import type { ClientReport, ReportModel } from '../report/model.ts';
import { clientsWithStoringen } from '../pdf/write.ts';
import { formatDateTime } from '../words/index.ts';
import { composeMessage, senderFor } from './compose.ts';
import type { Contact } from './contacts.ts';
import { buildMessage, messageIdFor, uniqueAddresses, type BuiltMessage } from './mime.ts';
import { clearMonthOutbox, emlDate, emlName, keepSentEml, readReviewedOutbox, writeEml, writeManifest, writeReviewInfo, type ManifestRow, type ReviewedOutbox, type ReviewedRow } from './outbox.ts';
import { lockFolders } from './outbox-lock.ts';
import { pdfMismatch } from './pdf-title.ts';
import type { RenderPdfs } from './render.ts';
import { appendSendLog, entriesOf, readSendLog, SEND_LOG_NAME, sendHistory, type SendLog, type SendLogEntry } from './send-log.ts';
import type { Sender } from './smtp.ts';

export interface DeliveryInput {
  model: ReportModel;
  month: string;
  contacts: readonly Contact[];
  /** Clients whose contact row was set aside, with where and why ("data/contacts.csv:7: …"). */
  setAsideContacts?: ReadonlyMap<string, string>;
  leveranciers: LeveranciersContent;
  /** The outbox root: <root>/<JJJJ-MM>/ holds the month's messages and manifest. */
  outbox: string;
  /** The send log (one per set of clients, whatever outbox a run uses). */
  sendLog: string;
  renderPdfs: RenderPdfs;
  /** Null: a dry run (no connection is made). */
  sender: Sender | null;
  /** --opnieuw: send a report again whose PDF changed since it was sent; for the clients in `only` also one sent or possibly sent before. */
  again: boolean;
  /** --klant: only these clients (each must have a report this month); null: every client. */
  only: readonly string[] | null;
  /** The data's peildatum (ISO instant): recorded by the dry run, which --send then uses. */
  asOf: string;
  /** Pause between two messages. */
  pauseMs: number;
  now: () => Date;
  /** Called after each message sent or failed (progress). */
  onSent?: (row: ManifestRow) => void;
  /** Aborted (Ctrl-C, a stop signal): the message being sent finishes, no next one starts, the manifest is written. */
  signal?: AbortSignal;
}

export interface DeliveryResult {
  rows: ManifestRow[];
  monthDir: string;
  manifest: string;
  sendLog: string;
  /** Lines of the send log cut off by a crash. */
  tornLogLines: number[];
}

/**
 * A run that cannot go on, before anything is written or sent: --send without a dry run of the month, or with
 * another send log or other options than the dry run, or a send log in the outbox that this run would not read.
 */
export class DeliveryStop extends Error {}

export const attachmentName = (month: string, clientId: string) => `servicerapportage-${month}-${outputName(clientId)}.pdf`;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const when = (at: string) => (at ? `op ${formatDateTime(at)}` : 'eerder');

function baseRow(client: ClientReport, contact: Contact | undefined): ManifestRow {
  return { client: client.id, name: client.name, to: contact?.to ?? [], cc: contact?.cc ?? [], subject: '', pdfFile: '', pdfSha256: '', status: 'klaar', note: '', messageId: '', replaces: false };
}

interface Prepared {
  row: ManifestRow;
  /** The message as built now (its bytes held only until written or compared with the reviewed one). */
  message: BuiltMessage | null;
  pdfSha256: string;
}

/** A message to send: its bytes stay in the outbox's .eml until they go (read back and checked against this hash). */
interface Ready {
  p: Prepared;
  emlFile: string;
  emlSha256: string;
  messageId: string;
  envelope: BuiltMessage['envelope'];
}

/** What to do with one client that has a contact: refuse, skip as sent, changed or uncertain, or a message ready to go. */
async function prepare(input: DeliveryInput, log: SendLog, reviewed: ReviewedOutbox | null, client: ClientReport, contact: Contact, pdf: Buffer | undefined): Promise<Prepared> {
  const { month, model } = input;
  const row = baseRow(client, contact);
  if (pdf === undefined) return { row: { ...row, status: 'geweigerd', note: 'geen PDF voor deze klant gemaakt' }, message: null, pdfSha256: '' };
  row.pdfSha256 = sha256(pdf);
  row.pdfFile = attachmentName(month, client.id);
  const skip = (status: ManifestRow['status'], note: string, messageId = ''): Prepared => ({ row: { ...row, status, note, messageId }, message: null, pdfSha256: row.pdfSha256 });
  // Safety: the one attachment must be this client's report of this month, read back from its own bytes.
  const mismatch = pdfMismatch(pdf, month, client.name, client.id);
  if (mismatch) return skip('geweigerd', mismatch);
  const history = sendHistory(log, client.id, month);
  // Backstop: what an earlier --send wrote into the manifest must be in the log this run reads.
  const before = reviewed?.rows.get(client.id);
  if (before && went(before) && !history.sent && !history.uncertain) {
    return skip('onzeker', `volgens het manifest ${before.status === 'onzeker' ? 'mogelijk aangekomen' : 'al verzonden'}, maar dat staat niet in het verzendlog ${resolve(input.sendLog)}: niet verstuurd; zoek het verzendlog van die verzending`);
  }
  // Sending a report again that was (or may have been) sent: only when asked for this client by name.
  const named = input.again && (input.only?.includes(client.id) ?? false);
  if (history.uncertain && !named) {
    return skip('onzeker', `verzending ${when(history.uncertain.at)} afgebroken voordat de server antwoordde: het bericht is mogelijk aangekomen; controleer dat, en verstuur zo nodig opnieuw met --opnieuw --klant ${client.id}`, history.uncertain.messageId);
  }
  const sent = history.sent;
  // Sent with this PDF: done, unless an address of the contact has not got it (refused then, or added since).
  const have = sent && sent.pdfSha256 === row.pdfSha256 && !named ? history.delivered.get(row.pdfSha256) : undefined;
  const missing = have ? uniqueAddresses([...contact.to, ...contact.cc]).filter((a) => !have.has(a.toLowerCase())) : [];
  if (sent && sent.pdfSha256 === row.pdfSha256 && !named && missing.length === 0) return skip('al verzonden', `verzonden ${when(sent.at)}`, sent.messageId);
  // Another peildatum alone gives another PDF (its date lines): such a report goes again only when named (--klant).
  // (A message sent by the log's first form has no recorded peildatum: it counts as another one.)
  const otherAsOf = sent !== undefined && sent.asOf !== input.asOf;
  if (sent && sent.pdfSha256 !== row.pdfSha256 && (!input.again || (otherAsOf && !named))) {
    const asOfThen = sent.asOf === undefined ? 'met een onbekende peildatum' : `met peildatum ${formatDateTime(sent.asOf)}`;
    const check = sent.asOf === undefined ? '' : `; met --as-of ${sent.asOf} is te zien of de rapportage zelf veranderde`;
    const because = otherAsOf ? ` (verzonden ${asOfThen}, deze run gebruikt ${formatDateTime(input.asOf)}${check}); opnieuw versturen met --opnieuw --klant ${client.id}` : '; opnieuw versturen met --opnieuw';
    return skip('gewijzigd', `gewijzigd sinds verzending ${when(sent.at)}${because}`, sent.messageId);
  }
  // To addresses that have not had it, the report goes as a first message; to the contact as a whole, as a new one.
  const earlierEntry = missing.length > 0 ? undefined : (history.uncertain ?? sent);
  const earlier = earlierEntry ? { at: earlierEntry.at, changed: earlierEntry.pdfSha256 !== row.pdfSha256, uncertain: earlierEntry === history.uncertain } : null;
  const { leverancier, sender } = senderFor(model, input.leveranciers.leveranciers, input.leveranciers.file, contact.product);
  const fields = composeMessage({ model, client, month, contact, leverancier, sender, attachmentName: row.pdfFile, earlier });
  // To the addresses that have not had it, the message already sent goes again (its id too).
  const messageId = missing.length > 0 ? sent!.messageId : messageIdFor(fields, row.pdfSha256, history.reached + 1);
  // The dry run dates the message; --send builds it again with the reviewed message's date, to compare the bytes.
  const reviewedEml = reviewed?.eml(client.id);
  const date = (reviewedEml && emlDate(reviewedEml)) ?? input.now();
  const built = await buildMessage(fields, pdf, messageId, date);
  const message = missing.length > 0 ? { ...built, envelope: { ...built.envelope, to: missing } } : built;
  const note = missing.length > 0
    ? `alleen naar ${missing.join(', ')}: ${missing.length === 1 ? 'dat adres had' : 'die adressen hadden'} dit rapport nog niet (verzonden ${when(sent!.at)})`
    : earlier === null
      ? ''
      : earlier.changed
        ? earlier.uncertain
          ? `vervangt de versie van ${formatDateTime(earlier.at)} (niet zeker of die is aangekomen) (--opnieuw)`
          : `vervangt de versie verzonden ${when(earlier.at)} (--opnieuw)`
        : `opnieuw (--opnieuw --klant); gelijk aan het bericht van ${earlier.at ? formatDateTime(earlier.at) : 'eerder'}${earlier.uncertain ? ', waarvan niet zeker is of het is aangekomen' : ''}`;
  const ready: Prepared = { row: { ...row, subject: fields.subject, messageId, note, replaces: earlier !== null }, message, pdfSha256: row.pdfSha256 };
  return reviewed ? asReviewed(ready, reviewed, reviewedEml) : ready;
}

/** --send: a message goes only as the dry run wrote it; one that differs waits for a new dry run, with what differs. */
function asReviewed(p: Prepared, reviewed: ReviewedOutbox, eml: Buffer | undefined): Prepared {
  const { row } = p;
  const redo = 'maak een nieuwe proefrun en bekijk die';
  if (eml === undefined) return { ...p, message: null, row: { ...row, status: 'gewijzigd sinds proefrun', note: `geen bericht voor deze klant in de proefrun (${join(reviewed.dir, emlName(row.client))}); ${redo}` } };
  if (eml.equals(p.message!.eml)) return p;
  const was = reviewed.rows.get(row.client);
  const diffs: string[] = [];
  if (!was || was.pdfSha256 !== row.pdfSha256) diffs.push('de PDF');
  if (!was || was.to.join(';') !== row.to.join(';') || was.cc.join(';') !== row.cc.join(';')) diffs.push('de ontvangers');
  if (!was || was.subject !== row.subject) diffs.push('het onderwerp');
  if (diffs.length === 0) {
    return { ...p, message: null, row: { ...row, status: 'gewijzigd sinds proefrun', note: `${emlName(row.client)} in de outbox is niet gelijk aan het bericht dat nu wordt gemaakt (de tekst, de afzender of het bericht-id verschilt, of het bestand is bewerkt); ${redo}` } };
  }
  const what = diffs.join(', ').replace(/, ([^,]+)$/, ' en $1');
  const singular = diffs.length === 1 && diffs[0] !== 'de ontvangers';
  return { ...p, message: null, row: { ...row, status: 'gewijzigd sinds proefrun', note: `${what} ${singular ? 'verschilt' : 'verschillen'} van de proefrun; ${redo}` } };
}

export async function deliverMonth(input: DeliveryInput): Promise<DeliveryResult> {
  const { model, month } = input;
  const contacts = new Map(input.contacts.map((c) => [c.clientId, c]));
  const clients = new Map(model.clients.map((c) => [c.id, c]));
  const ids = clientsWithStoringen(model, month).filter((id) => input.only === null || input.only.includes(id));
  const wanted = ids.filter((id) => contacts.has(id) && !contacts.get(id)!.optOut);
  // Every Leverancier that sends must have sender details: checked before anything is written.
  for (const id of wanted) senderFor(model, input.leveranciers.leveranciers, input.leveranciers.file, contacts.get(id)!.product);
  const monthDir = join(input.outbox, month);
  const sendLog = resolve(input.sendLog);
  // A log left in the outbox root (where the first form of this command kept it) must be the one this run reads.
  const inOutbox = resolve(input.outbox, SEND_LOG_NAME);
  if (existsSync(inOutbox) && inOutbox !== sendLog) throw new DeliveryStop(`in de outbox staat een verzendlog (${inOutbox}) dat deze run niet leest (die gebruikt ${sendLog}); geef --verzendlog ${inOutbox}, anders kan een al verzonden rapport opnieuw gaan`);
  const release = lockFolders([dirname(sendLog), resolve(input.outbox)]);
  try {
    const log = readSendLog(input.sendLog);
    const reviewed = input.sender ? readReviewedOutbox(monthDir) : null;
    // Both checks before the PDFs are rendered: a run that stops, stops at once.
    if (input.sender) checkReviewed(input, reviewed, monthDir, sendLog);
    else keepWhatWent(input, log, monthDir, sendLog);
    const pdfs = await input.renderPdfs(wanted);
    const prepared: Prepared[] = [];
    const ready: Ready[] = [];
    try {
      if (!input.sender) {
        clearMonthOutbox(monthDir);
        writeReviewInfo(monthDir, { month, asOf: input.asOf, sendLog, only: input.only === null ? null : [...input.only], again: input.again });
      }
      for (const id of ids) {
        const client = clients.get(id)!;
        const contact = contacts.get(id);
        if (!contact) {
          const setAside = input.setAsideContacts?.get(id);
          prepared.push({ row: { ...baseRow(client, undefined), status: 'geen contact', note: setAside ? `contactregel apart gezet: ${setAside}` : 'geen regel in het contactenbestand' }, message: null, pdfSha256: '' });
          continue;
        }
        if (contact.optOut) {
          prepared.push({ row: { ...baseRow(client, contact), status: 'afgemeld', note: 'opt_out: ja' }, message: null, pdfSha256: '' });
          continue;
        }
        const p = await prepare(input, log, reviewed, client, contact, pdfs.get(id));
        if (p.message) {
          // The dry run writes the message; --send found it equal to the reviewed one. Either way its bytes are now in
          // the .eml, and only its hash stays in memory.
          const emlFile = input.sender ? join(monthDir, emlName(id)) : writeEml(monthDir, id, p.message.eml);
          ready.push({ p, emlFile, emlSha256: sha256(p.message.eml), messageId: p.message.messageId, envelope: p.message.envelope });
        }
        prepared.push({ ...p, message: null });
      }
    } finally {
      pdfs.close();
    }
    const rows = prepared.map((p) => p.row);
    let manifest = writeManifest(monthDir, rows);
    if (input.sender) {
      // The manifest then says what happened to each message, also when the run stops on an error.
      try {
        await sendAll(input, input.sender, ready, log);
      } finally {
        manifest = writeManifest(monthDir, rows);
      }
    }
    return { rows, monthDir, manifest, sendLog: input.sendLog, tornLogLines: log.tornLines };
  } finally {
    release();
  }
}

/** A message that went (or may have, or went to some of its addresses), as the manifest of an earlier --send says. */
const went = (r: ReviewedRow) => r.status === 'verzonden' || r.status === 'onzeker' || (r.status === 'mislukt' && r.note.startsWith('door de server aangenomen'));

/**
 * Before a dry run replaces the month's outbox: what an earlier --send of it sent must be in the send log this run
 * reads (else this run would take those reports for unsent: it stops, naming the log the outbox was sent with), and
 * the .eml files of those messages are kept in `verzonden/`, the record of what went.
 */
function keepWhatWent(input: DeliveryInput, log: SendLog, monthDir: string, sendLog: string): void {
  const previous = readReviewedOutbox(monthDir);
  if (!previous) return;
  // Also a report the dry run found sent before (al verzonden, gewijzigd): the record carries over from run to run.
  const sentBefore = (r: ReviewedRow) => went(r) || r.status === 'al verzonden' || r.status === 'gewijzigd';
  const unknown = [...previous.rows].filter(([client, r]) => sentBefore(r) && r.pdfSha256 !== '' && !entriesOf(log, client, input.month).some((e) => e.state !== 'mislukt'));
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).map(([c]) => c).join(', ') + (unknown.length > 5 ? ', …' : '');
    const theirs = previous.info && previous.info.sendLog !== sendLog ? `; die verzending gebruikte ${previous.info.sendLog}` : '';
    throw new DeliveryStop(`volgens het manifest in ${monthDir} is het rapport van ${unknown.length} ${unknown.length === 1 ? 'klant' : 'klanten'} (${names}) al verzonden of mogelijk aangekomen, maar het verzendlog ${sendLog} kent die verzending niet${theirs}: geef het verzendlog van die verzending met --verzendlog; verwijder ${monthDir} alleen als al die rapporten opnieuw mogen`);
  }
  // What the log has as sent (or possibly), also when the manifest does not say so (a run stopped before it could
  // write it), else what the manifest says went.
  for (const [client, r] of previous.rows) {
    const h = sendHistory(log, client, input.month);
    const messageId = (h.uncertain ?? h.sent)?.messageId || (went(r) ? r.messageId : '');
    if (messageId) keepSentEml(monthDir, client, messageId);
  }
}

/** --send goes on only from a dry run of this month made with the same send log and options. */
function checkReviewed(input: DeliveryInput, reviewed: ReviewedOutbox | null, monthDir: string, sendLog: string): asserts reviewed is ReviewedOutbox {
  const again = 'maak een nieuwe proefrun (dezelfde opdracht zonder --send) en bekijk de berichten';
  if (!reviewed) throw new DeliveryStop(`geen proefrun van ${input.month} in ${monthDir}: maak die eerst (dezelfde opdracht zonder --send) en bekijk de berichten; --send verstuurt alleen wat daar klaarstaat`);
  const info = reviewed.info;
  if (!info) throw new DeliveryStop(`van de proefrun in ${monthDir} is niet bekend met welk verzendlog en welke opties die is gemaakt (proefrun.json ontbreekt of is onleesbaar); ${again}`);
  if (info.sendLog !== sendLog) throw new DeliveryStop(`de proefrun in ${monthDir} hoort bij verzendlog ${info.sendLog}, deze run gebruikt ${sendLog}; geef --verzendlog ${info.sendLog}, of ${again}`);
  const flags = (only: readonly string[] | null, again: boolean) => [again ? '--opnieuw' : '', ...[...new Set(only ?? [])].sort().map((k) => `--klant ${k}`)].filter(Boolean).join(' ') || 'zonder --opnieuw en --klant';
  const was = flags(info.only, info.again);
  const now = flags(input.only, input.again);
  const withFlags = (f: string) => (f.startsWith('zonder') ? f : `met ${f}`);
  if (was !== now) throw new DeliveryStop(`de proefrun in ${monthDir} is gemaakt ${withFlags(was)}, deze run ${withFlags(now)}; geef dezelfde opties, of ${again}`);
}

/** Messages in a row that still failed after their retries (4xx, connection) before the run gives up: the server is in trouble. */
export const MAX_FAILURES_IN_A_ROW = 3;

/**
 * Sends the ready messages in turn. Before a message goes, its "bezig" line is on disk; after it, the outcome's line.
 * A crash in between leaves the "bezig" line open, which a rerun reads as "possibly arrived".
 */
async function sendAll(input: DeliveryInput, sender: Sender, ready: Ready[], log: SendLog): Promise<void> {
  let stopped: string | null = null;
  let inARow = 0;
  for (const [i, r] of ready.entries()) {
    const { p } = r;
    if (stopped !== null) {
      Object.assign(p.row, { status: 'mislukt', note: `niet geprobeerd: ${stopped}` });
      continue;
    }
    if (i > 0 && input.pauseMs > 0) await sleep(input.pauseMs);
    if (input.signal?.aborted) {
      stopped = 'de run is onderbroken (Ctrl-C of een stopsignaal)';
      Object.assign(p.row, { status: 'mislukt', note: `niet geprobeerd: ${stopped}` });
      continue;
    }
    // The bytes compared with the rebuilt message, read back: an .eml changed since (during the run) does not go.
    const eml = readFileSync(r.emlFile);
    if (sha256(eml) !== r.emlSha256) {
      Object.assign(p.row, { status: 'gewijzigd sinds proefrun', note: `${emlName(p.row.client)} is tijdens de run gewijzigd; maak een nieuwe proefrun en bekijk die` });
      input.onSent?.(p.row);
      continue;
    }
    const message: BuiltMessage = { eml, messageId: r.messageId, envelope: r.envelope };
    const step = (state: SendLogEntry['state'], recipients: string[], reason?: string) =>
      appendSendLog(input.sendLog, log, { client: p.row.client, month: input.month, state, pdfSha256: p.pdfSha256, messageId: message.messageId, recipients, at: input.now().toISOString(), asOf: input.asOf, ...(reason === undefined ? {} : { reason }) });
    step('bezig', message.envelope.to);
    const outcome = await sender.send(message);
    if (outcome.ok) {
      const rejected = new Set(outcome.rejected);
      const recipients = message.envelope.to.filter((a) => !rejected.has(a));
      step('verzonden', recipients);
      // Accepted for some recipients only: logged as sent to those (never twice), failed for the rest, whom a rerun
      // sends it to (they are missing from the log).
      if (rejected.size > 0) Object.assign(p.row, { status: 'mislukt', note: `door de server aangenomen voor ${recipients.join(', ')}; niet aangenomen voor ${[...rejected].join(', ')} (${outcome.rejectedReasons.join('; ') || outcome.response}); een nieuwe run stuurt het alleen naar ${rejected.size === 1 ? 'dat adres' : 'die adressen'}` });
      else Object.assign(p.row, { status: 'verzonden' });
      inARow = 0;
    } else if (outcome.uncertain) {
      step('onzeker', message.envelope.to, outcome.reason);
      Object.assign(p.row, { status: 'onzeker', note: `geen antwoord van de server nadat het bericht was aangeboden: ${outcome.reason}; het bericht is mogelijk aangekomen en wordt niet vanzelf opnieuw verstuurd; controleer dat, en verstuur zo nodig opnieuw met --opnieuw --klant ${p.row.client}` });
      inARow++;
    } else {
      step('mislukt', message.envelope.to, outcome.reason);
      Object.assign(p.row, { status: 'mislukt', note: `${outcome.reason} (${outcome.attempts} ${outcome.attempts === 1 ? 'poging' : 'pogingen'})` });
      inARow = outcome.permanent ? 0 : inARow + 1;
      if (outcome.stop) stopped = outcome.reason;
    }
    if (!outcome.ok && stopped === null && inARow === MAX_FAILURES_IN_A_ROW) stopped = `${MAX_FAILURES_IN_A_ROW} berichten achter elkaar mislukt, laatste: ${outcome.reason}`;
    input.onSent?.(p.row);
  }
}
