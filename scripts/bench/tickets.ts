// Synthetic tickets for the benchmark, generated in memory from a fixed seed
// (no Math.random, no clock). Instants are whole minutes, placed with the
// engine's own calendar arrays (local midnights, window edges) so that nights,
// weekends, feestdagen, DST days and exact window edges all occur.
import type { Calendar } from '../../src/engine/calendar.ts';
import type { Ticket, TicketEvent } from '../../src/engine/ticket.ts';
import type { Niveau, ProductId, TicketType } from '../../src/contract/schema.ts';
import { Rng } from '../prng.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface GenerateStats {
  tickets: number;
  withWaits: number;
  open: number;
  openWaiting: number;
  statusUpdates: number;
  events: number;
  atWindowEdge: number;
}

/** Local minutes of a day that sit on or next to a window edge. */
const EDGES = [0, 7 * 60 + 59, 8 * 60, 8 * 60 + 1, 16 * 60 + 59, 17 * 60, 17 * 60 + 1, 19 * 60 + 59, 20 * 60, 23 * 60 + 59];

const PRODUCTS: readonly (readonly [ProductId, number])[] = [['intramed', 55], ['intramed-online', 45]];
const TYPES: readonly (readonly [TicketType, number])[] = [['incident', 62], ['bug', 14], ['question', 24]];
const NIVEAUS: readonly (readonly [Niveau, number])[] = [[1, 18], [2, 40], [3, 42]];

/** Typical wall-clock handling time per kind and niveau (median, ms). */
function medianDuration(type: TicketType, niveau: Niveau): number {
  if (type === 'bug') return [0, 10 * DAY, 25 * DAY, 60 * DAY][niveau];
  if (type === 'question') return 20 * HOUR;
  return [0, 3 * HOUR, 30 * HOUR, 4 * DAY][niveau];
}

export function generateTickets(calendar: Calendar, count: number, seed: number, asOf: number): { tickets: Ticket[]; stats: GenerateStats } {
  const rng = new Rng(seed);
  const firstDay = calendar.dayIndex(Date.UTC(2025, 0, 1, 12));
  const lastDay = calendar.dayIndex(Date.UTC(2025, 11, 31, 12));
  const minute = (ms: number) => Math.round(ms / MINUTE) * MINUTE;
  const stats: GenerateStats = { tickets: count, withWaits: 0, open: 0, openWaiting: 0, statusUpdates: 0, events: 0, atWindowEdge: 0 };
  const tickets: Ticket[] = new Array(count);

  for (let n = 0; n < count; n++) {
    const product = rng.weighted(PRODUCTS);
    const type = rng.weighted(TYPES);
    const niveau = rng.weighted(NIVEAUS);
    // Registration: any day of 2025; mostly office hours, also nights and exact edges.
    const day = rng.int(firstDay, lastDay);
    const dayLength = calendar.dayStart[day + 1] - calendar.dayStart[day];
    const r = rng.float();
    let localMinute: number;
    if (r < 0.12) {
      localMinute = rng.pick(EDGES);
      stats.atWindowEdge++;
    } else if (r < 0.75) localMinute = rng.int(8 * 60, 20 * 60 - 1);
    else localMinute = rng.int(0, 24 * 60 - 1);
    const registeredAt = calendar.dayStart[day] + Math.min(localMinute * MINUTE, dayLength - MINUTE);

    const events: TicketEvent[] = [];
    const open = rng.chance(0.03);
    const work = minute(Math.max(MINUTE, rng.logNormal(medianDuration(type, niveau), 0.9)));
    const waitCount = rng.chance(0.3) ? (rng.chance(0.7) ? 1 : 2) : 0;
    // Lay out: work, (wait, work)*, resolution. Waits split the work in random parts.
    let t = registeredAt;
    let workLeft = work;
    let openWait = false;
    for (let w = 0; w < waitCount; w++) {
      const part = minute(workLeft * rng.float());
      t += part;
      workLeft -= part;
      events.push({ at: t, kind: 'waiting_start', value: '' });
      if (open && w === waitCount - 1 && rng.chance(0.5)) {
        openWait = true;
        break;
      }
      t += minute(Math.max(MINUTE, rng.logNormal(20 * HOUR, 1)));
      events.push({ at: t, kind: 'waiting_end', value: '' });
    }
    if (waitCount > 0) stats.withWaits++;
    let resolvedAt: number | null = null;
    if (open) {
      stats.open++;
      if (openWait) stats.openWaiting++;
    } else {
      resolvedAt = t + workLeft;
      // Keep every resolution known at the report moment.
      if (resolvedAt > asOf) resolvedAt = asOf - DAY;
      if (resolvedAt < t) resolvedAt = t;
    }
    if (rng.chance(0.4)) {
      const end = resolvedAt ?? t;
      events.push({ at: registeredAt + minute((end - registeredAt) * rng.float() * 0.8), kind: 'status_update', value: '' });
      stats.statusUpdates++;
    }
    if (resolvedAt !== null && rng.chance(0.5)) events.push({ at: resolvedAt, kind: 'resolved', value: '' });
    if (events.length > 1) events.sort((a, b) => a.at - b.at);
    stats.events += events.length;
    tickets[n] = {
      id: 'B' + n,
      clientId: 'K' + (n % 5000),
      clientName: 'Praktijk',
      product,
      type,
      niveau,
      reportedNiveau: null,
      channel: 'email',
      registeredAt,
      resolvedAt,
      version: '2025.2',
      events,
    };
  }
  return { tickets, stats };
}
