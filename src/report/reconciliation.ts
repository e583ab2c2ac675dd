// What the reconciliation adds to the report model for the site's data-quality
// page: read = judged + set aside + duplicates merged, approximate figures, and
// per input file what was read and how it was written.
import type { MergedDuplicate } from '../ingest/duplicates.ts';
import type { SourceFile } from '../ingest/sources.ts';
import type { JudgedData } from '../pipeline/judge-data.ts';

export interface ReconciliationExtras {
  /** Ticket rows read in all ticket files (same as ticketRows). */
  rowsRead: number;
  /** Ticket rows merged away because the same ticket came later in another export (latest update wins). */
  duplicatesMerged: number;
  /** Judged tickets whose figures are approximate (an export with only a total wait, or reopens without moments). */
  approximate: number;
  /** rowsRead = judged + setAside + duplicatesMerged. */
  balanced: boolean;
  /** Every input file: kind, mapping, encoding, delimiter and rows. */
  files: SourceFile[];
  /** The rows merged away and the rows kept instead. */
  duplicates: MergedDuplicate[];
}

export function reconciliationExtras(data: JudgedData): ReconciliationExtras {
  const c = data.counts;
  return {
    rowsRead: c.ticketRows,
    duplicatesMerged: c.duplicatesMerged,
    approximate: c.approximate,
    balanced: c.ticketRows === c.judged + c.setAside + c.duplicatesMerged,
    files: data.files,
    duplicates: data.duplicates,
  };
}
