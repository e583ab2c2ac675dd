// The reconciliation for the site's data-quality page: read = judged + set aside
// + duplicates merged, approximate figures, the reasons rows were set aside, the
// flags figures rest on, and per input file what was read and how it was written.
import type { Evaluation } from '../engine/evaluate.ts';
import { niveauFlags } from '../engine/niveau.ts';
import type { DataWarning } from '../ingest/data-warning.ts';
import type { MergedDuplicate, WaitDisagreement } from '../ingest/duplicates.ts';
import type { HistoryEventCounts } from '../ingest/history/history-store.ts';
import { reasonText, type SetAsideRecord } from '../ingest/set-aside.ts';
import type { SourceFile } from '../ingest/sources.ts';
import type { Reconciliation } from './model.ts';
import { compareNl } from './order.ts';

/** What was read, as the pipeline counted it. */
export interface ReadCounts {
  ticketRows: number;
  judged: number;
  setAside: number;
  duplicatesMerged: number;
  approximate: number;
  eventRows: number;
  historyEvents: HistoryEventCounts | null;
}

export interface ReadAccount {
  counts: ReadCounts;
  judged: readonly { evaluation: Evaluation; record: { flags: readonly string[] } }[];
  setAside: SetAsideRecord[];
  warnings: DataWarning[];
  files: SourceFile[];
  duplicates: MergedDuplicate[];
  waitDisagreements: WaitDisagreement[];
}

export const flagText: Record<string, string> = {
  'ambiguous-local-time': 'tijdstip in het dubbele uur bij het ingaan van de wintertijd, gelezen als het eerste',
  approximate: 'benaderde cijfers',
  'approximate:wait-total': 'alleen een totale wachttijd bekend, als één wachttijd vanaf de klokstart geplaatst',
  'approximate:reopens': 'heropend op onbekende momenten',
  'open-last-row': 'laatste rij van een bestand zonder regeleinde, beoordeeld zoals gelezen (mogelijk afgebroken)',
  'niveau-changed-after-resolution': 'niveau gewijzigd na het eerste herstel (telt niet mee: beoordeeld op het niveau bij het eerste herstel, 4.7)',
  'niveau-lowered-after-deadline': 'niveau verlaagd nadat de streeftijd van het hogere niveau al was verstreken (4.7)',
};

export function reconciliationOf(data: ReadAccount): Reconciliation {
  const c = data.counts;
  const byReason = new Map<string, number>();
  for (const r of data.setAside) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  return {
    ticketRows: c.ticketRows,
    judged: c.judged,
    setAside: c.setAside,
    eventRows: c.eventRows,
    rowsRead: c.ticketRows,
    duplicatesMerged: c.duplicatesMerged,
    approximate: c.approximate,
    balanced: c.ticketRows === c.judged + c.setAside + c.duplicatesMerged,
    byReason: [...byReason].map(([reason, count]) => ({ reason, text: reasonText[reason] ?? reason, count })).sort((a, b) => b.count - a.count),
    flagged: flagCounts(data.judged),
    records: data.setAside,
    warnings: data.warnings,
    files: data.files,
    duplicates: data.duplicates,
    historyEvents: c.historyEvents,
    waitDisagreements: data.waitDisagreements,
  };
}

/** Judged tickets whose figures rest on an assumption about the data, counted per flag. */
function flagCounts(judged: ReadAccount['judged']): { flag: string; text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (let n = 0; n < judged.length; n++) {
    const j = judged[n];
    for (const f of j.record.flags) counts.set(f, (counts.get(f) ?? 0) + 1);
    if (j.evaluation.niveauRemarks.length === 0) continue;
    for (const f of niveauFlags(j.evaluation.niveauRemarks)) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return [...counts].map(([flag, count]) => ({ flag, text: flagText[flag] ?? flag, count })).sort((a, b) => b.count - a.count || compareNl(a.flag, b.flag));
}
