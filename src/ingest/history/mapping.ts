// The mapping of a helpdesk instance whose status history is read from saved API
// pages (Zendesk incremental exports, Jira search results with the changelog):
// which statuses are waits for the client, which are resolutions, and where
// product, debiteurnummer, kind, niveau and channel are kept. It lives in
// data/mappings/ beside the CSV mappings and is told apart by its `api` key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { niveaus, productIds, ticketTypes } from '../../contract/schema.ts';
import { channels } from '../../engine/ticket.ts';
import { validate } from '../../validation/problems.ts';
import { readYaml, YamlSyntaxError } from '../../validation/yaml-text.ts';
import { MappingError } from '../mapping-load.ts';

const EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

export const HISTORY_APIS = ['zendesk', 'jira'] as const;
export type HistoryApi = (typeof HISTORY_APIS)[number];

/**
 * Where a value is read from a ticket (Zendesk) or issue (Jira): exactly one of
 * `path` (dot path; an array gives its first element, an object its `value`,
 * `name` or `key`), `customField` (Zendesk `custom_fields[].id`), `organization`
 * (a field of the ticket's side-loaded Zendesk organization, e.g. `name` or
 * `organization_fields.debiteurnummer`) or `value` (the same for every ticket);
 * `map` translates the helpdesk's values (keys compared trimmed, case-insensitively).
 */
const source = <T extends z.ZodTypeAny>(target: T) =>
  z
    .object({
      path: z.string().min(1).optional(),
      customField: z.number().int().optional(),
      organization: z.string().min(1).optional(),
      map: z.record(z.string(), target).optional(),
      value: target.optional(),
    })
    .strict()
    .refine((f) => [f.path, f.customField, f.organization, f.value].filter((x) => x !== undefined).length === 1, {
      message: 'geef precies één van "path", "customField", "organization" of "value"',
    })
    .refine((f) => f.value === undefined || f.map === undefined, { message: '"map" hoort bij een veld, niet bij "value"' });

const text = source(z.string());
/** Free text kept on the ticket itself: a `path` or a Zendesk `customField`, no map. */
const freeText = z
  .object({ path: z.string().min(1).optional(), customField: z.number().int().optional() })
  .strict()
  .refine((f) => (f.path === undefined) !== (f.customField === undefined), { message: 'geef precies één van "path" of "customField"' });
const niveau = z.number().int().min(niveaus[0]).max(niveaus[niveaus.length - 1]);

export const historyMappingSchema = z
  .object({
    /** Name shown in messages, e.g. "Zendesk API (statusgeschiedenis)". */
    name: z.string().min(1),
    /** Which helpdesk's pages this mapping reads. */
    api: z.enum(HISTORY_APIS),
    /** Put before every ticket id; the same prefix as the helpdesk's CSV mapping makes the two one ticket. */
    idPrefix: z.string().default(''),
    /** Status names (compared case-insensitively); a status in none of the lists sets its ticket aside. */
    statuses: z
      .object({
        /** Waits for the client (Hersteltijd, art. 1): the clock stops. */
        wait: z.array(z.string().min(1)).min(1),
        /** The storing is hersteld: the first entry is the first resolution, leaving it is a reopen. */
        done: z.array(z.string().min(1)).min(1),
        /** Every other status: the clock runs. */
        other: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .superRefine((s, ctx) => {
        const seen = new Map<string, string>();
        for (const list of ['wait', 'done', 'other'] as const) {
          for (const name of s[list]) {
            const key = name.trim().toLowerCase();
            const before = seen.get(key);
            if (before !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [list], message: `status "${name}" staat ook in "${before}"` });
            seen.set(key, list);
          }
        }
      }),
    fields: z
      .object({
        /** The debiteurnummer. */
        clientId: text,
        /** The client's name as reports show it; the debiteurnummer when absent. */
        clientName: text.optional(),
        product: source(z.enum(productIds)),
        type: source(z.enum(ticketTypes)),
        /** The niveau (4.7): the ticket's priority; its changes in the history become niveau changes. */
        niveau: source(niveau),
        /** The client's own niveau, when the helpdesk keeps it in a field of its own. */
        reportedNiveau: source(niveau).optional(),
        channel: source(z.enum(channels)),
        /**
         * The ticket's subject (Zendesk `subject`, Jira `fields.summary`; free text, may hold patient
         * data): read only when named here, cleaned and cut to 150 characters, and shown only in the
         * client's own PDF and page.
         */
        subject: freeText.optional(),
      })
      .strict(),
  })
  .strict();

export type HistoryMapping = z.infer<typeof historyMappingSchema>;
/** Any field's source, whatever its values. */
export interface FieldSource {
  path?: string;
  customField?: number;
  organization?: string;
  map?: Record<string, string | number>;
  value?: string | number;
}

export interface LoadedHistoryMapping {
  file: string;
  mapping: HistoryMapping;
}

/** The file's data when it is a mapping of API pages (it has an `api` key); null for a CSV mapping or unreadable text. */
function historyData(path: string): { data: unknown; lineOf: (p: readonly (string | number)[]) => number | undefined } | null {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return null;
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let yaml;
  try {
    yaml = readYaml(raw);
  } catch (e) {
    if (e instanceof YamlSyntaxError) return null;
    throw e;
  }
  const data = extname(path) === '.json' ? safeJson(raw) : yaml.data;
  const isHistory = data !== null && typeof data === 'object' && !Array.isArray(data) && 'api' in data;
  return isHistory ? { data, lineOf: yaml.lineOf } : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Whether a mapping file reads API pages (and so is not a CSV mapping). */
export function isHistoryMappingFile(path: string): boolean {
  return historyData(path) !== null;
}

/** Validates a history mapping; an invalid one stops the command with file, line and field. */
export function loadHistoryMappingFile(path: string): LoadedHistoryMapping | null {
  const source = historyData(path);
  if (source === null) return null;
  const result = validate(historyMappingSchema, source, path, '(mapping)');
  if (!result.ok) throw new MappingError(path, result.problems);
  return { file: path, mapping: result.value };
}

/** Every history mapping in a folder (or one file), in name order; none when the folder does not exist. */
export function loadHistoryMappings(path: string): LoadedHistoryMapping[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  const files = stat.isDirectory() ? readdirSync(path).filter((f) => EXTENSIONS.has(extname(f))).sort().map((f) => join(path, f)) : [path];
  return files.flatMap((f) => (statSync(f).isFile() ? [loadHistoryMappingFile(f)].filter((m): m is LoadedHistoryMapping => m !== null) : []));
}
