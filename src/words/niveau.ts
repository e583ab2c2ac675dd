// A storing's niveau in words (4.7), one rule for the site and the PDFs: the niveau it is
// judged by (the one in force at its first resolution) and the changes a report names.
import type { TicketRow } from '../report/model.ts';

/** "1", or "1 (na herstel 3)" when the final niveau differs from the one it is judged by. */
export function niveauLabel(t: TicketRow): string {
  return t.judgedPriority === t.priority ? String(t.priority) : `${t.judgedPriority} (na herstel ${t.priority})`;
}

/** A niveau change in words: "niveau na herstel verlaagd van 1 naar 3". */
export function niveauRemarkText(r: TicketRow['niveauChanges'][number], t: TicketRow): string {
  const direction = r.from === null ? 'gewijzigd' : r.to > r.from ? 'verlaagd' : 'verhoogd';
  const fromTo = `${r.from === null ? '' : ` van ${r.from}`} naar ${r.to}`;
  if (r.kind === 'lowered-after-deadline') return `Niveau verlaagd${fromTo} nadat de streeftijd van niveau ${r.from} al was verstreken.`;
  return `Niveau na herstel ${direction}${fromTo}; beoordeeld op niveau ${t.judgedPriority}, het niveau bij het eerste herstel.`;
}

