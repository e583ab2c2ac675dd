// Whether a client's figures changed after a plan van aanpak (5.2): its storingen
// finally resolved in the three months before the plan's delivery and in the three
// months after it. This product's reading (5.2 names no measure of improvement):
//
//   before   the three calendar months up to the day before the delivery day
//            (delivered 9 May: 9 February to 8 May)
//   after    the day after the delivery day up to three calendar months after it
//            (10 May to 9 August)
//
// The delivery day itself belongs to neither: the plan arrived during it. A storing
// counts in the window its final resolution falls in (local date), as a month's
// figures count it. Where the data starts later or ends earlier (the report moment)
// the window is cut to it and says so; counts of windows of unequal length are not
// comparable, the share within streeftijd is. No verdict: the contract sets no share.
import { addMonths, daysFromCivil, isoDate } from '../engine/civil.ts';
import type { ComplaintState } from '../norms/complaints.ts';
import { dayOf } from './instant.ts';
import type { LocalDate, Measure, Minutes, PlanEffect, PlanWindow, StoringKind, TicketRow, WindowFigures } from './model.ts';
import { storingKinds } from './model.ts';
import { percentile, share } from './stats.ts';

/** Months in each window (this product's reading). */
export const PLAN_WINDOW_MONTHS = 3;

/** The days the data covers: from the first report month's first day to the report moment's day. */
export interface DataSpan {
  from: LocalDate;
  to: LocalDate;
}

/** The plan effects of the delivered plans among `complaints`, in their order; `rows` are the client's storingen. */
export function planEffects(complaints: readonly ComplaintState[], rows: readonly TicketRow[], data: DataSpan): PlanEffect[] {
  const out: PlanEffect[] = [];
  for (const c of complaints) {
    const delivered = c.complaint.planDelivered;
    if (delivered === null) continue;
    const [y, m, d] = delivered.split('-').map(Number);
    const day = daysFromCivil(y, m, d);
    out.push(withoutEmptyKinds({
      complaintId: c.complaint.id,
      delivered,
      before: windowOf(isoDate(addMonths(day, -PLAN_WINDOW_MONTHS)), isoDate(day - 1), rows, data),
      after: windowOf(isoDate(day + 1), isoDate(addMonths(day, PLAN_WINDOW_MONTHS)), rows, data),
    }));
  }
  return out;
}

function windowOf(from: LocalDate, to: LocalDate, rows: readonly TicketRow[], data: DataSpan): PlanWindow {
  const coveredFrom = from > data.from ? from : data.from;
  const coveredTo = to < data.to ? to : data.to;
  const inWindow = rows.filter((t) => {
    if (t.resolvedAt === null || (t.status !== 'met' && t.status !== 'breached')) return false;
    const day = dayOf(t.resolvedAt);
    return day >= from && day <= to;
  });
  return {
    from,
    to,
    covered: coveredFrom <= coveredTo ? { from: coveredFrom, to: coveredTo } : null,
    cutShort: coveredFrom !== from || coveredTo !== to,
    total: figuresOf(inWindow),
    byKind: storingKinds.map((type) => ({ type, ...figuresOf(inWindow.filter((t) => t.type === type)) })),
  };
}

function figuresOf(rows: readonly TicketRow[]): WindowFigures {
  const met = rows.filter((t) => t.status === 'met').length;
  const measures = new Set<Measure>(rows.map((t) => t.measure));
  const measure = measures.size === 1 ? [...measures][0] : null;
  const minutes = rows.map((t) => t.hersteltijdMinutes).filter((m): m is Minutes => m !== null);
  return {
    resolved: rows.length,
    met,
    breached: rows.length - met,
    shareMet: share(met, rows.length),
    medianHersteltijdMinutes: measure === null ? null : (percentile(minutes, 50) as Minutes | null),
    measure,
  };
}

/** Leaves out the kinds without a storing resolved in either window of a plan. */
function withoutEmptyKinds(effect: PlanEffect): PlanEffect {
  const kept = new Set<StoringKind>(
    storingKinds.filter((k) => [effect.before, effect.after].some((w) => w.byKind.some((f) => f.type === k && f.resolved > 0))),
  );
  const keep = (w: PlanWindow): PlanWindow => ({ ...w, byKind: w.byKind.filter((f) => kept.has(f.type)) });
  return { ...effect, before: keep(effect.before), after: keep(effect.after) };
}
