// Reads the data files of the contract's other norms (complaints.csv for
// Article 5, backups.csv for 3.5) with the same nothing-lost accounting as the
// tickets: every row is read into a record or set aside with file, line and reason.
import { basename } from 'node:path';
import { DataError } from '../ingest/data-error.ts';
import { streamCsv } from '../ingest/csv.ts';
import { reasonText, type SetAsideRecord } from '../ingest/set-aside.ts';
import { nfc, otherLettersWrittenOut, otherScripts } from '../ingest/look-alike.ts';
import { spoofingReason, visible, visibleName, visibleShort } from '../ingest/visible.ts';
import type { BackupRow } from './backup-period.ts';
import type { Complaint } from './complaints.ts';

export interface TableRead<T> {
  file: string;
  items: T[];
  setAside: SetAsideRecord[];
  rows: number;
}

/** What a row of the table is; `contact`: data/contacts.csv (src/delivery/contacts.ts). */
export type Scope = 'complaint' | 'backup' | 'contact';

export class RowProblem extends Error {
  constructor(
    readonly column: string,
    readonly value: string,
    readonly reason: string,
    readonly text: string,
  ) {
    super(text);
  }
}

/** A number (complaint id, debiteurnummer) with a character that controls or spoofs is set aside. */
export function requireVisibleId(column: string, value: string): string {
  const reason = spoofingReason(value);
  if (reason !== null) throw new RowProblem(column, value, reason, `${reasonText[reason]}, in kolom ${column}: "${visible(value)}"`);
  return value;
}

/**
 * A complaint number or debiteurnummer that mixes Latin letters or digits with a
 * look-alike letter of another script ("К1003" with a Cyrillic К) is set aside,
 * not judged with a warning as a ticket is (this product's reading, README "Bad
 * input"): complaints.csv is kept by hand, so the row is cheap to correct, and an
 * Article 5 dossier under a look-alike number would be about another client
 * (usually one without storingen), which reads as a clean record.
 */
export function requireOneScript(column: string, value: string): string {
  const scripts = otherScripts(value);
  if (scripts.length === 0) return value;
  const what = column === 'id' ? 'klachtnummer' : 'debiteurnummer';
  const text = `${what} mengt Latijnse letters of cijfers met letters uit een ander schrift (${scripts.join(', ')}), in kolom ${column}: uitgeschreven ${otherLettersWrittenOut(value)}`;
  throw new RowProblem(column, otherLettersWrittenOut(value), 'id-mixed-script', text);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function realDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A row as named cells, with typed readers that throw a RowProblem naming the column. */
export class Cells {
  constructor(
    private readonly fields: string[],
    private readonly header: string[],
  ) {}

  text(column: string, required = true): string {
    const v = (this.fields[this.header.indexOf(column)] ?? '').trim();
    if (required && v === '') throw new RowProblem(column, v, 'missing-value', `verplicht veld ${column} is leeg`);
    return v;
  }

  date(column: string, required = true): string | null {
    const v = this.text(column, required);
    if (v === '') return null;
    if (!realDate(v)) throw new RowProblem(column, v, 'bad-date', `datum niet te lezen in kolom ${column}: "${visible(v)}" (verwacht JJJJ-MM-DD)`);
    return v;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const v = this.text(column);
    if (!(allowed as readonly string[]).includes(v)) {
      throw new RowProblem(column, v, 'unknown-value', `onbekende waarde in kolom ${column}: "${visible(v)}" (verwacht ${allowed.join(', ')})`);
    }
    return v as T;
  }
}

/**
 * `onBadShape`: also told of a row set aside for its number of columns, with its fields and the header (a table whose
 * rows name an id in the first column can still see whose row it was).
 */
export async function readTable<T>(path: string, scope: Scope, columns: string[], parse: (cells: Cells, line: number) => T, onBadShape?: (fields: string[], header: string[], line: number) => void): Promise<TableRead<T>> {
  const file = basename(path);
  const items: T[] = [];
  const setAside: SetAsideRecord[] = [];
  const { rows, header } = await streamCsv(path, ({ fields, line }, head) => {
    if (fields.length !== head.length) {
      setAside.push({ file, line, reason: 'wrong-column-count', value: `${fields.length} van ${head.length}`, message: 'rij heeft een ander aantal kolommen dan de kop', scope });
      onBadShape?.(fields, head, line);
      return;
    }
    try {
      items.push(parse(new Cells(fields, head), line));
    } catch (e) {
      if (!(e instanceof RowProblem)) throw e;
      setAside.push({ file, line, column: e.column, value: visible(e.value), reason: e.reason, message: e.text, scope });
    }
  });
  const missing = columns.filter((c) => !header.includes(c));
  if (rows > 0 && missing.length) throw new DataError(file, `verplichte kolom(men) ontbreken in de kop: ${missing.join(', ')}`);
  return { file, items, setAside, rows };
}

/** Longest complaint text kept (characters): a summary of what the client raised, not a correspondence. */
export const COMPLAINT_TEXT_MAX = 1000;

/**
 * What the client raised, from the optional `complaint` column (an older file
 * without it still reads: the dossier then says the complaint is not on file).
 * Shown in the dossier as written, with hiding characters written out.
 */
function complaintText(c: Cells): string | null {
  const text = nfc(c.text('complaint', false));
  if (text === '') return null;
  if ([...text].length > COMPLAINT_TEXT_MAX) {
    throw new RowProblem('complaint', visibleShort(text, 40), 'text-too-long', `klachttekst is langer dan ${new Intl.NumberFormat('nl-NL').format(COMPLAINT_TEXT_MAX)} tekens, in kolom complaint (een samenvatting volstaat)`);
  }
  return visibleName(text);
}

export function readComplaints(path: string): Promise<TableRead<Complaint>> {
  // `complaint` (what the client raised) is optional: files from before it was added read as they did.
  const columns = ['id', 'client_id', 'received', 'period_from', 'period_to', 'discussed', 'plan_delivered', 'outcome'];
  const ids = new Set<string>();
  return readTable(path, 'complaint', columns, (c) => {
    const complaint: Complaint = {
      id: requireOneScript('id', requireVisibleId('id', nfc(c.text('id')))),
      clientId: requireOneScript('client_id', requireVisibleId('client_id', nfc(c.text('client_id')))),
      received: c.date('received')!,
      periodFrom: c.date('period_from')!,
      periodTo: c.date('period_to')!,
      discussed: c.date('discussed', false),
      planDelivered: c.date('plan_delivered', false),
      outcome: visibleName(nfc(c.text('outcome', false))),
      complaintText: complaintText(c),
    };
    // A complaint id names its page and dossier: a repeat is set aside, the first stays (as a repeated ticket id).
    if (ids.has(complaint.id)) throw new RowProblem('id', complaint.id, 'duplicate-id', `klachtnummer komt vaker voor in hetzelfde bestand: "${visible(complaint.id)}"`);
    if (complaint.periodTo < complaint.periodFrom) throw new RowProblem('period_to', complaint.periodTo, 'bad-period', 'periode eindigt vóór het begin');
    if (complaint.planDelivered !== null && complaint.discussed === null) {
      throw new RowProblem('plan_delivered', complaint.planDelivered, 'plan-before-discussion', 'plan van aanpak geleverd zonder bespreking');
    }
    ids.add(complaint.id);
    return complaint;
  });
}

export function readBackups(path: string): Promise<TableRead<BackupRow>> {
  return readTable(path, 'backup', ['date', 'kind', 'location', 'status'], (c, line) => ({
    line,
    date: c.date('date')!,
    kind: c.oneOf('kind', ['daily', 'weekly', 'monthly'] as const),
    location: c.oneOf('location', ['on-site', 'off-site'] as const),
    status: c.oneOf('status', ['ok', 'failed'] as const),
  }));
}
