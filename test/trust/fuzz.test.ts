// Hostile input: mutated canonical files and helpdesk exports go through
// ingest and evaluation (judgeData in this process, and `sla-rapport evaluate` as a
// process that is killed when it hangs). Whatever the bytes, the program ends within
// a few seconds, either with every ticket row accounted for (read = judged + set aside
// + duplicates merged) or with a file-level error naming the file; never a crash.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ContractError } from '../../src/contract/parse.ts';
import { DataError } from '../../src/ingest/data-error.ts';
import { reasonText } from '../../src/ingest/set-aside.ts';
import { judgeData, type DataPaths } from '../../src/pipeline/judge-data.ts';
import { root } from '../support/cli.ts';
import { describeCase, encoding, mutate, mutation, ONE_MB, parseTable, type Encoding, type Mutation, type Table } from './support/hostile-csv.ts';

/** Longest a single in-process run may take (the largest cases hold several MB). */
const RUN_MS = 20_000;
/** Longest the CLI may take on one hostile file before it counts as hung and is killed (alone it takes 3-5 s; the rest is room for a loaded machine running the whole suite). */
const CLI_MS = 90_000;

const dir = mkdtempSync(join(tmpdir(), 'sla-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let serial = 0;
const tempFile = (name: string, bytes: Buffer | string) => {
  const path = join(dir, `${++serial}-${name}`);
  writeFileSync(path, bytes);
  return path;
};

const CANONICAL_TICKETS = `id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version
A1,K1,"Fysio ""De Linde"", Utrecht",intramed,incident,1,1,phone,2026-03-02T18:00:00,2026-03-03T16:00:00,2026.1
A2,K2,Praktijk Zuid,intramed-online,incident,,1,phone,2026-03-03T15:00:00+01:00,2026-03-04T10:30:00+01:00,2026.1
A3,K1,"Fysio ""De Linde"", Utrecht",intramed,question,2,2,email,2026-03-04T09:00,,2026.1
A4,K3,Oefenpraktijk Zeeën,intramed,bug,3,2,portal,2026-03-05T11:00,2026-03-20T11:00,2026.1
A5,K3,Oefenpraktijk Zeeën,intramed,incident,2,1,monitoring,2026-03-06T08:30,2026-03-09T12:00,2026.1
`;
const CANONICAL_EVENTS = `ticket_id,at,event,value
A2,2026-03-03T16:45:00+01:00,status_update,
A3,2026-03-04T10:00,waiting_start,
A3,2026-03-05T10:00,waiting_end,
A4,2026-03-06T09:00,priority_change,2
A4,2026-03-10T09:00,resolved,
A4,2026-03-11T09:00,reopened,
A4,2026-03-20T11:00,resolved,
A5,2026-03-06T09:00,acknowledged,
A5,2026-03-09T12:00,resolved,
`;

interface Base {
  name: string;
  table: Table;
  delimiter: string;
}

const EXPORTS: Base[] = [
  { name: 'zendesk-tickets.csv', delimiter: ',', text: readFileSync(join(root, 'data/exports/zendesk-tickets.csv'), 'utf8') },
  { name: 'jira-service-management.csv', delimiter: ',', text: readFileSync(join(root, 'data/exports/jira-service-management.csv'), 'utf8') },
  { name: 'topdesk-incidenten.csv', delimiter: ';', text: new TextDecoder('windows-1252').decode(readFileSync(join(root, 'data/exports/topdesk-incidenten.csv'))) },
].map(({ name, delimiter, text }) => ({ name, delimiter, table: parseTable(text, delimiter) }));

const TICKETS: Base = { name: 'tickets.csv', delimiter: ',', table: parseTable(CANONICAL_TICKETS, ',') };
const EVENTS: Base = { name: 'events.csv', delimiter: ',', table: parseTable(CANONICAL_EVENTS, ',') };

/** A base file, possibly mutated (no mutations: written as it is). */
const fileCase = (base: Base) => fc.record({ mutations: fc.array(mutation(), { maxLength: 3 }), enc: encoding() }).map((c) => ({ base, ...c }));
type FileCase = { base: Base; mutations: Mutation[]; enc: Encoding };
const write = (c: FileCase) => tempFile(c.base.name, mutate(c.base.table, c.base.delimiter, c.mutations, c.enc));

type Outcome = { kind: 'judged'; problems: string[] } | { kind: 'file-error'; message: string };

/** Runs judgeData and says what went wrong, if anything: a broken reconciliation, or an error that is no file-level error. */
async function judgeChecked(paths: Omit<DataPaths, 'sla'>, asOf: string | undefined, files: string[]): Promise<Outcome> {
  const started = Date.now();
  try {
    const data = await judgeData({ sla: join(root, 'content/sla'), releases: join(root, 'data/releases.csv'), mappings: join(root, 'data/mappings'), ...paths }, asOf);
    const c = data.counts;
    const problems: string[] = [];
    if (c.ticketRows !== c.judged + c.setAside + c.duplicatesMerged) problems.push(`not reconciled: ${JSON.stringify(c)}`);
    for (const r of data.setAside) {
      if (!reasonText[r.reason]) problems.push(`reason without text: ${r.reason}`);
      if (!Number.isInteger(r.line) || r.line < 1) problems.push(`bad line ${r.line} for ${r.reason}`);
    }
    const elapsed = Date.now() - started;
    if (elapsed > RUN_MS) problems.push(`took ${elapsed} ms`);
    return { kind: 'judged', problems };
  } catch (e) {
    const named = files.some((f) => (e as Error).message?.includes(basename(f)));
    if ((e instanceof DataError || e instanceof ContractError) && named) return { kind: 'file-error', message: e.message };
    throw new Error(`not a file-level error: ${(e as Error).stack}`);
  }
}

const fuzzParams = { numRuns: 40, timeout: RUN_MS, endOnFailure: true } as const;

describe('mutated canonical tickets.csv and events.csv through judgeData', () => {
  it('end reconciled or with an error naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fileCase(TICKETS), fileCase(EVENTS), fc.boolean(), async (tickets, events, withAsOf) => {
        const t = write(tickets);
        const e = write(events);
        const outcome = await judgeChecked({ tickets: t, events: e }, withAsOf ? '2026-04-01T00:00' : undefined, [t, e]);
        if (outcome.kind === 'judged') expect(outcome.problems, describeCase([...tickets.mutations, ...events.mutations], tickets.enc)).toEqual([]);
        rmSync(t);
        rmSync(e);
      }),
      fuzzParams,
    );
  });
});

describe('mutated helpdesk exports (Zendesk, Jira, TOPdesk) through judgeData', () => {
  it('end reconciled or with an error naming the file, also next to an overlapping unmutated export', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXPORTS).chain(fileCase), fc.boolean(), async (c, withOriginal) => {
        const path = write(c);
        const original = withOriginal ? tempFile(c.base.name, mutate(c.base.table, c.base.delimiter, [], 'utf-8')) : null;
        const outcome = await judgeChecked({ tickets: path, exports: original ? [original] : [] }, '2026-04-01T00:00', [path]);
        if (outcome.kind === 'judged') expect(outcome.problems, describeCase(c.mutations, c.enc)).toEqual([]);
        rmSync(path);
        if (original) rmSync(original);
      }),
      fuzzParams,
    );
  });
});

// Through the command line, as a user runs it: the process is killed when it hangs.
interface CliResult {
  status: number | null;
  signal: string | null;
  stderr: string;
}

function evaluate(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['src/cli/bin.mjs', 'evaluate', '--format', 'csv', ...args], { cwd: root, timeout: CLI_MS, maxBuffer: 64 * ONE_MB }, (error, _stdout, stderr) => {
      const e = error as (NodeJS.ErrnoException & { code?: number | string; signal?: string }) | null;
      resolve({ status: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? null, stderr });
    });
  });
}

/** What is wrong with a CLI run on a hostile file (empty when nothing). */
function cliProblems(r: CliResult, file: string): string[] {
  if (r.signal) return [`killed (${r.signal}): hung for ${CLI_MS} ms`];
  const problems: string[] = [];
  if (r.status !== 0 && r.status !== 1) problems.push(`exit ${r.status}`);
  if (/^\s+at /m.test(r.stderr)) problems.push('stack trace on stderr');
  const line = /^Aansluiting: (\d+) gelezen = (\d+) beoordeeld \+ (\d+) apart gezet \+ (\d+) samengevoegd: (.*)$/m.exec(r.stderr);
  if (line) {
    const [read, judged, setAside, merged] = line.slice(1, 5).map(Number);
    if (read !== judged + setAside + merged || line[5] !== 'sluitend') problems.push(`not reconciled: ${line[0]}`);
  } else if (!(r.status === 1 && r.stderr.startsWith('Fout: ') && r.stderr.includes(basename(file)))) {
    problems.push('neither a reconciliation nor a file-level error naming the file');
  }
  return problems.length ? [...problems, r.stderr.slice(0, 2000)] : [];
}

const zendesk = EXPORTS[0];
const column = (b: Base, name: string) => b.table[0].indexOf(name);
const extraColumns = (n: number, prefix: string) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);

/** The canonical file with 10,000 empty columns before the real ones: its header runs far past the first 64 KB. */
function wideCanonical(): Buffer {
  const rows = TICKETS.table.map((r, i) => [...(i === 0 ? extraColumns(10_000, 'Extra ') : extraColumns(10_000, '')), ...r]);
  return mutate(rows, ',', [], 'utf-8');
}

/**
 * A Zendesk export without Organization whose header, 64 KB in, has a column
 * "OrganizationName" cut to "Organization" by the first read: the mapping seemed
 * to fit, and every row then read the missing column (regression: TypeError).
 */
function headerCutAtMappedColumn(): Buffer {
  const head = zendesk.table[0].filter((c) => c !== 'Organization');
  let text = `${head.join(',')},`;
  for (let k = 0; text.length < 65_536 - 40; k++) text += `F${k},`;
  text += `${'P'.repeat(65_536 - text.length - 'Organization'.length - 1)},OrganizationName`;
  const width = text.split(',').length;
  return Buffer.from(`${text}\n${Array.from({ length: width }, () => 'x').join(',')}\n`);
}

const CLI_CASES: [string, Base, () => Buffer][] = [
  ['binary garbage', zendesk, () => Buffer.from(Array.from({ length: 50_000 }, (_, k) => (k * 7919 + 13) % 256))],
  ['10,000 columns and a 1 MB description', zendesk, () => mutate(zendesk.table, ',', [{ kind: 'many-columns', count: 10_000, inRows: true }, { kind: 'huge-field', row: 1, column: column(zendesk, 'Description'), quoted: true }], 'utf-8')],
  ['10,000 columns before the canonical ones', TICKETS, wideCanonical],
  ['a header cut at a mapped column by the first 64 KB', zendesk, headerCutAtMappedColumn],
  ['export without Organization', zendesk, () => mutate(zendesk.table, ',', [{ kind: 'drop-column', at: column(zendesk, 'Organization'), headerOnly: false }], 'utf-8')],
];

describe.concurrent('sla-rapport evaluate on hostile files', () => {
  it.each(CLI_CASES)('%s: exit 0 or 1, reconciled or a file-level error, no stack trace, no hang', async (_, base, bytes) => {
    const file = tempFile(base.name, bytes());
    expect(cliProblems(await evaluate(['--tickets', file, '--as-of', '2026-04-01T00:00']), file)).toEqual([]);
  });

  it('random mutations of canonical and export files', async () => {
    const cases = fc.sample(fc.oneof(fileCase(TICKETS), fc.constantFrom(...EXPORTS).chain(fileCase)), { numRuns: 2, seed: 7 });
    const results = await Promise.all(
      cases.map(async (c) => {
        const file = write(c);
        return { c: describeCase(c.mutations, c.enc), problems: cliProblems(await evaluate(['--tickets', file]), file) };
      }),
    );
    expect(results.filter((r) => r.problems.length)).toEqual([]);
  });
});

describe('found by these tests (regressions)', () => {
  it('a header longer than 64 KB is read whole: the canonical columns after 10,000 others are found', async () => {
    const file = tempFile('tickets.csv', wideCanonical());
    const data = await judgeData({ sla: join(root, 'content/sla'), tickets: file, releases: null }, '2026-04-01T00:00');
    expect(data.counts).toMatchObject({ ticketRows: 5, judged: 5, setAside: 0 });
  });

  it('a mapped column cut off by the first read is missing, and the file is refused by name', async () => {
    const file = tempFile('zendesk.csv', headerCutAtMappedColumn());
    await expect(judgeData({ sla: join(root, 'content/sla'), tickets: file, releases: null, mappings: join(root, 'data/mappings') }, '2026-04-01T00:00')).rejects.toThrow(
      /zendesk\.csv: kolom\(men\) uit mapping zendesk\.yaml ontbreken in de kop: Organization$/,
    );
  });
});
