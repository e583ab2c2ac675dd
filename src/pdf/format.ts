// Dutch wording of the model's values for the PDFs: dates from the model's ISO
// strings (already in the contract's zone, so no Date and no local time zone),
// durations, shares and plurals. Formatting only: no figure is computed here.
import { daysInMonth } from '../engine/civil.ts';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "december 2025" for "2025-12". */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "1 t/m 31 december 2025". */
export function periodText(month: string): string {
  return `1 t/m ${daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))} ${monthName(month)}`;
}

/** "31 januari 2026" for an ISO date or date-time. */
export function dateText(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "03-12-2025 10:15" for an ISO date-time with offset. */
export function dateTimeText(iso: string | null): string {
  if (iso === null) return '–';
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** The instant an ISO string with offset names, for PDF metadata. */
export const instantOf = (iso: string): Date => new Date(Date.parse(iso));

/**
 * Minutes as people read them. Dienstvenster time in hours ("52 u 30 min"): its
 * days are not 24 hours; calendar time in days and hours ("12 d 3 u").
 */
export function durationText(minutes: number | null, measure: 'dienstvenster' | 'kalender' | string | null): string {
  if (minutes === null) return '–';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (minutes < 60) return `${minutes} min`;
  if (measure === 'kalender' && h >= 24) return `${Math.floor(h / 24)} d ${h % 24} u`;
  return m === 0 ? `${h} u` : `${h} u ${m} min`;
}

/** "85,7%" (one decimal, dropped when zero); "–" for no share. */
export function percentText(share: number | null): string {
  if (share === null) return '–';
  const text = (Math.round(share * 1000) / 10).toFixed(1).replace('.', ',');
  return `${text.endsWith(',0') ? text.slice(0, -2) : text}%`;
}

/** "1 storing", "7 storingen". */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const kindName = (type: string, plural = false): string =>
  type === 'incident' ? (plural ? 'incidenten' : 'incident') : type === 'bug' ? (plural ? 'bugs' : 'bug') : type;
