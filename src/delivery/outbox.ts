// The outbox of a month: one <debiteurnummer>.eml per message ready to go (file
// name as in report/output-names.ts) and manifest.csv, one row per client with a
// report that month, for a person to review before --send. The folder holds only
// what this run wrote: earlier .eml files and the manifest are removed first.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputName } from '../report/output-names.ts';

export type DeliveryStatus = 'klaar' | 'verzonden' | 'al verzonden' | 'gewijzigd' | 'mislukt' | 'geen contact' | 'afgemeld' | 'geweigerd';

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
  for (const name of readdirSync(dir)) if (name.endsWith('.eml') || name === MANIFEST_FILE) rmSync(join(dir, name));
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
