// The compiled contract versions for drawing clocks, from the SLA content
// collection (the same frontmatter the engine judged with), compiled once per build.
import { getCollection } from 'astro:content';
import type { Calendar } from '../engine/calendar.ts';
import { compileContract } from '../engine/contract.ts';

let calendars: Promise<Map<string, Calendar>> | undefined;

/** Calendar of each contract version, by version. */
export function contractCalendars(): Promise<Map<string, Calendar>> {
  calendars ??= getCollection('sla').then((entries) => new Map(entries.map((e) => [e.data.version, compileContract(e.data).calendar])));
  return calendars;
}
