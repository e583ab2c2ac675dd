// One way to write a duration, for the site and the PDFs alike. Dienstvenster
// time in hours and minutes ("52 u 30 min"): its days are not 24 hours long.
// Calendar-measured time of a day or more in days and hours ("12 d 3 u").
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
