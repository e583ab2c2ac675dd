// Dossiers made ready without a complaint (5.1: a client "kan een klacht indienen"
// when norms were missed): for each client with repeated breaches in the report
// month and no complaint on file covering that month, the dossier of the last
// three months, so that the conversation can be prepared without the command line.
//
// This product's reading: a complaint covers the month when its period overlaps it;
// the last three months are the report month and the two before it, by registration
// date as every dossier's period is.
import { daysInMonth } from '../engine/civil.ts';
import type { ComplaintState } from '../norms/complaints.ts';
import { buildDossier, type DossierSource } from './dossier.ts';
import type { Dossier, DossierRef, LocalDate, MonthId, RepeatedBreach } from './model.ts';

/** Months in a ready dossier's period, the report month included. */
export const READY_MONTHS = 3;

const firstDay = (month: MonthId): LocalDate => `${month}-01`;
const lastDay = (month: MonthId): LocalDate => `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;

/** The month `n` months before `month`. */
function monthsBefore(month: MonthId, n: number): MonthId {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The client's complaint whose period overlaps the month (the latest received when several do), or null. */
export function coveringComplaint(complaints: readonly ComplaintState[], clientId: string, month: MonthId): ComplaintState | null {
  const from = firstDay(month);
  const to = lastDay(month);
  let found: ComplaintState | null = null;
  for (const c of complaints) {
    const k = c.complaint;
    if (k.clientId !== clientId || k.periodFrom > to || k.periodTo < from) continue;
    if (found === null || k.received > found.complaint.received || (k.received === found.complaint.received && k.id > found.complaint.id)) found = c;
  }
  return found;
}

/**
 * The ready dossiers of the report month's repeated breaches, and those repeated breaches each
 * with the dossier to open: the covering complaint's, or the ready one.
 */
export function readyDossiers(month: MonthId, repeated: readonly RepeatedBreach[], source: DossierSource): { dossiers: Dossier[]; repeated: RepeatedBreach[] } {
  const from = firstDay(monthsBefore(month, READY_MONTHS - 1));
  const to = lastDay(month);
  const dossiers: Dossier[] = [];
  const withRefs = repeated.map((r): RepeatedBreach => {
    const covering = coveringComplaint(source.complaints, r.clientId, month);
    if (covering) return { ...r, dossier: { kind: 'klacht', complaintId: covering.complaint.id } };
    const readyFor = { month, breachesInMonth: r.breachesInMonth, monthsWithBreaches: r.monthsWithBreaches };
    const dossier = buildDossier(source, r.clientId, from, to, null, readyFor);
    dossiers.push(dossier);
    return { ...r, dossier: dossier.ref satisfies DossierRef };
  });
  return { dossiers, repeated: withRefs };
}
