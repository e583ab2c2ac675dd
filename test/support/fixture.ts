// Test fixtures: the bundled contract as a default, which each test overrides
// only where it matters, and a ticket builder taking Amsterdam wall times.
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { parseSlaMdx } from '../../src/contract/parse.ts';
import type { SlaFrontmatter } from '../../src/contract/schema.ts';
import { compileContract, type Release } from '../../src/engine/contract.ts';
import { createEngine, type Evaluation, type SetAside } from '../../src/engine/evaluate.ts';
import type { Ticket, TicketEvent } from '../../src/engine/ticket.ts';
import { daysFromCivil } from '../../src/engine/civil.ts';

const bundled = parseSlaMdx(readFileSync(new URL('../../content/sla/intramed-sla.mdx', import.meta.url), 'utf8'), 'intramed-sla.mdx');

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** The bundled contract's frontmatter with overrides merged in (arrays replace). */
export function contractWith(overrides: DeepPartial<SlaFrontmatter> = {}): SlaFrontmatter {
  return merge(structuredClone(bundled.frontmatter), overrides) as SlaFrontmatter;
}

function merge(base: any, over: any): any {
  if (over === undefined) return base;
  if (Array.isArray(over) || typeof over !== 'object' || over === null) return over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base?.[k], v);
  return out;
}

/** Europe/Amsterdam wall time ("2026-03-02 18:00" or ISO with offset) to epoch ms. */
export function at(local: string): number {
  const iso = local.replace(' ', 'T');
  const dt = DateTime.fromISO(iso, { zone: 'Europe/Amsterdam', setZone: false });
  if (!dt.isValid) throw new Error(`bad time in test: ${local}`);
  return dt.toMillis();
}

/** Epoch ms to Amsterdam ISO with offset, for readable assertions. */
export function local(ms: number | null): string | null {
  return ms === null ? null : DateTime.fromMillis(ms, { zone: 'Europe/Amsterdam' }).toFormat("yyyy-MM-dd HH:mm");
}

export type EventSpec = [kind: TicketEvent['kind'], at: string, value?: string];

export interface TicketSpec extends Partial<Omit<Ticket, 'registeredAt' | 'resolvedAt' | 'events'>> {
  registered: string;
  resolved?: string | null;
  events?: EventSpec[];
}

export function ticket(spec: TicketSpec): Ticket {
  const { registered, resolved, events, ...rest } = spec;
  return {
    id: 'T1',
    clientId: 'K1',
    clientName: 'Fysiotherapie Test',
    product: 'intramed',
    type: 'incident',
    niveau: 1,
    reportedNiveau: null,
    channel: 'phone',
    version: '2026.1',
    ...rest,
    registeredAt: at(registered),
    resolvedAt: resolved ? at(resolved) : null,
    events: (events ?? [])
      .map(([kind, when, value]) => ({ kind, at: at(when), value: value ?? '' }))
      .sort((a, b) => a.at - b.at),
  };
}

export function release(version: string, date: string, halfYearly = true): Release {
  const [y, m, d] = date.split('-').map(Number);
  return { version, dayNumber: daysFromCivil(y, m, d), halfYearly };
}

export const defaultReleases = [
  release('2025.2', '2025-07-15'),
  release('2026.1', '2026-01-15'),
  release('2026.1.1', '2026-03-10', false),
  release('2026.2', '2026-07-14'),
  release('2027.1', '2027-01-12'),
];

/** An engine over one contract version (default: the bundled one). */
export function engineFor(sla: SlaFrontmatter = contractWith(), releases: Release[] = defaultReleases) {
  return createEngine({ contracts: [compileContract(sla)], releases });
}

const defaultEngine = engineFor();

/** Judge a ticket; throws when it was set aside (use judgeRaw to inspect that). */
export function judge(spec: TicketSpec, asOf = '2027-06-01 00:00', engine = defaultEngine): Evaluation {
  const r = engine.evaluate(ticket(spec), at(asOf));
  if (r.kind !== 'judged') throw new Error(`set aside: ${r.setAside.reason}`);
  return r.evaluation;
}

export function judgeRaw(spec: TicketSpec, asOf = '2027-06-01 00:00', engine = defaultEngine): { evaluation?: Evaluation; setAside?: SetAside } {
  const r = engine.evaluate(ticket(spec), at(asOf));
  return r.kind === 'judged' ? { evaluation: r.evaluation } : { setAside: r.setAside };
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
