// Article 5: a complaint about missed norms is discussed, and within the agreed
// number of weeks of that discussion the Leverancier delivers a plan van aanpak (5.2).
import { daysFromCivil, isoDate } from '../engine/civil.ts';

export interface Complaint {
  id: string;
  clientId: string;
  /** Dates are local calendar dates, YYYY-MM-DD. */
  received: string;
  periodFrom: string;
  periodTo: string;
  discussed: string | null;
  planDelivered: string | null;
  outcome: string;
  /** What the client raised (the `complaint` column); null when the file has no such column or the cell is empty. */
  complaintText: string | null;
}

export type PlanStatus = 'nog-niet-besproken' | 'plan-open' | 'plan-verlopen' | 'plan-tijdig' | 'plan-te-laat';

export interface ComplaintState {
  complaint: Complaint;
  /** Discussion + N weeks (5.2); null until discussed. */
  planDue: string | null;
  status: PlanStatus;
  /** Days left until the plan is due (negative when overdue); null when delivered or not discussed. */
  daysRemaining: number | null;
}

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return daysFromCivil(y, m, d);
};

/** The state of a complaint on a given local date (the report's as-of date). */
export function complaintState(c: Complaint, planVanAanpakWeeks: number, today: string): ComplaintState {
  if (c.discussed === null) return { complaint: c, planDue: null, status: 'nog-niet-besproken', daysRemaining: null };
  const due = day(c.discussed) + planVanAanpakWeeks * 7;
  const planDue = isoDate(due);
  if (c.planDelivered !== null) {
    return { complaint: c, planDue, status: day(c.planDelivered) <= due ? 'plan-tijdig' : 'plan-te-laat', daysRemaining: null };
  }
  const remaining = due - day(today);
  return { complaint: c, planDue, status: remaining < 0 ? 'plan-verlopen' : 'plan-open', daysRemaining: remaining };
}
