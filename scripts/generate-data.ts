/**
 * Deterministic generator for synthetic helpdesk exports (tickets, events, releases)
 * of a Dutch software supplier with two products: `intramed` (on premise) and
 * `intramed-online` (hosted).
 *
 * Usage:
 *   node --import tsx scripts/generate-data.ts [--scale] [--out DIR] [--seed N]
 *                                             [--tickets N] [--clients N]
 *
 *   (default)   300 clients, 10,000 tickets  -> data/
 *   --scale     5,000 clients, 150,000 tickets -> data/scale/
 *
 * Same seed + same options => byte-identical output. No Math.random, no clock.
 *
 * Time model: every timestamp is Europe/Amsterdam wall-clock time, kept internally
 * as "wall minutes since 1970-01-01T00:00" (DST is ignored for arithmetic; a
 * generated time that would fall into the non-existent spring-forward hour or the
 * ambiguous fall-back hour is moved to 03:00 of that day, which keeps ordering).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hashSeed, Rng } from './prng.ts';

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

export interface GenerateOptions {
  outDir: string;
  seed: number;
  tickets: number;
  clients: number;
  /** Year of registrations (default 2025). Holidays/DST are computed for it. */
  year?: number;
}

export interface GenerateResult {
  tickets: number;
  events: number;
  open: number;
  files: string[];
}

const DEFAULT_SEED = 20250101;
/** Project root (default output directories are relative to it, not to the cwd). */
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = { clients: 300, tickets: 10_000 };
const SCALE = { clients: 5_000, tickets: 150_000 };

// ---------------------------------------------------------------------------
// Wall-clock time helpers (minutes since 1970-01-01T00:00 local wall time)
// ---------------------------------------------------------------------------

const MIN_PER_DAY = 1440;

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
function wall(y: number, m: number, d: number, hh = 0, mm = 0): number {
  return dayNumber(y, m, d) * MIN_PER_DAY + hh * 60 + mm;
}
/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
function dow(day: number): number {
  return (day + 4) % 7;
}

const dayStrCache = new Map<number, string>();
function dayStr(day: number): string {
  let s = dayStrCache.get(day);
  if (s === undefined) {
    s = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dayStrCache.set(day, s);
  }
  return s;
}
const TWO = Array.from({ length: 60 }, (_, i) => (i < 10 ? '0' : '') + i);
function fmt(t: number): string {
  const day = Math.floor(t / MIN_PER_DAY);
  const m = t - day * MIN_PER_DAY;
  return `${dayStr(day)}T${TWO[(m / 60) | 0]}:${TWO[m % 60]}:00`;
}

/** Last Sunday of a month (day number). */
function lastSunday(y: number, m: number): number {
  let d = dayNumber(y, m + 1, 1) - 1; // last day of month m (Date.UTC handles m=12 -> next year)
  while (dow(d) !== 0) d--;
  return d;
}

/** Start minutes of the hours 02:00-02:59 on DST transition days (non-existent / ambiguous). */
const FORBIDDEN_HOURS: number[] = [];
for (let y = 2022; y <= 2028; y++) {
  FORBIDDEN_HOURS.push(lastSunday(y, 3) * MIN_PER_DAY + 120);
  FORBIDDEN_HOURS.push(lastSunday(y, 10) * MIN_PER_DAY + 120);
}
const forbiddenSet = new Set(FORBIDDEN_HOURS);
/** Monotone map: a time inside a DST gap/overlap hour becomes 03:00 of that day. */
function sanitize(t: number): number {
  const h = t - (t % 60);
  return forbiddenSet.has(h) ? h + 60 : t;
}

// ---------------------------------------------------------------------------
// Dutch public holidays and the service window
// ---------------------------------------------------------------------------

function easterSunday(y: number): number {
  // Anonymous Gregorian algorithm
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/**
 * Dutch public holidays as used for the service window: Nieuwjaarsdag, Tweede Paasdag,
 * Koningsdag (27 Apr, or 26 Apr when the 27th is a Sunday), Bevrijdingsdag (5 May; listed in
 * the Algemene termijnenwet every year), Hemelvaartsdag, Tweede Pinksterdag, Eerste en
 * Tweede Kerstdag. (Only 2025 and January 2026 matter for the generated data.)
 */
function dutchHolidays(y: number): number[] {
  const easter = easterSunday(y);
  let koningsdag = dayNumber(y, 4, 27);
  if (dow(koningsdag) === 0) koningsdag -= 1;
  const days = [
    dayNumber(y, 1, 1),
    easter + 1,
    koningsdag,
    easter + 39,
    easter + 50,
    dayNumber(y, 12, 25),
    dayNumber(y, 12, 26),
  ];
  days.push(dayNumber(y, 5, 5));
  return days.sort((a, b) => a - b);
}

const CAL_FIRST_DAY = dayNumber(2022, 1, 1);
const CAL_LAST_DAY = dayNumber(2028, 12, 31);
const CAL_LEN = CAL_LAST_DAY - CAL_FIRST_DAY + 1;
const holidaySet = new Set<number>();
for (let y = 2022; y <= 2028; y++) for (const d of dutchHolidays(y)) holidaySet.add(d);
/** Minute-of-day window [open, close) per calendar day, -1 when closed. */
const winOpen = new Int16Array(CAL_LEN);
const winClose = new Int16Array(CAL_LEN);
for (let i = 0; i < CAL_LEN; i++) {
  const day = CAL_FIRST_DAY + i;
  const wd = dow(day);
  if (wd === 0 || wd === 6 || holidaySet.has(day)) {
    winOpen[i] = -1;
    winClose[i] = -1;
  } else if (wd === 1 || wd === 4) {
    winOpen[i] = 8 * 60;
    winClose[i] = 20 * 60; // Mon/Thu 08:00-20:00
  } else {
    winOpen[i] = 8 * 60;
    winClose[i] = 17 * 60; // Tue/Wed/Fri 08:00-17:00
  }
}
function isWorkday(day: number): boolean {
  return winOpen[day - CAL_FIRST_DAY] >= 0;
}
function openOf(day: number): number {
  return winOpen[day - CAL_FIRST_DAY];
}
function closeOf(day: number): number {
  return winClose[day - CAL_FIRST_DAY];
}

/**
 * Add `w` working minutes (service window only, holidays excluded) to `t`.
 * With w = 0 this snaps `t` to the next moment inside the window.
 */
function addWorking(t: number, w: number): number {
  let day = Math.floor(t / MIN_PER_DAY);
  for (;;) {
    const i = day - CAL_FIRST_DAY;
    if (i >= CAL_LEN) throw new Error('calendar overflow');
    const o = winOpen[i];
    if (o >= 0) {
      const open = day * MIN_PER_DAY + o;
      const close = day * MIN_PER_DAY + winClose[i];
      if (t < open) t = open;
      if (t < close) {
        const avail = close - t;
        if (w <= avail) return t + w;
        w -= avail;
      }
    }
    day++;
    t = day * MIN_PER_DAY;
  }
}

/** Next working day >= day. */
function nextWorkday(day: number): number {
  while (!isWorkday(day)) day++;
  return day;
}

// ---------------------------------------------------------------------------
// Releases
// ---------------------------------------------------------------------------

interface Release {
  version: string;
  day: number;
  halfYearly: boolean;
}
const RELEASES: Release[] = [
  { version: '2023.1', day: dayNumber(2023, 1, 16), halfYearly: true },
  { version: '2023.2', day: dayNumber(2023, 7, 17), halfYearly: true },
  { version: '2024.1', day: dayNumber(2024, 1, 15), halfYearly: true },
  { version: '2024.1.1', day: dayNumber(2024, 4, 8), halfYearly: false },
  { version: '2024.2', day: dayNumber(2024, 7, 15), halfYearly: true },
  { version: '2025.1', day: dayNumber(2025, 1, 13), halfYearly: true },
  { version: '2025.1.1', day: dayNumber(2025, 3, 17), halfYearly: false },
  { version: '2025.2', day: dayNumber(2025, 7, 14), halfYearly: true },
  { version: '2025.2.1', day: dayNumber(2025, 10, 6), halfYearly: false },
  { version: '2026.1', day: dayNumber(2026, 1, 12), halfYearly: true },
  { version: '2026.2', day: dayNumber(2026, 7, 13), halfYearly: true },
  { version: '2027.1', day: dayNumber(2027, 1, 18), halfYearly: true },
];
const HALF_YEARLY = RELEASES.filter((r) => r.halfYearly);

/** Latest release (optionally only half-yearly) with day <= `day`. */
function releaseAt(day: number, halfYearlyOnly: boolean): number {
  const list = halfYearlyOnly ? HALF_YEARLY : RELEASES;
  let idx = 0;
  for (let i = 0; i < list.length; i++) if (list[i].day <= day) idx = i;
  return idx;
}

/** First half-yearly release strictly after `day`. */
function nextHalfYearly(day: number): Release {
  for (const r of HALF_YEARLY) if (r.day > day) return r;
  return HALF_YEARLY[HALF_YEARLY.length - 1];
}

// ---------------------------------------------------------------------------
// Domain model
// ---------------------------------------------------------------------------

type Product = 'intramed' | 'intramed-online';
type TicketType = 'incident' | 'bug' | 'question' | 'change';
type Channel = 'phone' | 'email' | 'portal' | 'monitoring';

interface Client {
  id: string;
  name: string;
  product: Product;
  weight: number;
  /** On premise: number of half-yearly releases behind. */
  lag: number;
  /** On premise: days after a release before the client installs it. */
  upgradeDelay: number;
}

interface Spec {
  seq: number; // generation index, used to derive the per-ticket RNG
  client: Client;
  type: TicketType;
  priority: 1 | 2 | 3;
  reported: 0 | 1 | 2 | 3; // 0 = empty
  channel: Channel;
  reg: number;
  pinned: boolean;
}

interface Ev {
  t: number;
  e: string;
  v: string;
  o: number; // insertion order for stable sort
}

// ---------------------------------------------------------------------------
// Client names
// ---------------------------------------------------------------------------

const SURNAMES = [
  'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit',
  'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen',
  'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden',
  'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek',
  'de Bruijn', 'de Jong', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra',
  'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters',
  'de Jonge', 'Kuipers', 'van Veen', 'Post', 'Kuiper', 'Veenstra', 'Kramer', 'van den Brink',
  'Scholten', 'van Wijk', 'Postma', 'Martens', 'Vink', 'de Ruiter', 'Timmermans', 'Groen',
  'Gerritsen', 'Jonker', 'van Loon', 'Boer', 'van der Velde', 'Willemsen', 'Smeets', 'de Lange',
  'de Vos', 'Bosch', 'van Dongen', 'Schipper', 'de Koning', 'van der Laan', 'Koning', 'Driessen',
  'van Doorn', 'Hermans', 'Evers', 'van den Bosch', 'van der Meulen', 'Hofman', 'Bosman', 'Wolters',
  'Sanders', 'van der Heijden', 'Claassen', 'Hoogendoorn', 'Daniëls', 'Thijssen', 'Reijnders',
  'IJzerman', 'Lefèvre', 'Öztürk', 'El Amrani', 'Nguyen', 'Bouzid', 'Michiëls', 'Raaijmakers',
];
const FIRST_NAMES = [
  'Zoë', 'Noël', 'Chloé', 'René', 'André', 'Daniëlle', 'Anaïs', 'Loïs', 'Inès', 'Joëlle',
  'Ruud', 'Sanne', 'Bram', 'Femke', 'Joost', 'Eline', 'Thijs', 'Lotte', 'Pieter', 'Maartje',
  'Sjoerd', 'Anouk', 'Wouter', 'Iris', 'Jeroen', 'Marloes', 'Koen', 'Esther',
];
const PLACES = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere',
  'Breda', 'Nijmegen', 'Apeldoorn', 'Haarlem', 'Arnhem', 'Enschede', 'Amersfoort', 'Zaanstad',
  "'s-Hertogenbosch", 'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht', 'Zoetermeer', 'Ede',
  'Alkmaar', 'Delft', 'Deventer', 'Venlo', 'Helmond', 'Oss', 'Hilversum', 'Heerlen', 'Sittard',
  'Roosendaal', 'Purmerend', 'Schiedam', 'Vlaardingen', 'Gouda', 'Zeist', 'Hoorn', 'Assen',
  'Emmen', 'Leeuwarden', 'Veenendaal', 'Den Helder', 'Harderwijk', 'Kampen', 'Doetinchem', 'Tiel',
  'Goes', 'Middelburg', 'Vlissingen', 'Terneuzen', 'Sneek', 'Heerenveen', 'Drachten', 'Meppel',
  'Hoogeveen', 'Ruïnerwold', 'Roermond', 'Weert', 'Uden', 'Veghel', 'Boxtel', 'Waalwijk',
  'IJsselstein', 'Nieuwegein', 'Houten', 'Woerden', 'Bodegraven', 'Alphen aan den Rijn', 'Katwijk',
  'Noordwijk', 'Lisse', 'Heemstede', 'Bussum', 'Huizen', 'Baarn', 'Soest', 'Barneveld', 'Nijkerk',
  'Elburg', 'Zutphen', 'Winterswijk', 'Oldenzaal', 'Hengelo', 'Almelo', 'Coevorden', 'Winschoten',
  'Delfzijl', 'Franeker', 'Dokkum', 'Urk', 'Lelystad', 'Dronten', 'Zeewolde', 'Spijkenisse',
  'Capelle aan den IJssel', 'Ridderkerk', 'Barendrecht', 'Zwijndrecht', 'Gorinchem', 'Culemborg',
  'Zaltbommel', 'Oisterwijk', 'Oosterhout', 'Etten-Leur', 'Bergen op Zoom', 'Kerkrade', 'Geleen',
  'Sint-Michielsgestel', 'Wijk bij Duurstede', 'Liessel', 'Hellendoorn', 'Steenwijk',
];
const SPOTS = [
  'De Linde', 'De Eik', 'De Beuk', 'De Es', 'De Wilg', 'De Kastanje', 'Het Anker', 'De Brug',
  'De Molen', 'De Vaart', 'De Poort', 'Het Kompas', 'De Horst', 'De Hoven', 'De Kroon', 'Het Park',
  'De Bron', "'t Zand", 'De Zwaan', 'De Meent', 'De Kolk', 'Het Baken', 'De Ooievaar', 'Het Spoor',
  'De Dijk', 'De Gaard', 'De Schakel', 'De Weide', 'De Akker', 'Het Lindeplein', 'De Boulevard',
  'Het Raadhuisplein', 'De Kempen', 'De Veluwe', 'Het Gooi', 'De Reünie', 'Het Ruïnepark',
];
const DIRECTIONS = ['Noord', 'Zuid', 'Oost', 'West', 'Zuid-Oost', 'Noord-West', 'Centrum'];

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function makeClientName(rng: Rng): string {
  const S = () => capitalize(rng.pick(SURNAMES));
  const P = () => rng.pick(PLACES);
  const N = () => rng.pick(SPOTS);
  let name = rng.weighted<() => string>([
    [() => `Fysiotherapie ${N()}`, 14],
    [() => `Fysiotherapie ${N()} ${P()}`, 8],
    [() => `Praktijk voor Fysiotherapie ${S()} & ${S()}`, 10],
    [() => `Fysiotherapiepraktijk ${S()}`, 10],
    [() => `Fysio ${P()}`, 6],
    [() => `Fysio ${P()} ${rng.pick(DIRECTIONS)}`, 6],
    [() => `Fysiotherapie ${P()}-${rng.pick(DIRECTIONS)}`, 4],
    [() => `${S()} Fysiotherapie`, 8],
    [() => `Fysiotherapie & Manuele Therapie ${S()}`, 5],
    [() => `Gezondheidscentrum ${N()}`, 4],
    [() => `Paramedisch Centrum ${P()}`, 4],
    [() => `Fysiotherapie ${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`, 6],
    [() => `${rng.pick(['Sportfysiotherapie', 'Kinderfysiotherapie', 'Bekkenfysiotherapie'])} ${P()}`, 5],
    [() => `Fysiotherapie ${S()}, ${S()} en ${S()}`, 1.2],
    [() => `Fysiotherapie ${N()}, locatie ${P()}`, 1.2],
    [() => `Fysiotherapie "${N()}"`, 0.8],
    [() => `Praktijk "${N()}" voor Fysiotherapie`, 0.5],
  ])();
  const suffix = rng.float();
  if (suffix < 0.1) name += ' B.V.';
  else if (suffix < 0.14) name += ' V.O.F.';
  return name;
}

function makeClients(n: number, seed: number): Client[] {
  const rng = new Rng(hashSeed(seed, 1));
  const clients: Client[] = [];
  const used = new Set<string>();
  let num = 1000;
  for (let i = 0; i < n; i++) {
    num += i === 0 ? 1 : rng.weighted([[1, 6], [2, 2], [3, 1], [7, 0.3]] as const);
    let name = makeClientName(rng);
    for (let tries = 0; used.has(name) && tries < 20; tries++) name = makeClientName(rng);
    if (used.has(name)) name = `${name} - locatie ${rng.pick(PLACES)}`;
    for (let k = 2; used.has(name); k++) name = `${name} ${k}`;
    used.add(name);
    const product: Product = rng.chance(0.55) ? 'intramed' : 'intramed-online';
    clients.push({
      id: `K${num}`,
      name,
      product,
      weight: rng.logNormal(1, 0.75),
      lag: rng.weighted([[0, 62], [1, 26], [2, 8], [3, 3], [4, 1]] as const),
      upgradeDelay: rng.int(3, 70),
    });
  }
  return clients;
}

function versionFor(client: Client, regDay: number): string {
  if (client.product === 'intramed-online') {
    // Hosted: always the current version, including patch releases.
    return RELEASES[releaseAt(regDay, false)].version;
  }
  const idx = releaseAt(regDay - client.upgradeDelay, true);
  return HALF_YEARLY[Math.max(0, idx - client.lag)].version;
}

// ---------------------------------------------------------------------------
// Registration-time sampling
// ---------------------------------------------------------------------------

class Cdf<T> {
  private readonly cum: Float64Array;
  constructor(
    private readonly items: T[],
    weights: number[],
  ) {
    this.cum = new Float64Array(weights.length);
    let s = 0;
    for (let i = 0; i < weights.length; i++) this.cum[i] = s += weights[i];
  }
  sample(rng: Rng): T {
    const r = rng.float() * this.cum[this.cum.length - 1];
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

const MONTH_SEASON = [1.05, 1.0, 1.0, 0.95, 0.92, 0.95, 0.85, 0.8, 1.05, 1.05, 1.05, 0.9];
const DOW_WEIGHT = [0, 1.25, 1.0, 0.95, 1.1, 0.85, 0];
/** Within-window hourly profile (index = hour). */
const HOUR_IN = [0, 0, 0, 0, 0, 0, 0, 0, 0.8, 1.3, 1.3, 1.2, 0.8, 1.1, 1.1, 1.0, 0.9, 0.55, 0.4, 0.3];
const HOUR_OFF_WORKDAY = [0.1, 0.06, 0.04, 0.03, 0.03, 0.05, 0.25, 0.8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.6, 0.3];
const HOUR_OFF_FREEDAY = [0.1, 0.06, 0.04, 0.03, 0.03, 0.05, 0.1, 0.3, 0.5, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9, 0.8, 0.8, 0.9, 1.0, 0.8, 0.5, 0.25];

class RegSampler {
  private readonly workdays: Cdf<number>;
  private readonly alldays: Cdf<number>;
  private readonly uniformDays: Cdf<number>;
  private readonly minuteCache = new Map<string, Cdf<number>>();

  constructor(year: number) {
    const first = dayNumber(year, 1, 1);
    const last = dayNumber(year, 12, 31);
    const afterRelease = (d: number) =>
      RELEASES.some((r) => d >= r.day && d < r.day + 14 && r.day >= first - 14)
        ? RELEASES.find((r) => d >= r.day && d < r.day + 14)!.halfYearly
          ? 1.35
          : 1.12
        : 1;
    const season = (d: number) => {
      const month = new Date(d * 86_400_000).getUTCMonth();
      const dom = new Date(d * 86_400_000).getUTCDate();
      const xmas = month === 11 && dom >= 22 ? 0.6 : 1;
      return MONTH_SEASON[month] * afterRelease(d) * xmas;
    };
    const wd: number[] = [];
    const wdW: number[] = [];
    const all: number[] = [];
    const allW: number[] = [];
    const uni: number[] = [];
    for (let d = first; d <= last; d++) {
      if (isWorkday(d)) {
        wd.push(d);
        wdW.push(DOW_WEIGHT[dow(d)] * season(d));
      }
      all.push(d);
      allW.push(season(d) * (isWorkday(d) ? 1 : 0.7));
      uni.push(d);
    }
    this.workdays = new Cdf(wd, wdW);
    this.alldays = new Cdf(all, allW);
    this.uniformDays = new Cdf(uni, uni.map(() => 1));
  }

  private minuteCdf(key: string, hourWeights: number[], lo: number, hi: number, exclLo = -1, exclHi = -1): Cdf<number> {
    let c = this.minuteCache.get(key);
    if (!c) {
      const mins: number[] = [];
      const ws: number[] = [];
      for (let m = lo; m < hi; m++) {
        if (m >= exclLo && m < exclHi) continue;
        const w = hourWeights[(m / 60) | 0] ?? 0;
        if (w > 0) {
          mins.push(m);
          ws.push(w);
        }
      }
      c = new Cdf(mins, ws);
      this.minuteCache.set(key, c);
    }
    return c;
  }

  /** A moment inside the service window of a working day. */
  inWindow(rng: Rng): number {
    const d = this.workdays.sample(rng);
    const o = openOf(d);
    const c = closeOf(d);
    const m = this.minuteCdf(`in-${o}-${c}`, HOUR_IN, o, c).sample(rng);
    return d * MIN_PER_DAY + m;
  }

  /** A moment outside the service window (evenings, nights, weekends, holidays). */
  offHours(rng: Rng): number {
    const d = this.alldays.sample(rng);
    if (isWorkday(d)) {
      const o = openOf(d);
      const c = closeOf(d);
      const m = this.minuteCdf(`off-${o}-${c}`, HOUR_OFF_WORKDAY, 0, MIN_PER_DAY, o, c).sample(rng);
      return d * MIN_PER_DAY + m;
    }
    return d * MIN_PER_DAY + this.minuteCdf('free', HOUR_OFF_FREEDAY, 0, MIN_PER_DAY).sample(rng);
  }

  /** 24/7 (monitoring). */
  anyTime(rng: Rng): number {
    const d = this.uniformDays.sample(rng);
    return d * MIN_PER_DAY + rng.int(0, MIN_PER_DAY - 1);
  }

  sample(rng: Rng, channel: Channel): number {
    let t: number;
    if (channel === 'phone') t = this.inWindow(rng);
    else if (channel === 'monitoring') t = rng.chance(0.45) ? this.inWindow(rng) : this.anyTime(rng);
    else t = rng.chance(channel === 'email' ? 0.82 : 0.86) ? this.inWindow(rng) : this.offHours(rng);
    // Registration never lands in a DST gap/overlap hour: push it one hour later.
    const h = t - (t % 60);
    return forbiddenSet.has(h) ? t + 60 : t;
  }
}

// ---------------------------------------------------------------------------
// Ticket specs (what goes into tickets.csv apart from resolved_at)
// ---------------------------------------------------------------------------

const TYPE_WEIGHTS = [
  ['incident', 55],
  ['bug', 15],
  ['question', 25],
  ['change', 5],
] as const;
const PRIO_BY_TYPE: Record<TicketType, readonly (readonly [1 | 2 | 3, number])[]> = {
  incident: [[1, 10], [2, 40], [3, 50]],
  bug: [[1, 6], [2, 40], [3, 54]],
  question: [[1, 2], [2, 25], [3, 73]],
  change: [[1, 2], [2, 25], [3, 73]],
};

function chooseChannel(rng: Rng, product: Product, type: TicketType, prio: number): Channel {
  const canMonitor = product === 'intramed-online' && type === 'incident';
  if (prio === 1) {
    if (canMonitor && rng.chance(0.12)) return 'monitoring';
    return rng.weighted([['phone', 86], ['email', 10], ['portal', 4]] as const);
  }
  if (canMonitor && rng.chance(0.06)) return 'monitoring';
  return rng.weighted([['phone', 40], ['email', 37], ['portal', 23]] as const);
}

function chooseReported(rng: Rng, channel: Channel, prio: 1 | 2 | 3): 0 | 1 | 2 | 3 {
  const pEmpty = { phone: 0.11, email: 0.32, portal: 0.2, monitoring: 1 }[channel];
  if (rng.chance(pEmpty)) return 0;
  if (rng.chance(0.85)) return prio;
  // Differs: clients tend to overstate urgency.
  if (prio === 1) return rng.chance(0.8) ? 2 : 3;
  if (prio === 3) return rng.chance(0.75) ? 2 : 1;
  return rng.chance(0.6) ? 1 : 3;
}

interface Pin {
  at: number;
  channel: Channel;
}

/** Deliberate edge cases: service-window boundaries, holidays, DST weekends, year boundaries. */
function pinnedMoments(year: number): Pin[] {
  if (year !== 2025) return [];
  const p = (mo: number, d: number, hh: number, mm: number, channel: Channel): Pin => ({
    at: wall(2025, mo, d, hh, mm),
    channel,
  });
  return [
    p(1, 1, 0, 3, 'email'), // Nieuwjaarsdag, just after midnight
    p(1, 1, 11, 20, 'portal'),
    p(2, 4, 7, 59, 'email'), // Tue
    p(2, 4, 8, 0, 'phone'),
    p(2, 4, 16, 59, 'phone'),
    p(2, 4, 17, 0, 'email'),
    p(2, 6, 7, 59, 'portal'), // Thu
    p(2, 6, 8, 0, 'phone'),
    p(2, 6, 19, 59, 'phone'),
    p(2, 6, 20, 0, 'email'),
    p(3, 10, 19, 59, 'phone'), // Mon
    p(3, 10, 20, 0, 'portal'),
    p(5, 16, 16, 59, 'phone'), // Fri
    p(5, 16, 17, 0, 'email'),
    p(9, 17, 7, 59, 'email'), // Wed
    p(9, 17, 16, 59, 'phone'),
    p(9, 17, 17, 0, 'portal'),
    p(11, 20, 19, 59, 'phone'), // Thu
    p(11, 20, 20, 0, 'email'),
    p(3, 29, 23, 30, 'email'), // DST spring weekend
    p(3, 30, 1, 59, 'monitoring'),
    p(3, 30, 3, 0, 'monitoring'),
    p(3, 30, 3, 1, 'email'),
    p(10, 25, 22, 10, 'email'), // DST autumn weekend
    p(10, 26, 0, 30, 'portal'),
    p(10, 26, 1, 59, 'monitoring'),
    p(10, 26, 3, 0, 'email'),
    p(4, 18, 16, 45, 'phone'), // Goede Vrijdag (working day) before Easter
    p(4, 21, 10, 15, 'email'), // Tweede Paasdag
    p(4, 21, 14, 40, 'monitoring'),
    p(4, 26, 11, 5, 'email'), // Koningsdag (Saturday)
    p(5, 5, 9, 30, 'email'), // Bevrijdingsdag
    p(5, 5, 13, 10, 'portal'),
    p(5, 28, 19, 40, 'phone'), // day before Hemelvaart (Wed after hours: email)
    p(5, 29, 10, 0, 'email'), // Hemelvaartsdag
    p(5, 29, 22, 45, 'monitoring'),
    p(6, 9, 9, 12, 'email'), // Tweede Pinksterdag
    p(12, 24, 16, 50, 'phone'),
    p(12, 25, 12, 0, 'email'), // Kerst
    p(12, 26, 8, 30, 'monitoring'),
    p(12, 31, 16, 59, 'phone'),
    p(12, 31, 23, 59, 'email'),
  ].map((pin) =>
    // Phone outside the window is impossible; fall back to e-mail.
    pin.channel === 'phone' && !inWindowAt(pin.at) ? { ...pin, channel: 'email' as Channel } : pin,
  );
}

function inWindowAt(t: number): boolean {
  const d = Math.floor(t / MIN_PER_DAY);
  if (!isWorkday(d)) return false;
  const m = t - d * MIN_PER_DAY;
  return m >= openOf(d) && m < closeOf(d);
}

function makeSpecs(opts: Required<GenerateOptions>, clients: Client[]): Spec[] {
  const rng = new Rng(hashSeed(opts.seed, 2));
  const clientCdf = new Cdf(clients, clients.map((c) => c.weight));
  const online = clients.filter((c) => c.product === 'intramed-online');
  const sampler = new RegSampler(opts.year);
  const pins = opts.tickets >= 1000 ? pinnedMoments(opts.year) : [];
  const specs: Spec[] = [];
  for (let i = 0; i < opts.tickets; i++) {
    const pin = i < pins.length ? pins[i] : undefined;
    let client: Client;
    let type: TicketType;
    let priority: 1 | 2 | 3;
    let channel: Channel;
    if (pin) {
      client = pin.channel === 'monitoring' && online.length ? rng.pick(online) : clientCdf.sample(rng);
      type = pin.channel === 'monitoring' ? 'incident' : rng.weighted(TYPE_WEIGHTS);
      priority = rng.weighted(PRIO_BY_TYPE[type]);
      channel = pin.channel === 'monitoring' && client.product !== 'intramed-online' ? 'email' : pin.channel;
    } else {
      client = clientCdf.sample(rng);
      type = rng.weighted(TYPE_WEIGHTS);
      priority = rng.weighted(PRIO_BY_TYPE[type]);
      channel = chooseChannel(rng, client.product, type, priority);
    }
    const reported = chooseReported(rng, channel, priority);
    const reg = pin ? pin.at : sampler.sample(rng, channel);
    specs.push({ seq: i, client, type, priority, reported, channel, reg, pinned: !!pin });
  }
  specs.sort((a, b) => a.reg - b.reg || a.seq - b.seq);
  return specs;
}

// ---------------------------------------------------------------------------
// Ticket life cycle
// ---------------------------------------------------------------------------

const SHORT_DAY = 540; // 9 h (Tue/Wed/Fri)
const LONG_DAY = 720; // 12 h (Mon/Thu)

/** Norm for incident-like tickets, in working days or (negative) working minutes. */
function normDays(product: Product, prio: number): number {
  if (product === 'intramed') return [0, 1, 2, 5][prio];
  return [0, -240, 5, 10][prio];
}
/** Upper bound of working minutes that is within norm under any reasonable reading of "working day". */
function withinCap(product: Product, prio: number): number {
  const d = normDays(product, prio);
  return d < 0 ? Math.floor(-d * 0.83) : Math.floor(d * SHORT_DAY * 0.8);
}
/** Lower bound of working minutes that is a breach under any reasonable reading. */
function breachMin(product: Product, prio: number): number {
  const d = normDays(product, prio);
  return d < 0 ? Math.ceil(-d * 1.25) : Math.ceil(d * LONG_DAY * 1.3);
}

/** Average working day (the window is 12 h on Mon/Thu and 9 h on Tue/Wed/Fri). */
const AVG_DAY = 612;

/**
 * Streeftijd against which the status update (due at half of it) is timed:
 * working minutes for incidents, calendar minutes for bugs; null when there is none.
 */
function updateNorm(type: TicketType, product: Product, prio: number, reg: number): { minutes: number; calendar: boolean } | null {
  if (type === 'incident') {
    const d = normDays(product, prio);
    return { minutes: d < 0 ? -d : d * AVG_DAY, calendar: false };
  }
  if (type === 'bug') {
    if (prio === 1) return { minutes: 21 * MIN_PER_DAY, calendar: true };
    if (prio === 2) return { minutes: 30 * MIN_PER_DAY, calendar: true };
    const rel = nextHalfYearly(Math.floor(reg / MIN_PER_DAY));
    return { minutes: Math.max(MIN_PER_DAY, rel.day * MIN_PER_DAY - reg), calendar: true };
  }
  return null;
}

/** Share of tickets that breach their streeftijd (short norms are breached more often). */
function breachProbability(type: TicketType, product: Product, prio: number): number {
  if (type === 'bug') return 0.08;
  if (type === 'question') return 0.04;
  if (type === 'change') return 0;
  if (product === 'intramed') return [0, 0.085, 0.07, 0.03][prio];
  return [0, 0.085, 0.03, 0.02][prio];
}

function waitDuration(rng: Rng, type: TicketType): number {
  const r = rng.float();
  if (type === 'bug' || type === 'change') {
    if (r < 0.35) return rng.int(30, 480);
    if (r < 0.8) return rng.int(480, 5 * MIN_PER_DAY);
    return rng.int(5 * MIN_PER_DAY, 21 * MIN_PER_DAY);
  }
  if (r < 0.82) return rng.int(5, 90);
  if (r < 0.97) return rng.int(90, MIN_PER_DAY);
  return rng.int(MIN_PER_DAY, 8 * MIN_PER_DAY);
}

interface History {
  resolvedAt: number | null;
  events: Ev[];
}

class EvList {
  readonly list: Ev[] = [];
  add(t: number, e: string, v = ''): void {
    this.list.push({ t, e, v, o: this.list.length });
  }
}

function randomBetween(rng: Rng, a: number, b: number): number {
  // in [a, b)
  return a + Math.floor(rng.float() * Math.max(1, b - a));
}

/** Time in the service window of `day` (or the next working day), away from the edges. */
function snapToDay(rng: Rng, day: number, earlyBias = false): number {
  const d = nextWorkday(day);
  const o = openOf(d);
  const c = closeOf(d);
  const hi = earlyBias ? Math.min(c - 30, o + 240) : c - 30;
  return d * MIN_PER_DAY + rng.int(o + 15, hi);
}

function buildTimeline(spec: Spec, rng: Rng, endOfData: number, dataYearEnd: number): History {
  const ev = new EvList();
  const { reg, type, priority, client, channel } = spec;
  const product = client.product;
  const regDay = Math.floor(reg / MIN_PER_DAY);
  const s0 = addWorking(reg, 0); // start of handling
  const waits: [number, number][] = [];

  const wantWaits = rng.chance({ incident: 0.1, question: 0.28, bug: 0.34, change: 0.4 }[type]);
  let nWaits = wantWaits ? rng.weighted([[1, 80], [2, 17], [3, 3]] as const) : 0;
  const inDecember = reg >= dataYearEnd - 31 * MIN_PER_DAY;
  const forceOpen = !spec.pinned && type !== 'bug' && inDecember && rng.chance(0.085);
  const breach = rng.chance(breachProbability(type, product, priority));

  let r1: number; // first resolution
  if (type === 'bug') {
    // Calendar-driven resolution.
    let R: number;
    if (priority === 1) {
      const days = breach ? rng.int(23, 45) : Math.min(19, Math.round(rng.logNormal(5, 0.7)));
      R = snapToDay(rng, regDay + Math.max(1, days));
    } else if (priority === 2) {
      const days = breach ? rng.int(66, 150) : rng.int(7, 55);
      R = snapToDay(rng, regDay + days);
    } else {
      const rel = nextHalfYearly(regDay);
      if (breach) {
        R = rng.chance(0.5)
          ? snapToDay(rng, rel.day + rng.int(10, 60))
          : snapToDay(rng, nextHalfYearly(rel.day).day, true);
      } else if (rng.chance(0.25) && rel.day - regDay > 21) {
        R = snapToDay(rng, regDay + rng.int(7, rel.day - regDay - 7));
      } else {
        // Shipped with the half-yearly release (or a few days before it in a pre-release).
        R = snapToDay(rng, rng.chance(0.75) ? rel.day : rel.day - rng.int(1, 4), true);
        if (Math.floor(R / MIN_PER_DAY) > rel.day) R = rel.day * MIN_PER_DAY + openOf(rel.day) + rng.int(0, 180);
      }
    }
    if (R <= s0 + 30) R = addWorking(s0, rng.int(30, 300));
    // Place waits inside (reg, R).
    let cursor = reg + 1;
    for (let j = 0; j < nWaits; j++) {
      const span = R - cursor;
      if (span < 240) break;
      const ws = addWorking(cursor + Math.floor(rng.float() * span * 0.6), 0);
      if (ws >= R - 120) break;
      const dur = Math.min(waitDuration(rng, type), Math.floor((R - ws) * 0.8));
      if (dur < 10) break;
      const we = sanitize(ws + dur);
      if (we >= R) break;
      waits.push([ws, we]);
      cursor = we + 1;
    }
    r1 = R;
  } else if (
    channel === 'monitoring' && priority === 1 && !inWindowAt(reg) && !forceOpen && rng.chance(0.5)
  ) {
    // Hosted outage picked up by on-call outside the service window.
    r1 = sanitize(reg + rng.int(20, 180));
    nWaits = 0;
  } else {
    // Working-time-driven resolution.
    let W: number;
    const remaining = closeOf(Math.floor(s0 / MIN_PER_DAY)) - (s0 % MIN_PER_DAY);
    if (type === 'change') {
      W = rng.int(SHORT_DAY, 15 * SHORT_DAY);
    } else if (breach) {
      const lo = breachMin(product, priority);
      W = Math.floor(lo * (1 + rng.float() * rng.float() * 1.5));
    } else {
      const cap = withinCap(product, priority);
      const sameDay = rng.chance(0.975);
      const typical = Math.max(5, Math.round(rng.logNormal(type === 'question' ? 25 : 45, 0.85)));
      if (sameDay && remaining >= 6) {
        W = Math.min(typical, remaining - 1, cap);
      } else if (cap > remaining + 1) {
        W = rng.int(remaining + 1, cap);
      } else {
        W = Math.min(typical, cap);
      }
    }
    if (forceOpen) {
      if (rng.chance(0.5)) {
        W = Math.max(W, 40 * SHORT_DAY); // stuck in the queue
      } else {
        nWaits = 0; // client never answers: unfinished wait
        const ws = addWorking(s0, rng.int(5, 120));
        waits.push([ws, sanitize(Math.max(ws, endOfData) + rng.int(60, 20 * MIN_PER_DAY))]);
      }
    }
    W = Math.max(5, W);
    if (W < 3) nWaits = 0;
    const points: number[] = [];
    for (let j = 0; j < nWaits; j++) points.push(rng.int(1, W - 1));
    points.sort((a, b) => a - b);
    let t = reg;
    let done = 0;
    if (waits.length) {
      t = waits[0][1];
      done = 1;
    }
    for (const p of points) {
      if (p <= done) continue;
      t = addWorking(t, p - done);
      done = p;
      const we = sanitize(t + waitDuration(rng, type));
      waits.push([t, we]);
      t = we;
    }
    r1 = addWorking(t, W - done);
  }

  // Reopen (~2%)
  let R = r1;
  let reopenAt = -1;
  if (!forceOpen && rng.chance(0.021)) {
    const quick = type !== 'bug' && type !== 'change' && rng.chance(0.5);
    reopenAt = sanitize(r1 + (quick ? rng.int(20, 240) : rng.int(240, 7 * MIN_PER_DAY)));
    const W2 =
      type === 'bug' || type === 'change' ? rng.int(SHORT_DAY, 5 * SHORT_DAY) : quick ? rng.int(10, 90) : rng.int(20, 600);
    R = addWorking(reopenAt, W2);
  }

  // --- events -------------------------------------------------------------
  // Automatic e-mail acknowledgement.
  if (channel === 'email' && !rng.chance(0.03)) {
    const late = rng.chance(0.006);
    ev.add(Math.min(sanitize(reg + (late ? rng.int(3, 90) : rng.chance(0.7) ? 0 : 1)), r1), 'acknowledged');
  }

  // Priority changes (the ticket starts at the reported priority when there is one).
  let initial: number = spec.reported || priority;
  if (!spec.reported && rng.chance(0.04)) initial = priority === 3 ? 2 : priority + 1;
  let viaIntake = false;
  if (spec.reported && spec.reported !== priority && rng.chance(0.3)) viaIntake = true; // reclassified at intake
  const pcLimit = Math.min(r1, endOfData); // a priority change must survive the export cut
  /** A moment a staff member would act: snapped into the service window when that still fits. */
  const staffTime = (t: number, limit: number) => {
    const snapped = addWorking(t, 0);
    return snapped < limit ? snapped : Math.min(sanitize(t), limit);
  };
  const triage = () => {
    const tp = addWorking(reg, rng.int(5, 90));
    if (tp < pcLimit) return tp;
    return s0 < pcLimit ? s0 : staffTime(reg + Math.floor((pcLimit - reg) / 2), pcLimit);
  };
  if (initial !== priority && !viaIntake) {
    if (rng.chance(0.08)) {
      // Two steps: first a wrong correction, then the final niveau.
      const mid = [1, 2, 3].find((p) => p !== initial && p !== priority) ?? priority;
      const t1 = triage();
      const t2 = staffTime(randomBetween(rng, t1 + 1, pcLimit), pcLimit);
      ev.add(t1, 'priority_change', String(mid));
      ev.add(Math.max(t1, Math.min(t2, pcLimit)), 'priority_change', String(priority));
    } else {
      ev.add(triage(), 'priority_change', String(priority));
    }
  } else if (initial === priority && r1 - reg > 6 * 60 && rng.chance(0.02)) {
    // Escalation / de-escalation during handling, ending at the final niveau.
    const o = priority === 2 ? (rng.chance(0.5) ? 1 : 3) : 2;
    const t1 = triage();
    const t2 = staffTime(randomBetween(rng, t1 + 1, pcLimit), pcLimit);
    ev.add(t1, 'priority_change', String(o));
    ev.add(Math.max(t1, Math.min(t2, pcLimit)), 'priority_change', String(priority));
  }

  // Waits.
  for (const [ws, we] of waits) {
    ev.add(ws, 'waiting_start');
    ev.add(we, 'waiting_end');
  }

  // Workaround.
  if (rng.chance(type === 'bug' ? 0.35 : type === 'incident' ? 0.05 : 0)) {
    const frac = type === 'bug' ? 0.05 + rng.float() * 0.35 : 0.2 + rng.float() * 0.6;
    let tw = reg + Math.max(1, Math.floor((r1 - reg) * frac));
    const snapped = addWorking(tw, 0);
    if (snapped < r1) tw = snapped;
    ev.add(Math.min(sanitize(tw), r1), 'workaround');
  }

  // Status updates: due at half the streeftijd. Mostly on time, some late, some missing;
  // long-running tickets get a few follow-ups. Tickets resolved before that need none.
  const un = updateNorm(type, product, priority, reg);
  const updateAt = (fromT: number, minutes: number) =>
    un!.calendar ? staffTime(fromT + minutes, r1) : addWorking(fromT, Math.max(1, minutes));
  if (un) {
    const x = rng.float();
    if (x >= 0.07) {
      const frac = x < 0.9 ? 0.15 + rng.float() * 0.3 : 0.6 + rng.float() * 0.4;
      let tu = updateAt(reg, Math.round(un.minutes * frac));
      for (let k = 0; k < 4 && tu < r1; k++) {
        ev.add(tu, 'status_update');
        if (!rng.chance(0.5)) break;
        tu = updateAt(tu, Math.round(un.minutes * (0.25 + rng.float() * 0.25)));
      }
    }
  } else if (r1 - reg > 3 * MIN_PER_DAY && rng.chance(0.3)) {
    const tu = staffTime(randomBetween(rng, reg + 1, r1), r1);
    if (tu < r1) ev.add(tu, 'status_update');
  }

  // Resolution(s) and notifications.
  const notify = (r: number, before: number) => {
    const x = rng.float();
    if (x < 0.05) return; // missing
    const tn = x < 0.9 ? sanitize(r + rng.int(0, 15)) : sanitize(addWorking(r, rng.int(60, 2 * SHORT_DAY)));
    if (tn < before) ev.add(tn, 'resolution_notified');
  };
  ev.add(r1, 'resolved');
  if (reopenAt >= 0) {
    notify(r1, reopenAt);
    ev.add(reopenAt, 'reopened');
    ev.add(R, 'resolved');
  }
  notify(R, Number.MAX_SAFE_INTEGER);

  // Change requests (art. 6): most get a decision; a refusal is mostly reported to the
  // client within two werkdagen, sometimes later or not at all.
  if (type === 'change' && rng.chance(0.9)) {
    const decided = staffTime(randomBetween(rng, reg + 1, r1), r1);
    const refused = rng.chance(0.3);
    ev.add(decided, 'change_decision', refused ? 'refused' : 'accepted');
    if (refused && rng.chance(0.9)) {
      ev.add(sanitize(addWorking(decided, rng.chance(0.85) ? rng.int(5, 2 * SHORT_DAY) : rng.int(3 * SHORT_DAY, 6 * SHORT_DAY))), 'client_informed');
    }
  }

  // State at the moment of export: drop everything after endOfData. The ticket is
  // resolved when its last kept `resolved` is not followed by a kept `reopened`.
  const events = ev.list.filter((e) => e.t <= endOfData);
  events.sort((a, b) => a.t - b.t || a.o - b.o);
  let resolvedAt: number | null = null;
  for (const e of events) {
    if (e.e === 'resolved') resolvedAt = e.t;
    else if (e.e === 'reopened') resolvedAt = null;
  }
  return { resolvedAt, events };
}

// ---------------------------------------------------------------------------
// CSV output
// ---------------------------------------------------------------------------

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

class ChunkWriter {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buf.length) writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export function generate(options: GenerateOptions): GenerateResult {
  const opts: Required<GenerateOptions> = { year: 2025, ...options };
  if (opts.year !== 2025) throw new Error('only --year 2025 is supported (holiday/edge data is tailored to it)');
  mkdirSync(opts.outDir, { recursive: true });
  const clients = makeClients(opts.clients, opts.seed);
  const specs = makeSpecs(opts, clients);
  const dataYearEnd = wall(opts.year + 1, 1, 1);
  const endOfData = wall(opts.year + 1, 1, 31, 23, 59); // export moment

  const files = ['tickets.csv', 'events.csv', 'releases.csv'].map((f) => join(opts.outDir, f));
  const tw = new ChunkWriter(files[0]);
  const ew = new ChunkWriter(files[1]);
  tw.write('id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version\n');
  ew.write('ticket_id,at,event,value\n');
  const nameField = new Map<Client, string>();
  let nEvents = 0;
  let nOpen = 0;
  specs.forEach((spec, i) => {
    const id = `T${opts.year}-${String(i + 1).padStart(6, '0')}`;
    const rng = new Rng(hashSeed(opts.seed ^ 0x5eed, spec.seq + 3));
    const { resolvedAt, events } = buildTimeline(spec, rng, endOfData, dataYearEnd);
    const c = spec.client;
    let nf = nameField.get(c);
    if (nf === undefined) nameField.set(c, (nf = csvField(c.name)));
    if (resolvedAt === null) nOpen++;
    tw.write(
      `${id},${c.id},${nf},${c.product},${spec.type},${spec.reported || ''},${spec.priority},${spec.channel},` +
        `${fmt(spec.reg)},${resolvedAt === null ? '' : fmt(resolvedAt)},${versionFor(c, Math.floor(spec.reg / MIN_PER_DAY))}\n`,
    );
    for (const e of events) ew.write(`${id},${fmt(e.t)},${e.e},${e.v}\n`);
    nEvents += events.length;
  });
  tw.close();
  ew.close();

  const rw = new ChunkWriter(files[2]);
  rw.write('version,date,half_yearly\n');
  for (const r of RELEASES) rw.write(`${r.version},${dayStr(r.day)},${r.halfYearly}\n`);
  rw.close();
  return { tickets: specs.length, events: nEvents, open: nOpen, files };
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

const USAGE = `Usage: node --import tsx scripts/generate-data.ts [options]

  --scale          5,000 clients / 150,000 tickets, output to data/scale/ (unless --out)
  --out DIR        output directory (default: data/, or data/scale/ with --scale)
  --seed N         PRNG seed (default ${DEFAULT_SEED})
  --tickets N      number of tickets (default ${SAMPLE.tickets}, ${SCALE.tickets} with --scale)
  --clients N      number of clients (default ${SAMPLE.clients}, ${SCALE.clients} with --scale)
  -h, --help       show this help
`;

function parseArgs(argv: string[]): GenerateOptions {
  let scale = false;
  let out: string | undefined;
  let seed = DEFAULT_SEED;
  let tickets: number | undefined;
  let clients: number | undefined;
  const intArg = (name: string, v: string | undefined, min: number): number => {
    if (v === undefined || !/^\d+$/.test(v) || Number(v) < min) throw new Error(`${name} expects an integer >= ${min}`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = () => inline ?? argv[++i];
    switch (flag) {
      case '--scale':
        scale = true;
        break;
      case '--out': {
        const v = val();
        if (!v) throw new Error('--out expects a directory');
        out = v;
        break;
      }
      case '--seed':
        seed = intArg('--seed', val(), 0) >>> 0;
        break;
      case '--tickets':
        tickets = intArg('--tickets', val(), 1);
        break;
      case '--clients':
        clients = intArg('--clients', val(), 1);
        break;
      case '-h':
      case '--help':
        process.stdout.write(USAGE);
        process.exit(0);
      // falls through (unreachable)
      default:
        throw new Error(`unknown argument: ${a}\n\n${USAGE}`);
    }
  }
  const base = scale ? SCALE : SAMPLE;
  return {
    outDir: out !== undefined ? resolve(out) : join(PROJECT_ROOT, scale ? 'data/scale' : 'data'),
    seed,
    tickets: tickets ?? base.tickets,
    clients: clients ?? base.clients,
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const t0 = performance.now();
    const res = generate(opts);
    const ms = Math.round(performance.now() - t0);
    process.stdout.write(
      `Wrote ${res.tickets} tickets (${res.open} open), ${res.events} events, ${opts.clients} clients ` +
        `to ${opts.outDir} in ${ms} ms (seed ${opts.seed})\n`,
    );
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
