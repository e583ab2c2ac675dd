// Judged tickets whose figures rest on an assumption about the data (e.g. a wall
// time in the fall-back hour read as its first occurrence), counted per flag.
import { niveauFlags } from '../engine/niveau.ts';
import type { Judged } from '../pipeline/judge-data.ts';

export const flagText: Record<string, string> = {
  'ambiguous-local-time': 'tijdstip in het dubbele uur bij het ingaan van de wintertijd, gelezen als het eerste',
  approximate: 'benaderde cijfers',
  'approximate:wait-total': 'alleen een totale wachttijd bekend, als één wachttijd vanaf de klokstart geplaatst',
  'approximate:reopens': 'heropend op onbekende momenten',
  'open-last-row': 'laatste rij van een bestand zonder regeleinde, beoordeeld zoals gelezen (mogelijk afgebroken)',
  'niveau-changed-after-resolution': 'niveau gewijzigd na het eerste herstel (telt niet mee: beoordeeld op het niveau bij het eerste herstel, 4.7)',
  'niveau-lowered-after-deadline': 'niveau verlaagd nadat de streeftijd van het hogere niveau al was verstreken (4.7)',
};

export function flagCounts(judged: readonly Judged[]): { flag: string; text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const j of judged) {
    for (const f of j.record.flags) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const f of niveauFlags(j.evaluation.niveauRemarks)) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return [...counts].map(([flag, count]) => ({ flag, text: flagText[flag] ?? flag, count })).sort((a, b) => b.count - a.count || a.flag.localeCompare(b.flag, 'nl'));
}
