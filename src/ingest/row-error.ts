// A data row that cannot be read: its reason code, the column and the offending
// value, turned into a set-aside record with a Dutch message.
import { reasonText, type SetAsideRecord } from './set-aside.ts';

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
  const value = e.value === undefined ? undefined : e.value.slice(0, VALUE_CHARS);
  const shown = value !== undefined && value !== '' ? `: "${value}"` : '';
  return { file, line, column: e.column, value, reason: e.reason, ticketId, message: `${what}${where}${shown}`, scope };
}

/** A debiteurnummer names pages and PDF files: no path separators, control characters or dot names. */
export function isUnsafeId(id: string): boolean {
  return /[/\\\u0000-\u001f]/.test(id) || id === '.' || id === '..';
}
