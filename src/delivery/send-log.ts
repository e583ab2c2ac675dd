// The send log: one JSON line per delivered message, appended and flushed to disk
// (fsync) before the next message goes, never rewritten. A rerun reads it to send
// only what is missing: a client and month in the log with the same PDF is done.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataError } from '../ingest/data-error.ts';

export interface SendLogEntry {
  client: string;
  month: string;
  pdfSha256: string;
  messageId: string;
  recipients: string[];
  /** ISO instant (UTC) at which the SMTP server accepted the message. */
  sentAt: string;
}

export interface SendLog {
  entries: SendLogEntry[];
  /** Lines cut off by a crash while they were written (their message was accepted but not recorded in full). */
  tornLines: number[];
  /** Whether the file ends inside such a line, so the next entry must start a new one. */
  endsTorn: boolean;
}

function isEntry(v: unknown): v is SendLogEntry {
  const e = v as SendLogEntry;
  return typeof e === 'object' && e !== null && typeof e.client === 'string' && typeof e.month === 'string' && typeof e.pdfSha256 === 'string' && typeof e.messageId === 'string' && typeof e.sentAt === 'string' && Array.isArray(e.recipients);
}

export function readSendLog(file: string): SendLog {
  if (!existsSync(file)) return { entries: [], tornLines: [], endsTorn: false };
  const lines = readFileSync(file, 'utf8').split('\n');
  const endsTorn = lines.at(-1) !== '';
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
    if (isEntry(value)) entries.push(value);
    // A write cut off by a crash: the start of an entry that never got its end. Entries are only
    // written once the server accepted the message, so when client, month and hash made it to disk
    // the message went: it counts as sent (never twice), without message id or time.
    else if (value === undefined && line.startsWith('{"client":')) {
      tornLines.push(i + 1);
      const head = line.match(/^\{"client":("(?:[^"\\]|\\.)*"),"month":"(\d{4}-\d{2})","pdfSha256":"([0-9a-f]{64})"/);
      if (head) entries.push({ client: JSON.parse(head[1]) as string, month: head[2], pdfSha256: head[3], messageId: '', recipients: [], sentAt: '' });
    }
    else throw new DataError(`${file}:${i + 1}`, 'regel in het verzendlog is geen verzending (het log wordt alleen aangevuld, nooit herschreven: deze regel is er anders in gekomen)');
  });
  return { entries, tornLines, endsTorn };
}

/** The latest send of this client's report for this month, or undefined. */
export function lastSend(log: SendLog, client: string, month: string): SendLogEntry | undefined {
  return log.entries.findLast((e) => e.client === client && e.month === month);
}

/** How often this client's report for this month was sent. */
export const sendCount = (log: SendLog, client: string, month: string): number => log.entries.filter((e) => e.client === client && e.month === month).length;

/** Appends one entry and waits until it is on disk. A torn last line is closed first, so the entry starts a line of its own. */
export function appendSendLog(file: string, log: SendLog, entry: SendLogEntry): void {
  const isNew = !existsSync(file);
  const fd = openSync(file, 'a');
  try {
    const prefix = log.endsTorn ? '\n' : '';
    writeSync(fd, `${prefix}${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (isNew) syncFolder(dirname(file));
  log.entries.push(entry);
  log.endsTorn = false;
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
