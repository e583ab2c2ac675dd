// The order in which open storingen need attention: the latest first (most clock minutes
// late), then the least time left before they are late (to the streeftijd, or to the margin's
// end for "1 à 2 maanden"), then those without a streeftijd to count to, each group by id.
import type { Minutes } from './model.ts';
import { compareNl } from './order.ts';

export interface Urgency {
  id: string;
  minutesLate: Minutes | null;
  untilLateMinutes: Minutes | null;
}

/** Rank 0: late; 1: time left; 2: nothing to count to. */
const rank = (o: Urgency) => (o.minutesLate !== null ? 0 : o.untilLateMinutes !== null ? 1 : 2);

export function compareUrgency(a: Urgency, b: Urgency): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0 && a.minutesLate !== b.minutesLate) return b.minutesLate! - a.minutesLate!;
  if (ra === 1 && a.untilLateMinutes !== b.untilLateMinutes) return a.untilLateMinutes! - b.untilLateMinutes!;
  return compareNl(a.id, b.id);
}

/** The storingen in order of urgency (a sorted copy). */
export function byUrgency<T extends Urgency>(list: readonly T[]): T[] {
  return [...list].sort(compareUrgency);
}
