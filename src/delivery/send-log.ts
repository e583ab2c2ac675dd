// The send log: one JSON line per step of a message's delivery, appended and flushed
// to disk (fsync) before the run moves on, never rewritten. Before a message is handed
// to the server a "bezig" line is written; after it, "verzonden" (the server accepted
// it), "mislukt" (the server certainly does not have it) or "onzeker" (the connection
// was lost before the server's reply). A "bezig" line without a later line for the
// client means the run stopped mid-send (a crash): that message may have arrived too.
// A rerun reads the log to send only what is missing and never what may have arrived.
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataError } from '../ingest/data-error.ts';

export type SendState = 'bezig' | 'verzonden' | 'mislukt' | 'onzeker';

export interface SendLogEntry {
  client: string;
  month: string;
  state: SendState;
  pdfSha256: string;
  messageId: string;
  /** bezig: the addresses offered; verzonden: those the server accepted; else the addresses offered. */
  recipients: string[];
  /** ISO instant (UTC) of the step. */
  at: string;
  /** The peildatum of the data the message was made from (ISO instant); missing in lines of the log's first form. */
  asOf?: string;
  /** mislukt, onzeker: the server's reply or what happened to the connection. */
  reason?: string;
}

/** The send log's file name in its folder (default: the default outbox, uitvoer/verzending). */
export const SEND_LOG_NAME = 'verzendlog.jsonl';

export interface SendLog {
  entries: SendLogEntry[];
  /** The entries per client and month (key: keyOf), in log order: a run looks up each client once or twice. */
  byClientMonth: Map<string, SendLogEntry[]>;
  /** Lines cut off by a crash while they were written; they count for nothing (the "bezig" line before them does). */
  tornLines: number[];
}

const keyOf = (client: string, month: string) => `${month}\u0000${client}`;

function index(log: SendLog, e: SendLogEntry): void {
  const key = keyOf(e.client, e.month);
  const list = log.byClientMonth.get(key);
  if (list) list.push(e);
  else log.byClientMonth.set(key, [e]);
}

/** A log of these entries, indexed. */
export function sendLogOf(entries: SendLogEntry[], tornLines: number[] = []): SendLog {
  const log: SendLog = { entries, byClientMonth: new Map(), tornLines };
  for (const e of entries) index(log, e);
  return log;
}

/** This client's steps for this month, in log order. */
export const entriesOf = (log: SendLog, client: string, month: string): readonly SendLogEntry[] => log.byClientMonth.get(keyOf(client, month)) ?? [];

const STATES: readonly string[] = ['bezig', 'verzonden', 'mislukt', 'onzeker'];

function isEntry(v: unknown): v is SendLogEntry {
  const e = v as SendLogEntry;
  return typeof e === 'object' && e !== null && typeof e.client === 'string' && typeof e.month === 'string' && STATES.includes(e.state) && typeof e.pdfSha256 === 'string' && typeof e.messageId === 'string' && typeof e.at === 'string' && Array.isArray(e.recipients);
}

/** A line of the log's first form (one line per accepted message, without state, the time as sentAt): a sent message. */
function firstFormEntry(v: unknown): SendLogEntry | null {
  const e = v as Omit<SendLogEntry, 'state' | 'at'> & { sentAt?: unknown; state?: unknown };
  if (typeof e !== 'object' || e === null || e.state !== undefined || typeof e.sentAt !== 'string') return null;
  const entry = { ...e, state: 'verzonden', at: e.sentAt } as SendLogEntry & { sentAt?: string };
  delete entry.sentAt;
  return isEntry(entry) ? entry : null;
}

/** What a write cut off by a crash leaves: the start of an entry, or (after a power loss) zero bytes. */
const TORN = /^(\{"client":.*|\{"?c?l?i?e?n?t?"?:?|\0+)$/s;

export function readSendLog(file: string): SendLog {
  if (!existsSync(file)) return sendLogOf([]);
  const lines = readFileSync(file, 'utf8').split('\n');
  const entries: SendLogEntry[] = [];
  const tornLines: number[] = [];
  lines.forEach((line, i) => {
    if (line === '' && i === lines.length - 1) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    const entry = isEntry(value) ? value : firstFormEntry(value);
    if (entry) entries.push(entry);
    // A write cut off by a crash: the start of an entry that never got its end. A message goes only after its
    // "bezig" line is on disk in full, so a torn "bezig" line means nothing was sent, and a torn line after it
    // leaves the "bezig" line open: the message counts as possibly arrived.
    else if (value === undefined && TORN.test(line)) {
      tornLines.push(i + 1);
      // A torn line of the first form was written only after the server accepted the message: it may have arrived.
      const first = line.match(/^\{"client":("(?:[^"\\]|\\.)*"),"month":"(\d{4}-\d{2})","pdfSha256":"([0-9a-f]{64})"/);
      if (first) entries.push({ client: JSON.parse(first[1]) as string, month: first[2], state: 'onzeker', pdfSha256: first[3], messageId: '', recipients: [], at: '' });
    }
    else throw new DataError(`${file}:${i + 1}`, 'regel in het verzendlog is geen verzendstap (het log wordt alleen aangevuld, nooit herschreven: deze regel is er anders in gekomen)');
  });
  return sendLogOf(entries, tornLines);
}

/** What the log says about one client's report of one month. */
export interface SendHistory {
  /** The latest message the server accepted. */
  sent: SendLogEntry | undefined;
  /** A message after that which may have arrived: its "onzeker" line, or its "bezig" line when nothing followed. */
  uncertain: SendLogEntry | undefined;
  /** Messages that reached the server or may have (numbers the next message id). */
  reached: number;
  /** Per PDF (its SHA-256), the addresses the server accepted a message with it for, in lower case. */
  delivered: Map<string, Set<string>>;
}

export function sendHistory(log: SendLog, client: string, month: string): SendHistory {
  let sent: SendLogEntry | undefined;
  let uncertain: SendLogEntry | undefined;
  let open: SendLogEntry | undefined;
  let reached = 0;
  const delivered = new Map<string, Set<string>>();
  for (const e of entriesOf(log, client, month)) {
    if (e.state === 'bezig') {
      if (open) [uncertain, reached] = [open, reached + 1]; // a crash left the earlier one open
      open = e;
    } else if (e.state === 'verzonden') {
      [sent, uncertain, open, reached] = [e, undefined, undefined, reached + 1];
      const to = delivered.get(e.pdfSha256) ?? new Set<string>();
      for (const r of e.recipients) to.add(r.toLowerCase());
      delivered.set(e.pdfSha256, to);
    } else if (e.state === 'onzeker') {
      [uncertain, open, reached] = [e, undefined, reached + 1];
    } else open = undefined;
  }
  if (open) [uncertain, reached] = [open, reached + 1];
  return { sent, uncertain, reached, delivered };
}

/** Whether the file's last byte on disk ends a line (an empty file does too). */
function endsWithNewline(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/**
 * Appends one entry and waits until it is on disk; throws unless every byte was written (a full disk must stop the
 * run before the message goes). A torn last line on disk is closed first, so the entry starts a line of its own.
 */
export function appendSendLog(file: string, log: SendLog, entry: SendLogEntry): void {
  const isNew = !existsSync(file);
  const fd = openSync(file, 'a+');
  try {
    const bytes = Buffer.from(`${endsWithNewline(fd) ? '' : '\n'}${JSON.stringify(entry)}\n`);
    for (let done = 0; done < bytes.length; ) {
      const n = writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw new Error(`${file}: schrijven in het verzendlog lukt niet`);
      done += n;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (isNew) syncFolder(dirname(file));
  log.entries.push(entry);
  index(log, entry);
}

/** A new file's name is on disk only once its folder is flushed too. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not every file system allows syncing a folder; the entry itself is flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
