// Reads timestamps as exports write them: ISO 8601 with or without offset
// ("+01:00", "+0100", "+0000", "Z"), and Dutch day-first dates ("05-03-2025 14:22",
// "5-3-2025 9:05", also with "/"). Without an offset a timestamp is wall time in
// the given zone; a wall time in the DST gap is an error, one in the repeated
// hour is read as its first occurrence and flagged. Seconds are dropped. A date
// without a time in a data column is an error (`date-without-time`), never midnight.
import { daysFromCivil } from '../engine/civil.ts';
import type { Zone } from '../engine/zone.ts';

export type TimestampResult =
  | { ok: true; ms: number; ambiguous: boolean }
  | { ok: false; reason: 'bad-date' | 'nonexistent-local-time' | 'date-without-time' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const DUTCH = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** The flag of a ticket with a wall time in the repeated fall-back hour: the plain code, as `evaluate`'s `flags` documents it. */
export const AMBIGUOUS_LOCAL_TIME = 'ambiguous-local-time';

export const BAD_DATE: TimestampResult = { ok: false, reason: 'bad-date' };
export const DATE_WITHOUT_TIME: TimestampResult = { ok: false, reason: 'date-without-time' };

/**
 * The instant in `text`. A date without a time ("15-10-2025", "2025-10-15") is
 * midnight when `dateOnly` is 'midnight' (a report moment typed by a person: --as-of),
 * and an error when it is 'reject' (a timestamp column of a data file, where midnight
 * would be a made-up moment).
 */
export function parseTimestamp(text: string, zone: Zone, dateOnly: 'midnight' | 'reject' = 'midnight'): TimestampResult {
  const s = text.trim();
  const fast = parseIsoFast(s, zone);
  if (fast !== null) return fast;
  let m = ISO.exec(s);
  if (m && m[4] === undefined && dateOnly === 'reject') return DATE_WITHOUT_TIME;
  if (m) return fromParts(+m[1], +m[2], +m[3], m[4] === undefined ? 0 : +m[4], m[5] === undefined ? 0 : +m[5], m[6] === undefined ? 0 : +m[6], m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0, m[8], zone);
  m = DUTCH.exec(s);
  if (m && m[4] === undefined && dateOnly === 'reject') return DATE_WITHOUT_TIME;
  if (m) return fromParts(+m[3], +m[2], +m[1], m[4] === undefined ? 0 : +m[4], m[5] === undefined ? 0 : +m[5], m[6] === undefined ? 0 : +m[6], 0, m[7], zone);
  return BAD_DATE;
}

/** The instant of a date and time read from text; `offset` as written ("Z", "+01:00", "+0100"), or undefined for wall time in `zone`. */
export function fromParts(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number, offset: string | undefined, zone: Zone): TimestampResult {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return BAD_DATE;
  if (day > daysInMonth(year, month) || year < 1000) return BAD_DATE;
  // Read to the minute: reports show whole minutes, and with whole-minute instants every
  // duration is whole minutes too, so a shown hersteltijd and streeftijd never disagree with the status.
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (offset !== undefined) {
    if (offset === 'Z') return { ok: true, ms: wall, ambiguous: false };
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (oh > 18 || om > 59) return BAD_DATE;
    return { ok: true, ms: wall - sign * (oh * 60 + om) * 60_000, ambiguous: false };
  }
  const r = zone.resolveLocal(wall);
  if (r.kind === 'nonexistent') return { ok: false, reason: 'nonexistent-local-time' };
  return { ok: true, ms: r.instantMs, ambiguous: r.kind === 'ambiguous' };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two decimal digits at `i`, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Where readTimestamp puts what it read. */
export interface TimestampOut {
  ms: number;
  ambiguous: boolean;
}

const NOT_THIS_SHAPE = 0;
const READ = 1;
const BAD = 2;
const NONEXISTENT = 3;
const scratch: TimestampOut = { ms: 0, ambiguous: false };

/**
 * The per-row hot path: true (and `out` filled) when `text` (already trimmed) is one
 * of the common ISO shapes parseIsoFast reads and it is a valid instant, exactly as
 * parseTimestamp would read it; false for anything else (call parseTimestamp then,
 * for the other shapes and for the reason a value is wrong).
 */
export function readTimestamp(text: string, zone: Zone, out: TimestampOut): boolean {
  return isoFast(text, zone, out) === READ;
}

/**
 * The common ISO shapes without a regular expression (the per-row hot path):
 * "YYYY-MM-DD[T ]HH:MM[:SS]" with optional " "/"Z"/"+HH:MM"/"+HHMM"/"+HH". Anything
 * else (fractions, date only) returns null and goes through the full grammar.
 */
function parseIsoFast(s: string, zone: Zone): TimestampResult | null {
  switch (isoFast(s, zone, scratch)) {
    case READ: return { ok: true, ms: scratch.ms, ambiguous: scratch.ambiguous };
    case BAD: return BAD_DATE;
    case NONEXISTENT: return { ok: false, reason: 'nonexistent-local-time' };
    default: return null;
  }
}

/** parseIsoFast with the outcome as a code and the instant in `out` (the same checks as fromParts, without strings or objects). */
function isoFast(s: string, zone: Zone, out: TimestampOut): number {
  const n = s.length;
  if (n < 16 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return NOT_THIS_SHAPE;
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return NOT_THIS_SHAPE;
  const c = two(s, 0);
  const y = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (c < 0 || y < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return NOT_THIS_SHAPE;
  let i = 16;
  let second = 0;
  if (i < n && s.charCodeAt(i) === 58) {
    second = two(s, i + 1);
    if (second < 0) return NOT_THIS_SHAPE;
    i += 3;
  }
  if (i < n && s.charCodeAt(i) === 32) i++;
  // Offset in minutes east of UTC; NaN: none written (wall time in `zone`).
  let offsetMinutes = NaN;
  let offsetBad = false;
  if (i < n) {
    const ch = s.charCodeAt(i);
    const len = n - i;
    if (ch === 90 && len === 1) offsetMinutes = 0;
    else if (ch === 43 || ch === 45) {
      // "+HH", "+HHMM" or "+HH:MM" (as /^[+-]\d{2}(?::?\d{2})?$/)
      const oh = two(s, i + 1);
      let om = 0;
      if (len === 3) om = 0;
      else if (len === 5) om = two(s, i + 3);
      else if (len === 6 && s.charCodeAt(i + 3) === 58) om = two(s, i + 4);
      else return NOT_THIS_SHAPE;
      if (oh < 0 || om < 0) return NOT_THIS_SHAPE;
      offsetBad = oh > 18 || om > 59;
      offsetMinutes = (ch === 45 ? -1 : 1) * (oh * 60 + om);
    } else return NOT_THIS_SHAPE;
  }
  const year = c * 100 + y;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return BAD;
  if (day > daysInMonth(year, month) || year < 1000) return BAD;
  // Date.UTC(year, month - 1, day, hour, minute), in arithmetic (a call into the runtime costs more than the rest of this).
  const wall = (daysFromCivil(year, month, day) * 1440 + hour * 60 + minute) * 60_000;
  if (offsetMinutes === offsetMinutes) {
    if (offsetBad) return BAD;
    out.ms = wall - offsetMinutes * 60_000;
    out.ambiguous = false;
    return READ;
  }
  const r = zone.resolveLocal(wall);
  if (r.kind === 'nonexistent') return NONEXISTENT;
  out.ms = r.instantMs;
  out.ambiguous = r.kind === 'ambiguous';
  return READ;
}
