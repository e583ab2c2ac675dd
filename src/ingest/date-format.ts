// Date formats a mapping can name for exports that write neither ISO 8601 nor
// Dutch day-first dates, e.g. Jira's "25/Feb/26 10:17 PM" as "dd/MMM/yy h:mm a".
// A format is compiled once into a list of steps that a cell is read through from
// left to right, each step taking what it takes without ever going back: reading a
// cell costs one pass over it, whatever the format (a regular expression built from
// a format could backtrack without bound on one bad cell). Reading uses no luxon.
import type { Zone } from '../engine/zone.ts';
import { BAD_DATE, DATE_WITHOUT_TIME, fromParts, type TimestampResult } from './timestamp.ts';

/**
 * Tokens: yyyy yy (2000+), MMM (jan/Jan/mrt/Mar ..., an optional dot after it),
 * MM M, dd d, HH H (24 h), hh h (12 h, with a = AM/PM), mm, ss, Z (offset).
 * M d H h take one or two digits, as many as are written; MM dd HH hh do too,
 * except directly before another number (no separator between), where they take
 * exactly two ("yyyyMMdd"). yyyy takes four digits, yy mm ss two. Any other text is
 * written as is; a run of spaces stands for one or more spaces.
 */
const TOKENS = /yyyy|yy|MMM|MM|M|dd|d|HH|H|hh|h|mm|ss|a|Z/g;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, mrt: 3, apr: 4, may: 5, mei: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12,
};

type Part = 'year4' | 'year2' | 'monthName' | 'month' | 'day' | 'hour24' | 'hour12' | 'minute' | 'second' | 'ampm' | 'offset';

/** Each token's part, and for a number its fewest and most digits (most: 0 when it is no number). */
const PART: Record<string, [Part, number, number]> = {
  yyyy: ['year4', 4, 4],
  yy: ['year2', 2, 2],
  MMM: ['monthName', 0, 0],
  MM: ['month', 1, 2],
  M: ['month', 1, 2],
  dd: ['day', 1, 2],
  d: ['day', 1, 2],
  HH: ['hour24', 1, 2],
  H: ['hour24', 1, 2],
  hh: ['hour12', 1, 2],
  h: ['hour12', 1, 2],
  mm: ['minute', 2, 2],
  ss: ['second', 2, 2],
  a: ['ampm', 0, 0],
  Z: ['offset', 0, 0],
};

/** What a part is of a date, to name it once in a format. */
const FIELD: Record<Part, string> = {
  year4: 'jaar', year2: 'jaar', monthName: 'maand', month: 'maand', day: 'dag', hour24: 'uur', hour12: 'uur', minute: 'minuten', second: 'seconden', ampm: 'AM/PM', offset: 'tijdzone',
};

type Step =
  | { kind: 'number'; part: Part; min: number; max: number }
  | { kind: 'monthName' | 'ampm' | 'offset'; part: Part; dot: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'space' };

/** The tokens of a format in order, with the text before each and after the last. */
function tokensOf(format: string): { token: string; before: string }[] {
  const out: { token: string; before: string }[] = [];
  let last = 0;
  for (const m of format.matchAll(TOKENS)) {
    out.push({ token: m[0], before: format.slice(last, m.index) });
    last = m.index! + m[0].length;
  }
  out.push({ token: '', before: format.slice(last) });
  return out;
}

/** Whether a format string names a full date, each part once, and can be read one way only (for the mapping schema). */
export function formatProblem(format: string): string | null {
  const tokens = tokensOf(format).filter((t) => t.token !== '');
  const parts = new Set(tokens.map((t) => PART[t.token][0]));
  if (!(parts.has('year4') || parts.has('year2'))) return 'jaar ontbreekt (yyyy of yy)';
  if (!(parts.has('month') || parts.has('monthName'))) return 'maand ontbreekt (M, MM of MMM)';
  if (!parts.has('day')) return 'dag ontbreekt (d of dd)';
  if (parts.has('hour12') !== parts.has('ampm')) return 'h/hh (12-uursklok) en a (AM/PM) horen bij elkaar';
  const seen = new Set<string>();
  for (const t of tokens) {
    const field = FIELD[PART[t.token][0]];
    if (seen.has(field)) return `${field} staat meer dan eens in het formaat`;
    seen.add(field);
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [, , max] = PART[tokens[k].token];
    const next = tokens[k + 1];
    if (tokens[k].token.length === 1 && max === 2 && next.before === '' && PART[next.token][2] > 0) {
      return `${tokens[k].token}${next.token} zonder scheidingsteken is op meer manieren te lezen; schrijf ${tokens[k].token.repeat(2)} (twee cijfers) of zet er een teken tussen`;
    }
  }
  return null;
}

export class DateFormat {
  private readonly steps: Step[] = [];
  /** Whether the format names an hour: a format without one reads a date, never a moment. */
  private hasTime = false;

  constructor(readonly format: string) {
    const tokens = tokensOf(format);
    for (let k = 0; k < tokens.length; k++) {
      this.literal(tokens[k].before);
      const token = tokens[k].token;
      if (token === '') break;
      const [part, min, max] = PART[token];
      if (part === 'hour24' || part === 'hour12') this.hasTime = true;
      const next = tokens[k + 1];
      if (max > 0) {
        // 2 digits exactly for MM dd HH hh written right before another number.
        const fixed = token.length === 2 && next.before === '' && next.token !== '' && PART[next.token][2] > 0;
        this.steps.push({ kind: 'number', part, min: fixed ? 2 : min, max });
      } else {
        // The dot after a month name, unless the format writes one there itself.
        this.steps.push({ kind: part === 'monthName' ? 'monthName' : part === 'ampm' ? 'ampm' : 'offset', part, dot: !next.before.startsWith('.') });
      }
    }
  }

  private literal(text: string): void {
    for (const piece of text.split(/(\s+)/)) {
      if (piece === '') continue;
      this.steps.push(/^\s/.test(piece) ? { kind: 'space' } : { kind: 'text', text: piece });
    }
  }

  /** The instant, or null when the text is not in this format. */
  parse(text: string, zone: Zone): TimestampResult | null {
    let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, pm = -1;
    let offset: string | undefined;
    let at = 0;
    for (const step of this.steps) {
      const from = at;
      switch (step.kind) {
        case 'text':
          if (!text.startsWith(step.text, at)) return null;
          at += step.text.length;
          continue;
        case 'space':
          while (at < text.length && isSpace(text[at])) at++;
          if (at === from) return null;
          continue;
        case 'number':
          while (at < text.length && at - from < step.max && isDigit(text.charCodeAt(at))) at++;
          if (at - from < step.min) return null;
          break;
        case 'monthName':
          if (!(isLetter(text.charCodeAt(at)) && isLetter(text.charCodeAt(at + 1)) && isLetter(text.charCodeAt(at + 2)))) return null;
          month = MONTHS[text.slice(at, at + 3).toLowerCase()] ?? 0;
          at += 3;
          if (step.dot && text[at] === '.') at++;
          continue;
        case 'ampm':
          if (!/^[AaPp][Mm]$/.test(text.slice(at, at + 2))) return null;
          pm = text[at] === 'P' || text[at] === 'p' ? 1 : 0;
          at += 2;
          continue;
        case 'offset':
          at = offsetEnd(text, at);
          if (at === -1) return null;
          offset = text.slice(from, at);
          continue;
      }
      const v = Number(text.slice(from, at));
      switch (step.part) {
        case 'year4': year = v; break;
        case 'year2': year = 2000 + v; break;
        case 'month': month = v; break;
        case 'day': day = v; break;
        case 'hour24': hour = v; break;
        case 'hour12': hour = v; if (hour < 1 || hour > 12) return BAD_DATE; break;
        case 'minute': minute = v; break;
        case 'second': second = v; break;
      }
    }
    if (at !== text.length) return null;
    if (!this.hasTime) return DATE_WITHOUT_TIME;
    if (pm !== -1) hour = (hour % 12) + (pm === 1 ? 12 : 0);
    return fromParts(year, month, day, hour, minute, second, 0, offset, zone);
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (ch: string) => /\s/.test(ch);

/** Where an offset (Z, +01, +0100, +01:00) that begins at `at` ends; -1: none there. */
function offsetEnd(text: string, at: number): number {
  if (text[at] === 'Z') return at + 1;
  if (!(text[at] === '+' || text[at] === '-') || !isDigit(text.charCodeAt(at + 1)) || !isDigit(text.charCodeAt(at + 2))) return -1;
  const colon = text[at + 3] === ':' ? 1 : 0;
  const minutes = at + 3 + colon;
  return isDigit(text.charCodeAt(minutes)) && isDigit(text.charCodeAt(minutes + 1)) ? minutes + 2 : at + 3;
}
