// Support windows (4.1, 4.4, 4.7): telephone requests can only come in during the
// dienstvenster, so one registered outside it is a data anomaly; e-mail requests
// get an automatic acknowledgement.
import type { Calendar } from '../engine/calendar.ts';
import type { Ticket } from '../engine/ticket.ts';

export interface SupportWindowFindings {
  phoneOutsideWindow: Ticket[];
  emailTotal: number;
  emailWithoutAcknowledgement: Ticket[];
  /** Niveau 1 storingen not reported by phone (4.7). */
  niveau1NotByPhone: Ticket[];
}

export function supportWindowFindings(tickets: Ticket[], calendar: Calendar): SupportWindowFindings {
  const f: SupportWindowFindings = { phoneOutsideWindow: [], emailTotal: 0, emailWithoutAcknowledgement: [], niveau1NotByPhone: [] };
  for (const t of tickets) {
    if (t.channel === 'phone' && calendar.nextOpening(t.registeredAt) !== t.registeredAt) f.phoneOutsideWindow.push(t);
    if (t.channel === 'email') {
      f.emailTotal++;
      if (!t.events.some((e) => e.kind === 'acknowledged')) f.emailWithoutAcknowledgement.push(t);
    }
    if (t.niveau === 1 && (t.type === 'incident' || t.type === 'bug') && t.channel !== 'phone' && t.channel !== 'monitoring') f.niveau1NotByPhone.push(t);
  }
  return f;
}
