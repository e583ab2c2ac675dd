// 3.5's back-up months are bound like the report period: a back-up row dated
// far from the months the report covers (0001-01-01, a year typed as 2205) would
// otherwise start or stretch the checked months over centuries. This product's
// reading (the contract has no word on it; README "Article 5 dossiers and the other norms"): a back-up row
// dated more than BACKUP_MARGIN_DAYS before the report's first month or after its
// last month is set aside with file, line and reason, as a far ticket row is
// (pipeline/data-period.ts, one year of silence).
import { daysFromCivil, daysInMonth, isoDate } from '../engine/civil.ts';
import type { SetAsideRecord } from '../ingest/set-aside.ts';
import type { BackupRecord } from './backups.ts';

/** How far (days) a back-up may lie outside the report's months: a year, as the silence in pipeline/data-period.ts. */
export const BACKUP_MARGIN_DAYS = 365;

/** A back-up row as read, with its line in the file. */
export interface BackupRow extends BackupRecord {
  line: number;
}

/** The first and last date (YYYY-MM-DD) a back-up row may carry, for report months `first`..`last` (YYYY-MM). */
export function backupBounds(first: string, last: string): { from: string; to: string } {
  const [fy, fm] = [+first.slice(0, 4), +first.slice(5, 7)];
  const [ly, lm] = [+last.slice(0, 4), +last.slice(5, 7)];
  const lastDay = daysFromCivil(ly, lm, daysInMonth(ly, lm));
  return { from: isoDate(daysFromCivil(fy, fm, 1) - BACKUP_MARGIN_DAYS), to: isoDate(lastDay + BACKUP_MARGIN_DAYS) };
}

/** The rows within the bounds, and a set-aside record for each row outside them. */
export function boundBackups(rows: readonly BackupRow[], file: string, bounds: { from: string; to: string }): { kept: BackupRow[]; setAside: SetAsideRecord[] } {
  const kept: BackupRow[] = [];
  const setAside: SetAsideRecord[] = [];
  for (const row of rows) {
    // ISO dates of four-digit years (the reader accepts no other) compare as text.
    if (row.date >= bounds.from && row.date <= bounds.to) {
      kept.push(row);
      continue;
    }
    const before = row.date < bounds.from;
    setAside.push({
      file,
      line: row.line,
      column: 'date',
      value: row.date,
      reason: before ? 'before-data-period' : 'beyond-data-period',
      message: before
        ? `back-up gedateerd ${row.date}: meer dan een jaar vóór de eerste rapportmaand (vroegst toegestaan ${bounds.from}); tikfout in het jaar?`
        : `back-up gedateerd ${row.date}: meer dan een jaar na de laatste rapportmaand (laatst toegestaan ${bounds.to}); tikfout in het jaar?`,
      scope: 'backup',
    });
  }
  return { kept, setAside };
}
