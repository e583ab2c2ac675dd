// A time zone's UTC offsets as a fast lookup: offset at an instant, and local
// wall time -> instant with the spring-forward gap and the fall-back hour
// reported instead of silently shifted. Built from luxon once per year.
import { IANAZone } from 'luxon';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Result of reading a local wall time: the instant, or why there is none. */
export type LocalResolution =
  | { kind: 'ok'; instantMs: number }
  | { kind: 'ambiguous'; instantMs: number; laterInstantMs: number }
  | { kind: 'nonexistent' };

export class Zone {
  readonly name: string;
  private readonly iana: IANAZone;
  /** Per year: sorted transition instants and the offset (ms) from each one on. */
  private readonly years = new Map<number, { at: number[]; offsetMs: number[] }>();

  constructor(name: string) {
    const iana = IANAZone.create(name);
    if (!iana.isValid) throw new Error(`unknown time zone: ${name}`);
    this.name = name;
    this.iana = iana;
  }

  /** Offset from UTC in milliseconds at an instant. */
  offsetMs(instantMs: number): number {
    const year = new Date(instantMs).getUTCFullYear();
    const table = this.yearTable(year);
    let offset = table.offsetMs[0];
    for (let i = 1; i < table.at.length && table.at[i] <= instantMs; i++) offset = table.offsetMs[i];
    return offset;
  }

  /**
   * The instant of a local wall time given as milliseconds on a UTC-based axis
   * (Date.UTC of the local components). Gaps and repeated hours are reported.
   */
  resolveLocal(localMs: number): LocalResolution {
    const before = this.offsetMs(localMs - DAY_MS);
    const after = this.offsetMs(localMs + DAY_MS);
    const candidates: number[] = [];
    for (const offset of before === after ? [before] : [before, after]) {
      const instant = localMs - offset;
      if (this.offsetMs(instant) === offset) candidates.push(instant);
    }
    if (candidates.length === 0) return { kind: 'nonexistent' };
    candidates.sort((a, b) => a - b);
    if (candidates.length === 2 && candidates[0] !== candidates[1]) {
      return { kind: 'ambiguous', instantMs: candidates[0], laterInstantMs: candidates[1] };
    }
    return { kind: 'ok', instantMs: candidates[0] };
  }

  private yearTable(year: number) {
    let table = this.years.get(year);
    if (table) return table;
    const start = Date.UTC(year, 0, 1) - DAY_MS;
    const end = Date.UTC(year + 1, 0, 1) + DAY_MS;
    const at = [start];
    const offsetMs = [this.iana.offset(start) * 60_000];
    // Transitions happen at most a few times a year: scan by 6 hours, bisect to the minute.
    for (let t = start + 6 * HOUR_MS; t <= end; t += 6 * HOUR_MS) {
      const o = this.iana.offset(t) * 60_000;
      if (o === offsetMs[offsetMs.length - 1]) continue;
      let lo = t - 6 * HOUR_MS;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (this.iana.offset(mid) * 60_000 === o) hi = mid;
        else lo = mid;
      }
      at.push(hi);
      offsetMs.push(o);
    }
    table = { at, offsetMs };
    this.years.set(year, table);
    return table;
  }
}

const zones = new Map<string, Zone>();
/** One shared Zone per name (the lookup tables are pure caches). */
export function zone(name: string): Zone {
  let z = zones.get(name);
  if (!z) zones.set(name, (z = new Zone(name)));
  return z;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 with the zone's offset, seconds precision: 2026-03-02T18:00:00+01:00. */
export function isoInZone(instantMs: number, z: Zone): string {
  const offset = z.offsetMs(instantMs);
  const d = new Date(instantMs + offset);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
