// The options every data-reading command shares, with the bundled data as defaults.
import { existsSync } from 'node:fs';
import type { DataPaths } from '../pipeline/judge-data.ts';

export const dataOptions = {
  tickets: { type: 'string' },
  events: { type: 'string' },
  releases: { type: 'string' },
  sla: { type: 'string' },
  export: { type: 'string', multiple: true },
  mappings: { type: 'string' },
  complaints: { type: 'string' },
  backups: { type: 'string' },
} as const;

export const dataOptionsHelp = {
  tickets: 'tickets.csv of een helpdeskexport (standaard data/tickets.csv)',
  events: 'events.csv (standaard data/events.csv als die bestaat en --tickets niet is opgegeven)',
  releases: 'releases.csv (standaard data/releases.csv als die bestaat)',
  sla: 'SLA-bestand (.mdx) of map met versies (standaard content/sla)',
  export: 'nog een helpdeskexport (Zendesk, Jira, TOPdesk, ...); mag vaker',
  mappings: 'map (of bestand) met mappings voor exports (standaard data/mappings)',
  complaints: 'klachten (artikel 5), standaard data/complaints.csv als die bestaat',
  backups: 'back-uplog (3.5), standaard data/backups.csv als die bestaat',
};

/** Where the other norms' data comes from (Article 5 complaints, 3.5 back-ups). */
export function normsPaths(values: Values): { complaints: string | null; backups: string | null } {
  const given = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const orDefault = (k: string, fallback: string) => given(k) ?? (existsSync(fallback) ? fallback : null);
  return { complaints: orDefault('complaints', 'data/complaints.csv'), backups: orDefault('backups', 'data/backups.csv') };
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export function dataPaths(values: Values): DataPaths {
  const opt = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const orDefault = (given: string | undefined, fallback: string) => given ?? (existsSync(fallback) ? fallback : null);
  const tickets = opt('tickets');
  const exports = Array.isArray(values.export) ? values.export : [];
  return {
    sla: opt('sla') ?? 'content/sla',
    tickets: tickets ?? 'data/tickets.csv',
    // Another tickets file does not go with the bundled events.
    events: tickets === undefined ? orDefault(opt('events'), 'data/events.csv') : (opt('events') ?? null),
    releases: orDefault(opt('releases'), 'data/releases.csv'),
    exports,
    mappings: opt('mappings'),
  };
}
