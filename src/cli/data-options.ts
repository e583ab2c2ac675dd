// The options every data-reading command shares, with the bundled data as defaults.
import { existsSync } from 'node:fs';
import type { DataPaths } from '../pipeline/judge-data.ts';

export const dataOptions = {
  tickets: { type: 'string' },
  events: { type: 'string' },
  releases: { type: 'string' },
  sla: { type: 'string' },
} as const;

export const dataOptionsHelp = {
  tickets: 'tickets.csv (standaard data/tickets.csv)',
  events: 'events.csv (standaard data/events.csv als die bestaat en --tickets niet is opgegeven)',
  releases: 'releases.csv (standaard data/releases.csv als die bestaat)',
  sla: 'SLA-bestand (.mdx) of map met versies (standaard content/sla)',
};

export function dataPaths(values: Record<string, string | boolean | undefined>): DataPaths {
  const opt = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const orDefault = (given: string | undefined, fallback: string) => given ?? (existsSync(fallback) ? fallback : null);
  const tickets = opt('tickets');
  return {
    sla: opt('sla') ?? 'content/sla',
    tickets: tickets ?? 'data/tickets.csv',
    // Another tickets file does not go with the bundled events.
    events: tickets === undefined ? orDefault(opt('events'), 'data/events.csv') : (opt('events') ?? null),
    releases: orDefault(opt('releases'), 'data/releases.csv'),
  };
}
