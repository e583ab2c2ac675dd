// The period the data covers, and the rows that lie beyond it. A typo in a year
// (2199 for 2025), or a far-future placeholder date, must not move the report
// moment and with it the report month: one such ticket made a report of 4,186
// months. This product's reading (the contract has no word on it, and the
// report moment is defined by the data, README "How the clock measures"):
//
// - each ticket row counts with its latest moment (registration, resolution, last
//   change, last event);
// - the data's period ends at the latest moment before the earliest silence of
//   more than SILENCE_DAYS after which at most one in ten rows (BEYOND_SHARE)
//   follow, and always when only one row follows (in a file of ten rows or fewer
//   one row is more than a tenth, yet alone it cannot carry a period of its own);
//   without such a silence, at the latest moment of all;
// - the rows after that silence lie beyond the period: they are set aside
//   (`beyond-data-period`), and the default report moment is found without them.
//
// Only the data decides (no clock is read): the same files give the same period.

export const SILENCE_DAYS = 365;
export const SILENCE_MS = SILENCE_DAYS * 86_400_000;
/** Rows after a silence lie beyond the period when they are at most this share of all rows (or just one row). */
export const BEYOND_SHARE = 0.1;

/** The end of the data's period, from each ticket row's latest moment (any order); null when there are none. */
export function periodEnd(latestMoments: ArrayLike<number>): number | null {
  const sorted = Float64Array.from(latestMoments).sort();
  const n = sorted.length;
  if (n === 0) return null;
  for (let i = 0; i + 1 < n; i++) {
    // The rows after place i, from the earliest place on: the first silence with few enough after it counts.
    const after = n - 1 - i;
    if (sorted[i + 1] - sorted[i] > SILENCE_MS && after <= Math.max(1, BEYOND_SHARE * n)) return sorted[i];
  }
  return sorted[n - 1];
}

/** A ticket row's latest moment: its last event, resolution, last change or registration, whichever is latest. */
export function latestMoment(ticket: { registeredAt: number; resolvedAt: number | null; events: readonly { at: number }[] }, updatedAt?: number | null): number {
  let latest = ticket.registeredAt;
  if (ticket.resolvedAt !== null && ticket.resolvedAt > latest) latest = ticket.resolvedAt;
  if (updatedAt !== undefined && updatedAt !== null && updatedAt > latest) latest = updatedAt;
  for (const e of ticket.events) if (e.at > latest) latest = e.at;
  return latest;
}
