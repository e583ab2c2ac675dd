// Instants of the report model: ISO 8601 with the contract zone's offset, made
// here from epoch milliseconds, read back only where a figure needs the number.
import { isoInZone, type Zone } from '../engine/zone.ts';
import type { Instant, LocalDate } from './model.ts';

const DAY_MS = 86_400_000;
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Per zone: the text of each local day ("2026-01-05T") and of each offset ("+01:00") met so far. */
const days = new WeakMap<Zone, Map<number, string>>();
const offsets = new Map<number, string>();

/**
 * The instant in the contract's zone, exactly as isoInZone writes it (seconds precision), made
 * from a cached day and offset text: a model of 150,000 storingen writes millions of instants.
 * The text is flattened (V8 otherwise keeps a concatenation as a tree of its pieces, several
 * hundred bytes per instant).
 */
export function instant(ms: number, zone: Zone): Instant {
  // Most moments are whole minutes (timestamps are read to the minute): those are cached per minute
  // in a direct-mapped table (a slot per minute modulo its size; a later minute takes the slot over).
  // Other moments are written each time.
  if (ms % MINUTE_MS !== 0) return format(ms, zone);
  let cache = zone === lastZone ? lastCache : byMinute.get(zone);
  if (cache === undefined) byMinute.set(zone, (cache = { minutes: new Float64Array(SLOTS).fill(NaN), texts: new Array<Instant>(SLOTS) }));
  lastZone = zone;
  lastCache = cache;
  const minute = ms / MINUTE_MS;
  const slot = minute & (SLOTS - 1);
  if (cache.minutes[slot] === minute) return cache.texts[slot];
  const text = format(ms, zone);
  cache.minutes[slot] = minute;
  cache.texts[slot] = text;
  return text;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** Slots of the minute cache: a power of two, about a year of minutes. */
const SLOTS = 1 << 19;

/** Instants made so far, per zone: one string for a moment that many rows share. */
const byMinute = new WeakMap<Zone, { minutes: Float64Array; texts: Instant[] }>();
let lastZone: Zone | undefined;
let lastCache: { minutes: Float64Array; texts: Instant[] } | undefined;
/** Per zone, the offset of each UTC hour in which it does not change (NaN: it changes within the hour). */
const hourOffsets = new WeakMap<Zone, Map<number, number>>();

function offsetAt(ms: number, zone: Zone): number {
  let byHour = hourOffsets.get(zone);
  if (!byHour) hourOffsets.set(zone, (byHour = new Map()));
  const hour = Math.floor(ms / HOUR_MS);
  let offset = byHour.get(hour);
  if (offset === undefined) {
    const first = zone.offsetMs(hour * HOUR_MS);
    offset = first === zone.offsetMs(hour * HOUR_MS + HOUR_MS - 1) ? first : NaN;
    byHour.set(hour, offset);
  }
  return Number.isNaN(offset) ? zone.offsetMs(ms) : offset;
}

function format(ms: number, zone: Zone): Instant {
  const offset = offsetAt(ms, zone);
  const local = ms + offset;
  const day = Math.floor(local / DAY_MS);
  let byDay = days.get(zone);
  if (!byDay) days.set(zone, (byDay = new Map()));
  let date = byDay.get(day);
  if (date === undefined) {
    date = isoInZone(ms, zone).slice(0, 11);
    byDay.set(day, date);
  }
  let zoneText = offsets.get(offset);
  if (zoneText === undefined) {
    zoneText = isoInZone(ms, zone).slice(19);
    offsets.set(offset, zoneText);
  }
  const s = Math.floor((local - day * DAY_MS) / 1000);
  const text = `${date}${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}${zoneText}`;
  (text as unknown as number) | 0;
  return text as Instant;
}

export function instantOrNull(ms: number | null, zone: Zone): Instant | null {
  return ms === null ? null : instant(ms, zone);
}

/** The local date an instant falls on (its offset is the contract zone's). */
export const dayOf = (at: Instant): LocalDate => at.slice(0, 10);
