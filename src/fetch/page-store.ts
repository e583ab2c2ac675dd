// The cache folder of one helpdesk: every API page as received, one file each
// (`<stream>-000001.json`, numbered in the order fetched), and `state.json` with where
// each stream goes on. Every file is written to a temporary name and renamed, so a
// fetch killed at any moment leaves whole files only. A page is saved before the state
// that points past it: after a kill between the two, the next run fetches that page
// again and writes it under the same number, so no page is saved twice.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FetchError } from './fetch-error.ts';

const streamState = z
  .object({
    /** Number of the last page saved (pages 1..n exist). */
    pages: z.number().int().nonnegative(),
    /** True when the last request reached the end of the stream; the next run fetches what is new. */
    complete: z.boolean(),
    /** Zendesk cursor export: the cursor to ask for next. */
    cursor: z.string().optional(),
    /** Zendesk: the start_time (Unix seconds) to ask for next. */
    startTime: z.number().int().nonnegative().optional(),
    /** Jira: the query as given with --jql. */
    jql: z.string().optional(),
    /** Jira: the lower bound on `updated` of the running incremental run (a date). */
    since: z.string().optional(),
    /** Jira (/search/jql): the token of the next page of the running run. */
    nextPageToken: z.string().optional(),
    /** Jira (/search): the startAt of the next page of the running run. */
    startAt: z.number().int().nonnegative().optional(),
    /** Jira: the API the stream was fetched with. */
    api: z.enum(['jql', 'search']).optional(),
    /** When the running (or last) run began, ISO 8601. */
    runStartedAt: z.string().optional(),
  })
  .strict();

const stateSchema = z.object({ version: z.literal(1), streams: z.record(streamState) }).strict();

export type StreamState = z.infer<typeof streamState>;
export type FetchState = z.infer<typeof stateSchema>;

export class PageStore {
  readonly statePath: string;

  constructor(readonly dir: string) {
    this.statePath = join(dir, 'state.json');
  }

  readState(): FetchState {
    if (!existsSync(this.statePath)) return { version: 1, streams: {} };
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(this.statePath, 'utf8'));
    } catch {
      throw new FetchError(`${this.statePath} is geen geldige JSON; herstel of verwijder het bestand (dan begint het ophalen opnieuw, met --since).`);
    }
    const parsed = stateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FetchError(`${this.statePath}: ${issue.path.join('.') || '(bestand)'}: ${issue.message}; herstel of verwijder het bestand.`);
    }
    return parsed.data;
  }

  writeState(state: FetchState): void {
    this.writeAtomic(this.statePath, Buffer.from(`${JSON.stringify(state, null, 2)}\n`));
  }

  /** Writes page `number` of `stream`; an existing file of that number (left by a killed run) is replaced. */
  savePage(stream: string, number: number, bytes: Buffer): string {
    const path = join(this.dir, pageName(stream, number));
    this.writeAtomic(path, bytes);
    return path;
  }

  /** The highest page number of `stream` already in the folder (0 when none). */
  highestPage(stream: string): number {
    if (!existsSync(this.dir)) return 0;
    const pattern = new RegExp(`^${stream}-(\\d{6,})\\.json$`);
    let highest = 0;
    for (const name of readdirSync(this.dir)) {
      const m = pattern.exec(name);
      if (m) highest = Math.max(highest, Number(m[1]));
    }
    return highest;
  }

  /** Removes temporary files a killed fetch left behind (only names this store writes: `<page or state>.json.<pid>.tmp`). */
  removeLeftovers(): string[] {
    if (!existsSync(this.dir)) return [];
    const leftovers = readdirSync(this.dir).filter((name) => /^[a-z_]+(-\d{6,})?\.json\.\d+\.tmp$/.test(name));
    for (const name of leftovers) rmSync(join(this.dir, name), { force: true });
    return leftovers;
  }

  private writeAtomic(path: string, bytes: Buffer): void {
    mkdirSync(this.dir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    try {
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, path);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
  }
}

export function pageName(stream: string, number: number): string {
  return `${stream}-${String(number).padStart(6, '0')}.json`;
}
