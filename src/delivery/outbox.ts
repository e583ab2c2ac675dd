// The outbox of a month: one <debiteurnummer>.eml per message ready to go (file
// name as in report/output-names.ts) and manifest.csv, one row per client with a
// report that month, for a person to review before --send. A dry run replaces what
// an earlier one left (.eml files and the manifest); --send reads the .eml files as
// reviewed, sends those bytes, and updates the manifest's status column.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { outputName } from '../report/output-names.ts';

import type { DeliveryStatus } from '../words/index.ts';

export interface ManifestRow {
  client: string;
  name: string;
  to: string[];
  cc: string[];
  subject: string;
  /** The attachment's file name; empty when no message was made. */
  pdfFile: string;
  pdfSha256: string;
  status: DeliveryStatus;
  /** Why: the server's reason, the refusal, or when the earlier version was sent. */
  note: string;
  messageId: string;
  /** The message replaces a version sent earlier (--opnieuw); not a column of its own, the note says so. */
  replaces: boolean;
}

export const MANIFEST_FILE = 'manifest.csv';
/** What a dry run was made with, for --send to use and check: see ReviewInfo. */
export const REVIEW_FILE = 'proefrun.json';

/** How the month's dry run was made: --send uses its peildatum and must use the same send log and options. */
export interface ReviewInfo {
  month: string;
  /** The data's peildatum, as an ISO instant. */
  asOf: string;
  /** The send log's full path. */
  sendLog: string;
  /** --klant, or null for every client. */
  only: string[] | null;
  /** --opnieuw. */
  again: boolean;
}
const COLUMNS = ['client', 'name', 'to', 'cc', 'subject', 'pdf_file', 'pdf_sha256', 'status', 'note', 'message_id'] as const;

export const emlName = (clientId: string) => `${outputName(clientId)}.eml`;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (as evaluate's CSV, OWASP's advice). */
function cell(v: string): string {
  if (/^[=+\-@\t\r]/.test(v)) return `"'${v.replace(/"/g, '""')}"`;
  return /[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function manifestCsv(rows: readonly ManifestRow[]): string {
  const lines = rows.map((r) => [r.client, r.name, r.to.join('; '), r.cc.join('; '), r.subject, r.pdfFile, r.pdfSha256, r.status, r.note, r.messageId].map(cell).join(','));
  return `${[COLUMNS.join(','), ...lines].join('\n')}\n`;
}

/** Makes the month's folder and removes what an earlier run of this month left (.eml files, the manifest). */
export function clearMonthOutbox(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.eml') || name === MANIFEST_FILE || name === REVIEW_FILE) rmSync(join(dir, name));
}

export function writeReviewInfo(dir: string, info: ReviewInfo): void {
  writeFileSync(join(dir, REVIEW_FILE), `${JSON.stringify(info, null, 2)}\n`);
}

/** The dry run's record in a month folder, or null when there is none (or it cannot be read). */
export function readReviewInfo(dir: string): ReviewInfo | null {
  try {
    const v = JSON.parse(readFileSync(join(dir, REVIEW_FILE), 'utf8')) as ReviewInfo;
    return typeof v.asOf === 'string' && typeof v.sendLog === 'string' && typeof v.again === 'boolean' && (v.only === null || Array.isArray(v.only)) ? v : null;
  } catch {
    return null;
  }
}

/** Where a dry run keeps the messages an earlier --send of the month sent (or may have): the record of what went. */
export const SENT_FOLDER = 'verzonden';

/** Moves a sent message's .eml into the month's `verzonden/` folder as <debiteurnummer>-<n>.eml (n: which send). */
export function keepSentEml(dir: string, clientId: string, messageId: string): void {
  const from = join(dir, emlName(clientId));
  if (!existsSync(from)) return;
  const n = messageId.match(/\.(\d+)@/)?.[1] ?? '0';
  const to = join(dir, SENT_FOLDER, `${outputName(clientId)}-${n}.eml`);
  mkdirSync(join(dir, SENT_FOLDER), { recursive: true });
  if (existsSync(to)) rmSync(from);
  else renameSync(from, to);
}

export function writeEml(dir: string, clientId: string, eml: Buffer): string {
  const file = join(dir, emlName(clientId));
  writeFileSync(file, eml);
  return file;
}

export function writeManifest(dir: string, rows: readonly ManifestRow[]): string {
  const file = join(dir, MANIFEST_FILE);
  writeFileSync(file, manifestCsv(rows));
  return file;
}

export type ReviewedRow = Pick<ManifestRow, 'to' | 'cc' | 'subject' | 'pdfSha256' | 'status' | 'note' | 'messageId'>;

/** What a dry run left for review: its manifest rows and .eml files. */
export interface ReviewedOutbox {
  dir: string;
  info: ReviewInfo | null;
  /** The manifest's rows: as the dry run wrote them, with the status (and note) an earlier --send gave them. */
  rows: ReadonlyMap<string, ReviewedRow>;
  eml(clientId: string): Buffer | undefined;
}

/** Undoes cell()'s apostrophe before a cell a spreadsheet would run as a formula. */
const uncell = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

/** The month's outbox as a dry run wrote it, or null when it has no manifest (no dry run yet). */
export function readReviewedOutbox(dir: string): ReviewedOutbox | null {
  const manifest = join(dir, MANIFEST_FILE);
  if (!existsSync(manifest)) return null;
  const parsed = Papa.parse<Record<string, string>>(readFileSync(manifest, 'utf8'), { header: true, skipEmptyLines: true });
  const rows = new Map<string, ReviewedRow>();
  const list = (v: string | undefined) => (v ? uncell(v).split('; ') : []);
  for (const r of parsed.data) {
    rows.set(uncell(r.client ?? ''), { to: list(r.to), cc: list(r.cc), subject: uncell(r.subject ?? ''), pdfSha256: r.pdf_sha256 ?? '', status: (r.status ?? '') as DeliveryStatus, note: uncell(r.note ?? ''), messageId: uncell(r.message_id ?? '') });
  }
  return {
    dir,
    info: readReviewInfo(dir),
    rows,
    eml: (clientId) => {
      const file = join(dir, emlName(clientId));
      return existsSync(file) ? readFileSync(file) : undefined;
    },
  };
}

/** The Date header of a message (when its dry run built it), or null. */
export function emlDate(eml: Buffer): Date | null {
  const head = eml.subarray(0, eml.indexOf('\r\n\r\n') + 1).toString('latin1');
  const m = head.match(/^Date: (.+)$/m);
  const date = m ? new Date(m[1].trim()) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
