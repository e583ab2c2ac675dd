// Reads timestamps as exports write them: ISO 8601 with or without offset
// ("+01:00", "+0100", "Z"). Without an offset a timestamp is wall time in the
// contract's zone; a wall time in the DST gap is an error, one in the repeated
// hour is read as its first occurrence and flagged.
import type { Zone } from '../engine/zone.ts';

export type TimestampResult =
  | { ok: true; ms: number; ambiguous: boolean }
  | { ok: false; reason: 'bad-date' | 'nonexistent-local-time' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

export function parseTimestamp(text: string, zone: Zone): TimestampResult {
  const m = ISO.exec(text.trim());
  if (!m) return { ok: false, reason: 'bad-date' };
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac, offset] = m;
  const year = +y;
  const month = +mo;
  const day = +d;
  const hour = +h;
  const minute = +mi;
  const second = +s;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return { ok: false, reason: 'bad-date' };
  const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (new Date(wall).getUTCDate() !== day || year < 1000) return { ok: false, reason: 'bad-date' };
  if (offset !== undefined) {
    if (offset === 'Z') return { ok: true, ms: wall, ambiguous: false };
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (oh > 18 || om > 59) return { ok: false, reason: 'bad-date' };
    return { ok: true, ms: wall - sign * (oh * 60 + om) * 60_000, ambiguous: false };
  }
  const r = zone.resolveLocal(wall);
  if (r.kind === 'nonexistent') return { ok: false, reason: 'nonexistent-local-time' };
  return { ok: true, ms: r.instantMs, ambiguous: r.kind === 'ambiguous' };
}
