// An input path must be a regular file. A folder cannot be read as CSV, and a named pipe
// (FIFO), socket or device would block the command or be read only once, while every input
// is opened more than once (dialect, header, rows). Checked with stat, which never blocks.
import { statSync } from 'node:fs';
import { DataError } from './data-error.ts';

/** Why `path` is not a regular file, in Dutch; null when it is one or does not exist (the reader says that). */
export function notARegularFile(path: string): string | null {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is een map, geen bestand';
  if (stat.isFIFO()) return 'is een named pipe (FIFO), geen gewoon bestand; sla-rapport leest elk bestand meer dan eens en kan niet uit een pipe lezen';
  return 'is geen gewoon bestand (maar een apparaat of socket)';
}

/** Stops the command with the file named when `path` exists but is not a regular file. */
export function requireRegularFile(path: string, shownAs: string = path): void {
  const why = notARegularFile(path);
  if (why !== null) throw new DataError(shownAs, why);
}
