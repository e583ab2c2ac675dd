// A dossier's words shared by its page and its PDF: the complaint itself, why a
// dossier was made without one, and a plan van aanpak's windows and figures
// before and after its delivery (5.2; figures, never verdicts).
import type { Complaint } from '../norms/complaints.ts';
import type { PlanEffect, PlanWindow, ReadyReason, WindowFigures } from '../report/model.ts';
import { formatDate, monthName } from './dates.ts';
import { durationText } from './duration.ts';
import { count, NONE } from './numbers.ts';

/** Where the complaint would be, in a dossier made without one. */
export const noComplaintText = 'geen klacht ingediend';
/** The same, as a sentence of its own. */
export const noComplaintSentence = 'Geen klacht ingediend.';

/** What the client raised, or that the complaints file does not say. */
export function complaintTextOf(c: Complaint): string {
  return c.complaintText ?? 'niet vastgelegd in het klachtenbestand (kolom complaint leeg of afwezig)';
}

/** Free text as a sentence: a full stop added only when it ends without one (or a ! or ?). */
export const asSentence = (text: string): string => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** Why a dossier was made ready without a complaint: the client's repeated breaches (5.1). */
export function readyReasonText(r: ReadyReason): string {
  const months = r.monthsWithBreaches.map(monthName).join(', ');
  return (
    `Klaargezet omdat de klant herhaalde overschrijdingen had: in ${monthName(r.month)} ${count(r.breachesInMonth, 'storing', 'storingen')} buiten de streeftijd hersteld, ` +
    `overschrijdingen in ${count(r.monthsWithBreaches.length, 'maand', 'maanden')} van de laatste drie (${months}). ` +
    'Artikel 5.1: als de normen niet zijn gehaald, kan de klant een klacht indienen. Dit dossier bereidt dat gesprek voor.'
  );
}

/** This product's reading of "did the figures improve after the plan" (5.2 names no measure). */
export const planWindowsReading =
  'Uitleg van deze rapportage (artikel 5.2 noemt geen maat voor verbetering): per geleverd plan van aanpak de storingen die definitief zijn hersteld in de drie maanden vóór de leverdag en in de drie maanden erna; de leverdag zelf telt in geen van beide. ' +
  'Het aandeel binnen streeftijd is een cijfer, geen norm: de SLA geeft een streeftijd per storing, geen percentage. Waar de gegevens later beginnen of eerder ophouden, is de periode korter en staat dat erbij; aantallen van ongelijke perioden zijn dan niet vergelijkbaar, het aandeel wel.';

/** "10-05-2025 t/m 09-08-2025", with the part the data covers when it is less. */
export function planWindowText(w: PlanWindow): string {
  const full = `${formatDate(w.from)} t/m ${formatDate(w.to)}`;
  if (!w.cutShort) return full;
  if (w.covered === null) return `${full} (geen gegevens in deze periode)`;
  const parts: string[] = [];
  if (w.covered.from !== w.from) parts.push(`gegevens pas vanaf ${formatDate(w.covered.from)}`);
  if (w.covered.to !== w.to) parts.push(`gegevens tot de peildatum ${formatDate(w.covered.to)}`);
  return `${full} (${parts.join(', ')})`;
}

/** "2 van 3 binnen streeftijd (66,7%), 1 buiten", or that none was resolved. */
export function windowFiguresText(f: WindowFigures, share: (x: number | null) => string): string {
  if (f.resolved === 0) return 'geen storingen hersteld';
  return `${f.met} van ${f.resolved} binnen streeftijd (${share(f.shareMet)}), ${f.breached} buiten`;
}

/** The median hersteltijd in its measure, or why there is none. */
export function medianText(f: WindowFigures): string {
  if (f.resolved === 0) return NONE;
  if (f.medianHersteltijdMinutes === null) return 'gemengde klokken';
  return durationText(f.medianHersteltijdMinutes, f.measure);
}

/** One sentence per plan: before and after, all storingen. */
export function planEffectText(e: PlanEffect, share: (x: number | null) => string): string {
  const cut = e.before.cutShort || e.after.cutShort ? ' Niet elke periode is door de gegevens gedekt; vergelijk het aandeel, niet de aantallen.' : '';
  return (
    `Plan van aanpak ${e.complaintId} geleverd op ${formatDate(e.delivered)}. ` +
    `Drie maanden ervoor: ${windowFiguresText(e.before.total, share)}. Drie maanden erna: ${windowFiguresText(e.after.total, share)}.${cut}`
  );
}
