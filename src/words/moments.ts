// A storing's clock in words, moment by moment, one sentence per kind of moment,
// the same on the site and in the PDFs: registration, clock start, every wait for
// the client, the status-update moment and the updates given (4.6), the report to
// the client due (4.6, this product's reading), the deadline, the margin's end,
// resolutions and reopens, and the peildatum while still open.
import type { TicketRow } from '../report/ticket-row.ts';
import { instantMs } from './dates.ts';
import { durationText } from './duration.ts';
import { channelText } from './labels.ts';

export interface ClockMoment {
  /** ISO date-time with offset, in the contract's zone. */
  at: string;
  text: string;
}

export const registeredMomentText = (channel: string) => `Geregistreerd (${channelText(channel)} gemeld)`;
/** `later`: the clock starts after registration, at the next opening of the dienstvenster. */
export const clockStartMomentText = (later: boolean) => (later ? 'Klok gestart (eerstvolgende opening van het dienstvenster)' : 'Klok gestart');
export const waitStartMomentText = 'Wachten op de klant begonnen (klok staat stil)';
export const waitEndMomentText = 'Wachten op de klant beëindigd (klok loopt weer)';
export const waitRunningMomentText = 'Wachten op de klant loopt nog op de peildatum';
export const statusUpdateDueMomentText = 'Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)';

/** "Statusupdate gegeven (op tijd)", "(te laat)" (judged on the clock, 4.6), or without a verdict when there is no streeftijd. */
export function statusUpdateGivenText(onTime: boolean | null): string {
  return onTime === null ? 'Statusupdate gegeven' : onTime ? 'Statusupdate gegeven (op tijd)' : 'Statusupdate gegeven (te laat)';
}

/** 4.6: an incident not resolved on its melding day must be reported to the client by this moment (this product's reading). */
export const clientReportDueMomentText = 'Rapportage aan de klant uiterlijk (incident niet op de dag van de melding opgelost; artikel 4.6, moment volgens de uitleg van deze rapportage)';
export const deadlineMomentText = (streeftijd: string) => `Deadline: streeftijd (${streeftijd}) verstreken`;
/** "1 à 2 maanden" (4.6): still met, binnen marge, up to two months; breached only after. */
export const marginEndMomentText = (streeftijd: string) => `Einde marge (${streeftijd}): daarna buiten de streeftijd`;
/** A resolution a reopen followed. */
export const resolvedBeforeReopenMomentText = 'Hersteld gemeld';
export const reopenedMomentText = 'Heropend (klok loopt weer)';
export const resolvedMomentText = (hersteltijd: string) => `Hersteld; hersteltijd ${hersteltijd}`;
export const stillOpenMomentText = 'Peildatum: nog niet hersteld';

const str = (v: unknown) => v as string | null;

function unsorted(t: TicketRow): ClockMoment[] {
  const registered = t.registeredAt as string;
  const list: ClockMoment[] = [{ at: registered, text: registeredMomentText(t.channel as string) }];
  const add = (at: string | null | undefined, text: string) => { if (at) list.push({ at, text }); };
  const start = str(t.clockStart);
  if (start) add(start, clockStartMomentText(instantMs(start) > instantMs(registered)));
  for (const [from, to] of t.waits) {
    add(from, waitStartMomentText);
    add(to, to === t.asOf && t.waitingSince !== null ? waitRunningMomentText : waitEndMomentText);
  }
  add(str(t.statusUpdateDue), statusUpdateDueMomentText);
  t.statusUpdates.forEach((u, i) => add(u, statusUpdateGivenText(t.statusUpdatesOnTime[i] ?? null)));
  add(str(t.clientReportDue), clientReportDueMomentText);
  add(str(t.deadline), deadlineMomentText(String(t.streeftijd ?? 'streeftijd')));
  add(str(t.marginDeadline), marginEndMomentText(String(t.streeftijd ?? 'streeftijd')));
  for (const [resolved, reopened] of t.reopenGaps) {
    add(resolved, resolvedBeforeReopenMomentText);
    add(reopened, reopenedMomentText);
  }
  if (t.resolvedAt === null) add(str(t.asOf), stillOpenMomentText);
  else add(str(t.resolvedAt), resolvedMomentText(durationText(t.hersteltijdMinutes as number | null, t.measure as string)));
  return list;
}

/** The storing's moments in time order; moments at the same instant keep the order above (registration before clock start, ...). */
export function clockMoments(t: TicketRow): ClockMoment[] {
  return unsorted(t).map((m, i) => ({ m, i, ms: instantMs(m.at) })).sort((a, b) => a.ms - b.ms || a.i - b.i).map((x) => x.m);
}
