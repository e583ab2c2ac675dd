// The options every data-reading command shares. The bundled sample data (data/)
// is the default only when no data is given at all: a run on one's own tickets or
// exports never mixes in the sample's tickets, events, releases, complaints or back-ups.
import { existsSync } from 'node:fs';
import type { DataPaths } from '../pipeline/judge-data.ts';
import { UsageError } from './args.ts';

export const dataOptions = {
  tickets: { type: 'string' },
  events: { type: 'string' },
  releases: { type: 'string' },
  sla: { type: 'string' },
  export: { type: 'string', multiple: true },
  mappings: { type: 'string' },
  complaints: { type: 'string' },
  backups: { type: 'string' },
  subjects: { type: 'boolean' },
} as const;

export const dataOptionsHelp = {
  tickets: 'tickets.csv of een helpdeskexport (zonder data-opties: data/tickets.csv; met data-opties wordt geen voorbeelddata gelezen)',
  events: 'events.csv (zonder data-opties: data/events.csv)',
  releases: 'releases.csv (zonder data-opties: data/releases.csv)',
  sla: 'SLA-bestand (.mdx) of map met versies (standaard content/sla)',
  export: 'nog een helpdeskexport (Zendesk, Jira, TOPdesk, ...) of een map met opgeslagen API-pagina\'s (statusgeschiedenis van Zendesk of Jira); mag vaker',
  mappings: 'map (of bestand) met mappings voor exports (standaard data/mappings)',
  complaints: 'klachten, artikel 5 (zonder data-opties: data/complaints.csv)',
  backups: 'back-uplog, 3.5 (zonder data-opties: data/backups.csv)',
  subjects: 'lees ook de kolom subject van een canoniek tickets.csv (onderwerpen kunnen patiëntgegevens bevatten; alleen het eigen klantrapport en de eigen klantpagina tonen ze)',
};

export type Values = Record<string, string | boolean | string[] | undefined>;

/** The options that give data (not --sla, --mappings or --as-of, which say how to read it). */
const DATA_OPTIONS = ['tickets', 'events', 'releases', 'export', 'complaints', 'backups'] as const;

/** Whether any data was given, as an option or (check) as a file: then no sample file is read. */
export function dataGiven(values: Values, files: readonly string[] = []): boolean {
  return files.length > 0 || DATA_OPTIONS.some((k) => values[k] !== undefined && !(Array.isArray(values[k]) && values[k].length === 0));
}

const opt = (values: Values, k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);

/** The option's file; else, when no data is given at all, the sample file (if it exists); else none. */
function fileOf(values: Values, k: string, sample: string, given: boolean): string | null {
  return opt(values, k) ?? (!given && existsSync(sample) ? sample : null);
}

/** Where the other norms' data comes from (Article 5 complaints, 3.5 back-ups). */
export function normsPaths(values: Values, files: readonly string[] = []): { complaints: string | null; backups: string | null } {
  const given = dataGiven(values, files);
  return { complaints: fileOf(values, 'complaints', 'data/complaints.csv', given), backups: fileOf(values, 'backups', 'data/backups.csv', given) };
}

/** The ticket data and contract to read; `files`: ticket files given otherwise (check's arguments), which count as data given. */
export function dataPaths(values: Values, files: readonly string[] = []): DataPaths {
  const given = dataGiven(values, files);
  const exports = Array.isArray(values.export) ? values.export : [];
  const tickets = opt(values, 'tickets') ?? (given ? null : 'data/tickets.csv');
  if (tickets === null && exports.length === 0 && files.length === 0) {
    throw new UsageError('geen tickets opgegeven: geef --tickets of --export (zonder data-opties wordt de voorbeelddata in data/ gebruikt)');
  }
  return {
    sla: opt(values, 'sla') ?? 'content/sla',
    tickets,
    events: fileOf(values, 'events', 'data/events.csv', given),
    releases: fileOf(values, 'releases', 'data/releases.csv', given),
    exports,
    mappings: opt(values, 'mappings'),
    subjects: values.subjects === true,
  };
}
