// Date formats a mapping can name for exports that write neither ISO 8601 nor
// Dutch day-first dates, e.g. Jira's "25/Feb/26 10:17 PM" as "dd/MMM/yy h:mm a".
// A format is compiled once into a regular expression; reading a row uses no luxon.
import type { Zone } from '../engine/zone.ts';
import { BAD_DATE, DATE_WITHOUT_TIME, fromParts, type TimestampResult } from './timestamp.ts';

/** Tokens: yyyy yy (2000+), MMM (jan/Jan/mrt/Mar ...), MM M, dd d, HH H (24 h), hh h (12 h, with a = AM/PM), mm, ss, Z (offset). */
const TOKENS = /yyyy|yy|MMM|MM|M|dd|d|HH|H|hh|h|mm|ss|a|Z/g;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, mrt: 3, apr: 4, may: 5, mei: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12,
};

type Part = 'year4' | 'year2' | 'monthName' | 'month' | 'day' | 'hour24' | 'hour12' | 'minute' | 'second' | 'ampm' | 'offset';

const PART: Record<string, [Part, string]> = {
  yyyy: ['year4', '(\\d{4})'],
  yy: ['year2', '(\\d{2})'],
  MMM: ['monthName', '([A-Za-z]{3})\\.?'],
  MM: ['month', '(\\d{1,2})'],
  M: ['month', '(\\d{1,2})'],
  dd: ['day', '(\\d{1,2})'],
  d: ['day', '(\\d{1,2})'],
  HH: ['hour24', '(\\d{1,2})'],
  H: ['hour24', '(\\d{1,2})'],
  hh: ['hour12', '(\\d{1,2})'],
  h: ['hour12', '(\\d{1,2})'],
  mm: ['minute', '(\\d{2})'],
  ss: ['second', '(\\d{2})'],
  a: ['ampm', '([AaPp][Mm])'],
  Z: ['offset', '(Z|[+-]\\d{2}(?::?\\d{2})?)'],
};

/** Whether a format string only uses known tokens and names a full date (for the mapping schema). */
export function formatProblem(format: string): string | null {
  const parts = new Set([...format.matchAll(TOKENS)].map((m) => PART[m[0]][0]));
  if (!(parts.has('year4') || parts.has('year2'))) return 'jaar ontbreekt (yyyy of yy)';
  if (!(parts.has('month') || parts.has('monthName'))) return 'maand ontbreekt (M, MM of MMM)';
  if (!parts.has('day')) return 'dag ontbreekt (d of dd)';
  if (parts.has('hour12') !== parts.has('ampm')) return 'h/hh (12-uursklok) en a (AM/PM) horen bij elkaar';
  return null;
}

export class DateFormat {
  private readonly regex: RegExp;
  private readonly parts: Part[] = [];
  /** Whether the format names an hour: a format without one reads a date, never a moment. */
  private hasTime = false;

  constructor(readonly format: string) {
    let source = '';
    let last = 0;
    for (const m of format.matchAll(TOKENS)) {
      source += literal(format.slice(last, m.index));
      const [part, pattern] = PART[m[0]];
      this.parts.push(part);
      if (part === 'hour24' || part === 'hour12') this.hasTime = true;
      source += pattern;
      last = m.index! + m[0].length;
    }
    source += literal(format.slice(last));
    this.regex = new RegExp(`^${source}$`);
  }

  /** The instant, or null when the text is not in this format. */
  parse(text: string, zone: Zone): TimestampResult | null {
    const m = this.regex.exec(text);
    if (m === null) return null;
    if (!this.hasTime) return DATE_WITHOUT_TIME;
    let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, pm = -1;
    let offset: string | undefined;
    for (let k = 0; k < this.parts.length; k++) {
      const v = m[k + 1];
      switch (this.parts[k]) {
        case 'year4': year = +v; break;
        case 'year2': year = 2000 + +v; break;
        case 'monthName': month = MONTHS[v.toLowerCase()] ?? 0; break;
        case 'month': month = +v; break;
        case 'day': day = +v; break;
        case 'hour24': hour = +v; break;
        case 'hour12': hour = +v; if (hour < 1 || hour > 12) return BAD_DATE; break;
        case 'minute': minute = +v; break;
        case 'second': second = +v; break;
        case 'ampm': pm = v[0] === 'P' || v[0] === 'p' ? 1 : 0; break;
        case 'offset': offset = v; break;
      }
    }
    if (pm !== -1) hour = (hour % 12) + (pm === 1 ? 12 : 0);
    return fromParts(year, month, day, hour, minute, second, 0, offset, zone);
  }
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
