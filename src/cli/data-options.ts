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
  events: 'events.csv (standaard data/events.csv als die bestaat)',
  releases: 'releases.csv (standaard data/releases.csv als die bestaat)',
  sla: 'SLA-bestand (.mdx) of map met versies (standaard content/sla)',
};

export function dataPaths(values: Record<string, string | boolean | undefined>): DataPaths {
  const opt = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const orDefault = (given: string | undefined, fallback: string) => given ?? (existsSync(fallback) ? fallback : null);
  return {
    sla: opt('sla') ?? 'content/sla',
    tickets: opt('tickets') ?? 'data/tickets.csv',
    events: orDefault(opt('events'), 'data/events.csv'),
    releases: orDefault(opt('releases'), 'data/releases.csv'),
  };
}
