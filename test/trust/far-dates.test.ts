// Dates far outside the contract's period: year 1900, year 9999, a wait
// lasting years, a ticket open for years. Each ticket is judged or set aside with a
// reason (README "Bad input": outside-supported-period outside 1970-2199), in the
// engine and through the CLI, within normal time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { modelOf } from '../support/model.ts';
import { cli, root } from '../support/cli.ts';
import { at, HOUR, judgeRaw, type TicketSpec } from '../support/fixture.ts';

/** Clock time in a year of working days (a lower bound: 250 days of 8 hours). */
const YEAR_WINDOW_MS = 250 * 8 * HOUR;
/** One ticket over two centuries of calendar takes a second or two on a loaded machine; an hour-long loop would not pass. */
const ENGINE_MS = 5_000;
/** The whole CLI run, process start included (about 2 s alone; room for a loaded machine). */
const CLI_MS = 15_000;

interface FarCase {
  name: string;
  spec: TicketSpec;
  asOf: string;
  /** A set-aside reason, or the status it is judged with. */
  expected: { setAside: string } | { status: string };
}

const cases: FarCase[] = [
  { name: 'registered and resolved in 1900', spec: { registered: '1900-01-02 10:00', resolved: '1900-01-03 10:00' }, asOf: '2027-06-01 00:00', expected: { setAside: 'outside-supported-period' } },
  { name: 'registered in 1970, before the first contract version', spec: { registered: '1970-01-05 10:00' }, asOf: '2027-06-01 00:00', expected: { setAside: 'no-contract-in-force' } },
  { name: 'registered in 9999, report moment in 9999', spec: { registered: '9999-12-30 10:00' }, asOf: '9999-12-31 00:00', expected: { setAside: 'outside-supported-period' } },
  { name: 'registered in 9999, report moment in 2027', spec: { registered: '9999-12-30 10:00' }, asOf: '2027-06-01 00:00', expected: { setAside: 'outside-supported-period' } },
  { name: 'resolved in 9999, report moment in 9999', spec: { registered: '2026-03-02 10:00', resolved: '9999-12-30 10:00' }, asOf: '9999-12-31 00:00', expected: { setAside: 'outside-supported-period' } },
  { name: 'resolved in 9999, judged as of 2027: still open', spec: { registered: '2026-03-02 10:00', resolved: '9999-12-30 10:00' }, asOf: '2027-06-01 00:00', expected: { status: 'open-breached' } },
  {
    name: 'a wait for the client lasting three years, then resolved',
    spec: { registered: '2026-03-02 10:00', resolved: '2029-03-02 12:00', events: [['waiting_start', '2026-03-02 10:30'], ['waiting_end', '2029-03-02 10:30']] },
    asOf: '2030-01-01 00:00',
    expected: { status: 'met' },
  },
  {
    name: 'a wait ending in 9999, after the resolution',
    spec: { registered: '2026-03-02 10:00', resolved: '2026-03-03 12:00', events: [['waiting_start', '2026-03-02 10:30'], ['waiting_end', '9999-03-02 10:30']] },
    asOf: '2027-06-01 00:00',
    expected: { setAside: 'wait-never-ends' },
  },
  { name: 'open for five years', spec: { registered: '2026-03-02 10:00' }, asOf: '2031-03-02 10:00', expected: { status: 'open-breached' } },
  { name: 'open for five years, waiting for the client all along', spec: { registered: '2026-03-02 10:00', events: [['waiting_start', '2026-03-02 10:30']] }, asOf: '2031-03-02 10:00', expected: { status: 'open' } },
  { name: 'open from 2026 to the last day of 2199', spec: { registered: '2026-03-02 10:00' }, asOf: '2199-12-31 12:00', expected: { status: 'open-breached' } },
  { name: 'resolved on the last day of 2199', spec: { registered: '2026-03-02 10:00', resolved: '2199-12-31 10:00' }, asOf: '2199-12-31 12:00', expected: { status: 'breached' } },
];

describe('the engine on far dates', () => {
  it.each(cases)('$name', ({ spec, asOf, expected }) => {
    const started = performance.now();
    const r = judgeRaw(spec, asOf);
    expect(performance.now() - started).toBeLessThan(ENGINE_MS);
    if ('setAside' in expected) expect(r.setAside?.reason).toBe(expected.setAside);
    else expect(r.evaluation?.status).toBe(expected.status);
  });

  it('credits a wait of three years as waited, not as hersteltijd', () => {
    const spec = cases.find((c) => c.name.startsWith('a wait for the client lasting'))!.spec;
    const waited = judgeRaw(spec, '2030-01-01 00:00').evaluation!;
    const without = judgeRaw({ ...spec, events: [] }, '2030-01-01 00:00').evaluation!;
    // Waiting counts clock time (dienstvenster), so three years hold far less than 3 * 365 days of it.
    expect(waited.hersteltijdMs).toBe(2 * HOUR);
    expect(waited.waitingMs).toBeGreaterThan(2 * YEAR_WINDOW_MS);
    expect(waited.hersteltijdMs! + waited.waitingMs).toBe(without.hersteltijdMs);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'sla-far-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TICKETS = `id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version
F1,K1,Fysio Ver,intramed,incident,1,1,phone,1900-01-02T10:00,1900-01-03T10:00,2026.1
F2,K1,Fysio Ver,intramed,incident,1,1,phone,9999-12-30T10:00,,2026.1
F3,K1,Fysio Ver,intramed,incident,2,2,email,2026-03-02T10:00,9999-12-30T10:00,2026.1
F4,K2,Praktijk Lang,intramed,incident,1,1,phone,2026-03-02T10:00,2029-03-02T12:00,2026.1
F5,K2,Praktijk Lang,intramed-online,incident,2,2,portal,2026-03-02T10:00,,2026.1
F6,K2,Praktijk Lang,intramed,bug,3,3,email,2026-03-02T10:00,2031-03-02T10:00,2026.1
`;
const EVENTS = `ticket_id,at,event,value
F4,2026-03-02T10:30,waiting_start,
F4,2029-03-02T10:30,waiting_end,
`;
const tickets = join(dir, 'tickets.csv');
const events = join(dir, 'events.csv');
writeFileSync(tickets, TICKETS);
writeFileSync(events, EVENTS);

describe('sla-rapport evaluate on far dates, with the default report moment', () => {
  it('judges or sets aside every ticket with a reason, reconciled, within a few seconds', () => {
    const started = Date.now();
    // The sample releases are read only when given: F6 (volgende halfjaarlijkse update) needs them.
    const r = cli(['evaluate', '--tickets', tickets, '--events', events, '--releases', 'data/releases.csv', '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(CLI_MS);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.status).toBe(1);
    const judged = Object.fromEntries((JSON.parse(r.stdout) as { id: string; status: string; asOf: string }[]).map((e) => [e.id, e]));
    const setAside = Object.fromEntries([...r.stderr.matchAll(/^ {2}\S+:\d+: ([a-z-]+): .*\(ticket (F\d)\)$/gm)].map((m) => [m[2], m[1]]));
    expect(setAside).toEqual({ F1: 'outside-supported-period', F2: 'outside-supported-period' });
    expect(Object.fromEntries(Object.entries(judged).map(([id, e]) => [id, e.status]))).toEqual({ F3: 'open-breached', F4: 'met', F5: 'open-breached', F6: 'breached' });
    // The report moment is the latest judgeable instant (F6's resolution), not F2's or F3's year 9999.
    expect(judged.F5.asOf).toBe('2031-03-02T10:00:00+01:00');
    expect(r.stderr).toContain('Aansluiting: 6 gelezen = 4 beoordeeld + 2 apart gezet + 0 samengevoegd: sluitend');
  });
});

describe('found by these tests (regressions)', () => {
  it('one date in year 9999 does not become the default report moment (it set every open ticket aside)', async () => {
    const data = await judgeData({ sla: join(root, 'content/sla'), tickets, events, releases: null });
    expect(data.asOf).toBe(at('2031-03-02 10:00'));
    expect(data.setAside.filter((s) => s.reason === 'outside-supported-period').map((s) => s.ticketId)).toEqual(['F1', 'F2']);
  });
});

// Twenty tickets of 4 March 2025, each registered at 10:00 and resolved at 11:01 ...
// 11:20 (T01 ... T20), then two with a year typed wrong: T21 resolved in 2199, T22
// registered in 2199. The two are less than one in ten of the 22 rows and lie more
// than a year after the rest: beyond the data's period (README "How the clock measures").
const PERIOD_ROWS = [
  ...Array.from({ length: 20 }, (_, k) => {
    const n = String(k + 1).padStart(2, '0');
    return `T${n},K1,Fysio Ver,intramed,incident,2,2,email,2025-03-04T10:00,2025-03-04T11:${n},2025.1`;
  }),
  'T21,K1,Fysio Ver,intramed,incident,2,2,email,2025-03-04T10:00,2199-05-01T10:00,2025.1',
  'T22,K2,Praktijk Lang,intramed,incident,2,2,email,2199-05-02T10:00,,2025.1',
];
const periodTickets = join(dir, 'period-tickets.csv');
writeFileSync(periodTickets, `${TICKETS.split('\n')[0]}\n${PERIOD_ROWS.join('\n')}\n`);
const periodPaths = { sla: join(root, 'content/sla'), tickets: periodTickets, releases: null };

describe('a year typed wrong does not move the report period', () => {
  it('the two tickets after the silence are set aside where they are written; the report moment and month stay in March 2025', async () => {
    const data = await judgeData(periodPaths);
    // T20's resolution is the latest moment of the period.
    expect(data.periodEnd).toBe(at('2025-03-04 11:20'));
    expect(data.asOf).toBe(at('2025-03-04 11:20'));
    // Header on line 1, T01 on line 2: T21 on line 22, T22 on line 23.
    expect(data.setAside.map((s) => [s.ticketId, s.line, s.reason, s.value])).toEqual([
      ['T21', 22, 'beyond-data-period', '2199-05-01'],
      ['T22', 23, 'beyond-data-period', '2199-05-02'],
    ]);
    expect(data.judged).toHaveLength(20);
    expect(modelOf(data).months.map((m) => m.month)).toEqual(['2025-03']);
  });

  it('the command names them, with the date, and the totals add up', () => {
    const r = cli(['evaluate', '--tickets', periodTickets, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(': beyond-data-period: tijdstip ligt meer dan een jaar na de rest van de gegevens (tikfout in het jaar?): 2199-05-01; de gegevens lopen tot 2025-03-04 (ticket T21)\n');
    expect(r.stderr).toContain('Buiten de periode van de gegevens: 2 ticket(s) met een tijdstip meer dan een jaar na de rest (gegevens tot 2025-03-04)');
    expect(r.stderr).toContain('Aansluiting: 22 gelezen = 20 beoordeeld + 2 apart gezet + 0 samengevoegd: sluitend');
    expect((JSON.parse(r.stdout) as { asOf: string }[])[0].asOf).toBe('2025-03-04T11:20:00+01:00');
  });
});

// Small files: nine tickets of 4 March 2025 (S1 ... S9, registered 10:00, resolved
// 11:01 ... 11:09) and one resolved in May 2199 (S10). One row of ten is one in ten, and a
// single row after more than a year of silence: S10 lies beyond the data's period, and the
// report moment stays at S9's resolution, 2025-03-04 11:09. The same with eighteen tickets and
// two typos (2 of 20, exactly one in ten), and with one ticket and one typo (a single row).
function smallFile(name: string, good: number, typos: number): string {
  const rows = [
    ...Array.from({ length: good }, (_, k) => `S${k + 1},K1,Fysio Ver,intramed,incident,2,2,email,2025-03-04T10:00,2025-03-04T11:${String(k + 1).padStart(2, '0')},2025.1`),
    ...Array.from({ length: typos }, (_, k) => `S${good + k + 1},K1,Fysio Ver,intramed,incident,2,2,email,2025-03-04T10:00,2199-05-0${k + 1}T10:00,2025.1`),
  ];
  const path = join(dir, name);
  writeFileSync(path, `${TICKETS.split('\n')[0]}\n${rows.join('\n')}\n`);
  return path;
}

describe('a year typed wrong in a small file', () => {
  it.each([
    { what: '1 of 10', good: 9, typos: 1, asOf: '2025-03-04T11:09:00+01:00', beyond: ['S10'] },
    { what: '2 of 20', good: 18, typos: 2, asOf: '2025-03-04T11:18:00+01:00', beyond: ['S19', 'S20'] },
    { what: '1 of 2', good: 1, typos: 1, asOf: '2025-03-04T11:01:00+01:00', beyond: ['S2'] },
  ])('$what: set aside, and the report moment stays in March 2025', async ({ what, good, typos, asOf, beyond }) => {
    const tickets = smallFile(`small-${what.replace(/ /g, '-')}.csv`, good, typos);
    const data = await judgeData({ sla: join(root, 'content/sla'), tickets, releases: null });
    expect(data.setAside.filter((s) => s.reason === 'beyond-data-period').map((s) => s.ticketId)).toEqual(beyond);
    expect(data.judged).toHaveLength(good);
    expect(modelOf(data).months.map((m) => m.month)).toEqual(['2025-03']);
    const r = cli(['evaluate', '--tickets', tickets, '--format', 'json']);
    expect((JSON.parse(r.stdout) as { asOf: string }[]).map((t) => t.asOf)).toEqual(Array(good).fill(asOf));
  });
});

describe('a report moment far beyond the data', () => {
  it('builds the months up to twelve after the data ends, not 95,000', async () => {
    const started = performance.now();
    const data = await judgeData(periodPaths, '9999-12-31');
    const months = modelOf(data).months.map((m) => m.month);
    expect(performance.now() - started).toBeLessThan(CLI_MS);
    // The data ends in March 2025: March 2025 up to and including March 2026, 13 months.
    expect(months).toHaveLength(13);
    expect([months[0], months.at(-1)]).toEqual(['2025-03', '2026-03']);
  });

  it('the command says where the report stops, and why', () => {
    const started = Date.now();
    const r = cli(['evaluate', '--tickets', periodTickets, '--as-of', '9999-12-31', '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(CLI_MS);
    expect(r.stderr).toContain('Let op: de peildatum 9999-12-31 ligt meer dan 12 maanden na het einde van de gegevens (2025-03-04); de rapporten lopen tot en met 2026-03 (leeswijze van sla-rapport)\n');
  });
});
