// Support windows (4.1, 4.4, 4.7): telephone requests can only come in during the
// dienstvenster, so one registered outside it is a data anomaly; e-mail requests
// get an automatic acknowledgement.
import type { Calendar } from '../engine/calendar.ts';
import type { Niveau } from '../contract/schema.ts';
import type { Ticket } from '../engine/ticket.ts';

export interface SupportWindowFindings {
  phoneOutsideWindow: Ticket[];
  emailTotal: number;
  emailWithoutAcknowledgement: Ticket[];
  /** Storingen judged at niveau 1 not reported by phone (4.7). */
  niveau1NotByPhone: Ticket[];
}

/**
 * `judgedNiveau` gives (for a ticket and its position in `tickets`) the niveau a storing is judged and counted at (4.7: in force at its
 * first resolution), so that "niveau 1 niet telefonisch" agrees with the month figures and dossiers.
 */
export function supportWindowFindings(tickets: Ticket[], calendar: Calendar, judgedNiveau: (t: Ticket, index: number) => Niveau): SupportWindowFindings {
  const f: SupportWindowFindings = { phoneOutsideWindow: [], emailTotal: 0, emailWithoutAcknowledgement: [], niveau1NotByPhone: [] };
  for (let n = 0; n < tickets.length; n++) {
    const t = tickets[n];
    if (t.channel === 'phone' && calendar.nextOpening(t.registeredAt) !== t.registeredAt) f.phoneOutsideWindow.push(t);
    if (t.channel === 'email') {
      f.emailTotal++;
      if (!t.events.some((e) => e.kind === 'acknowledged')) f.emailWithoutAcknowledgement.push(t);
    }
    if (judgedNiveau(t, n) === 1 && (t.type === 'incident' || t.type === 'bug') && t.channel !== 'phone' && t.channel !== 'monitoring') f.niveau1NotByPhone.push(t);
  }
  return f;
}
