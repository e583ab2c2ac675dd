// A storing's clock in words, moment by moment, one sentence per kind of moment,
// the same on the site and in the PDFs: registration, clock start, every wait for
// the client, the status-update moment and the updates given (4.6), the report to
// the client due (4.6, this product's reading), the deadline, the margin's end,
// resolutions and reopens, and the peildatum while still open.
import type { ClockMoment, Instant, TicketRow } from '../report/model.ts';
import { durationText } from './duration.ts';
import { channelText } from './labels.ts';

/** A moment of the storing's clock with its sentence. */
export interface MomentLine {
  at: Instant;
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

/** One moment of the storing's clock (the model's ClockMoment) in its sentence. */
export function momentSentence(m: ClockMoment, t: TicketRow): string {
  switch (m.kind) {
    case 'registered': return registeredMomentText(m.channel);
    case 'clock-start': return clockStartMomentText(m.later);
    case 'wait-start': return waitStartMomentText;
    case 'wait-end': return waitEndMomentText;
    case 'waiting-at-as-of': return waitRunningMomentText;
    case 'status-update-due': return statusUpdateDueMomentText;
    // On time or late on the clock, as the status-update result is (4.6).
    case 'status-update': return statusUpdateGivenText(m.onTime);
    case 'client-report-due': return clientReportDueMomentText;
    case 'deadline': return deadlineMomentText(m.streeftijd ?? 'streeftijd');
    case 'margin-end': return marginEndMomentText(m.streeftijd ?? 'streeftijd');
    case 'reopened': return reopenedMomentText;
    case 'resolved-before-reopen': return resolvedBeforeReopenMomentText;
    case 'resolved': return resolvedMomentText(durationText(t.hersteltijdMinutes, t.measure));
    case 'open-at-as-of': return stillOpenMomentText;
  }
}

/** The storing's moments in time order (the model's order), each with its sentence. */
export function clockMoments(t: TicketRow): MomentLine[] {
  return t.moments.map((m) => ({ at: m.at, text: momentSentence(m, t) }));
}
