// A data row that cannot be read: its reason code, the column and the offending
// value, turned into a set-aside record with a Dutch message.
import { reasonText, type SetAsideRecord } from './set-aside.ts';
import { spoofingReason, visible } from './visible.ts';

export class RowError extends Error {
  constructor(
    readonly reason: string,
    readonly column?: string,
    readonly value?: string,
  ) {
    super(reason);
  }
}

/** Longest offending value kept in a record: enough to recognise it, never a whole free-text field. */
const VALUE_CHARS = 80;

export function setAsideRecord(file: string, line: number, e: RowError, ticketId: string | undefined, scope: SetAsideRecord['scope']): SetAsideRecord {
  const what = reasonText[e.reason] ?? e.reason;
  const where = e.column ? ` in kolom ${e.column}` : '';
  // Data values are shown with control and invisible characters written out: they reach terminals and pages.
  const value = e.value === undefined ? undefined : visible(e.value.slice(0, VALUE_CHARS));
  const shown = value !== undefined && value !== '' ? `: "${value}"` : '';
  const id = ticketId === undefined ? undefined : visible(ticketId);
  return { file, line, column: e.column, value, reason: e.reason, ticketId: id, message: `${what}${where}${shown}`, scope };
}

/** Throws the reason an id (ticket, client or complaint number) cannot be used: a character that controls or spoofs. */
export function requireVisibleId(id: string, column: string): void {
  const reason = spoofingReason(id);
  if (reason !== null) throw new RowError(reason, column, id);
}

/** A debiteurnummer names pages and PDF files: no path separators, control characters or dot names. */
export function isUnsafeId(id: string): boolean {
  return /[/\\\u0000-\u001f]/.test(id) || id === '.' || id === '..';
}
