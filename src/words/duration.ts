// One way to write a duration, for the site and the PDFs alike. Dienstvenster
// time in hours and minutes ("52 u 30 min"): its days are not 24 hours long.
// Calendar-measured time of a day or more in days and hours ("12 d 3 u").
import { formatDateTime } from './dates.ts';
import { formatNumber, NONE } from './numbers.ts';

import type { Measure } from '../report/model.ts';

/** How a storing's clock measures (4.6): in the dienstvenster or in calendar time (the model's Measure). */
export type ClockMeasure = Measure;

/** 45 -> "45 min"; 200 -> "3 u 20 min"; 37 486 dienstvenster -> "624 u 46 min"; kalender -> "26 d 0 u". */
export function durationText(minutes: number | null, measure: ClockMeasure | null): string {
  if (minutes === null) return NONE;
  if (minutes < 60) return `${formatNumber(minutes)} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (measure === 'kalender' && h >= 24) return `${formatNumber(Math.floor(h / 24))} d ${h % 24} u`;
  return m === 0 ? `${formatNumber(h)} u` : `${formatNumber(h)} u ${m} min`;
}

/** What an open storing's clock says, as rows and open-storingen lists show it. */
export interface OpenTime {
  minutesLate: number | null;
  untilLateMinutes: number | null;
  remainingMinutes: number | null;
  withinMargin: boolean | null;
  measure: ClockMeasure;
}

/**
 * How late an open storing is, or how much time it has left: "3 u 12 min te laat", "nog 2 d 4 u",
 * "binnen marge, nog 12 d 3 u" ("1 à 2 maanden" past one month: the time left is to the margin's
 * end). Never "nog 0 min": at exactly the streeftijd it is "streeftijd bereikt"; without a
 * streeftijd (or a release date to count to) "–".
 */
export function openTimeText(o: OpenTime): string {
  if (o.minutesLate !== null) return `${durationText(o.minutesLate, o.measure)} te laat`;
  if (o.withinMargin) return o.untilLateMinutes === null ? 'binnen marge' : `binnen marge, nog ${durationText(o.untilLateMinutes, o.measure)}`;
  if (o.remainingMinutes === null) return NONE;
  if (o.remainingMinutes === 0) return 'streeftijd bereikt';
  return `nog ${durationText(o.remainingMinutes, o.measure)}`;
}

/** A storing's deadline as the tables write it, with the margin's end for "1 à 2 maanden" (4.6): "05-02-2026 10:00 (marge tot 05-03-2026 10:00)". */
export function deadlineText(o: { deadline: string | null; marginDeadline: string | null }): string {
  const at = formatDateTime(o.deadline);
  return o.marginDeadline ? `${at} (marge tot ${formatDateTime(o.marginDeadline)})` : at;
}
