// `sla-rapport evaluate`: the output contract, with expected values worked out
// by hand from the contract (4.6) and the clock rules in the README.
import { describe, expect, it } from 'vitest';
import { cli, fixture } from '../support/cli.ts';

const args = ['evaluate', '--tickets', fixture('canonical/tickets.csv'), '--events', fixture('canonical/events.csv'), '--as-of', '2026-03-10T12:00'];

describe('sla-rapport evaluate --format json', () => {
  const run = cli([...args, '--format', 'json']);
  const records = JSON.parse(run.stdout) as Record<string, unknown>[];
  const byId = Object.fromEntries(records.map((r) => [r.id, r]));

  it('exits 0 and reports the totals on stderr', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Tickets gelezen: 3, beoordeeld: 3, apart gezet: 0');
  });

  it('Intramed niveau 1 incident registered Monday 18:00: deadline Tuesday 17:00 (2 h Monday + 9 h Tuesday)', () => {
    expect(byId.A1).toMatchObject({
      product: 'intramed', type: 'incident', priority: 1, reportedPriority: 1,
      clockStart: '2026-03-02T18:00:00+01:00',
      deadline: '2026-03-03T17:00:00+01:00',
      targetMinutes: 660,
      // half of 660 = 330: 120 on Monday, 210 on Tuesday from 08:00
      statusUpdateDue: '2026-03-03T11:30:00+01:00',
      // resolved Tuesday 16:00: 120 + 480 minutes
      hersteltijdMinutes: 600,
      status: 'met',
      statusUpdateMet: false,
      streeftijd: '1 werkdag',
      measure: 'dienstvenster',
      contractVersion: '2024.1',
    });
  });

  it('Intramed Online niveau 1 incident, 4 uur from Tuesday 15:00: Wednesday 10:00; resolved 10:30 is breached', () => {
    expect(byId.A2).toMatchObject({
      reportedPriority: null,
      deadline: '2026-03-04T10:00:00+01:00',
      targetMinutes: 240,
      statusUpdateDue: '2026-03-03T17:00:00+01:00',
      hersteltijdMinutes: 270,
      status: 'breached',
      statusUpdateMet: true,
    });
  });

  it('an open question has no streeftijd but reports consumed dienstvenster time', () => {
    // Wed 09-17 (8 h), Thu 08-20 (12), Fri 08-17 (9), Mon 08-20 (12), Tue 08-12 (4) = 45 h
    expect(byId.A3).toMatchObject({
      status: 'not-applicable', note: 'geen-streeftijd', deadline: null, hersteltijdMinutes: null,
      consumedMinutes: 2700, statusUpdateMet: null, asOf: '2026-03-10T12:00:00+01:00',
    });
  });

  it('4.6 per ticket: sameDay, overWeek and the report to the client when not resolved on the melding day', () => {
    // A1: registered Mon 18:00, resolved Tue 16:00: not the melding day; 22 hours, not over a week.
    // Registered inside Monday's window (08:00-20:00), so the report is due at Monday's close, 20:00;
    // no event reports and the resolution comes Tuesday: late.
    expect(byId.A1).toMatchObject({ sameDay: false, overWeek: false, clientReportDue: '2026-03-02T20:00:00+01:00', clientReportMet: false });
    // A2: registered Tue 15:00, resolved Wed 10:30; the status update at Tue 16:45 reaches the client
    // before Tuesday's close, 17:00.
    expect(byId.A2).toMatchObject({ sameDay: false, overWeek: false, clientReportDue: '2026-03-03T17:00:00+01:00', clientReportMet: true });
    // A3: a vraag; 4.6's distribution is about incidents.
    expect(byId.A3).toMatchObject({ sameDay: null, overWeek: null, clientReportDue: null, clientReportMet: null });
  });

  it('every record carries the contract fields', () => {
    for (const r of records) {
      for (const f of ['id', 'product', 'type', 'priority', 'clockStart', 'deadline', 'statusUpdateDue', 'hersteltijdMinutes', 'targetMinutes', 'status', 'statusUpdateMet', 'approximate', 'sameDay', 'overWeek', 'clientReportDue', 'clientReportMet']) {
        expect(r).toHaveProperty(f);
      }
    }
  });
});

describe('sla-rapport evaluate --format csv', () => {
  it('has the same fields, as a header row and one line per ticket, quoting where needed', () => {
    const run = cli([...args, '--format', 'csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const header = lines[0].split(',');
    expect(header.slice(0, 5)).toEqual(['id', 'clientId', 'product', 'type', 'priority']);
    const row = lines[1].split(',');
    expect(row[header.indexOf('deadline')]).toBe('2026-03-03T17:00:00+01:00');
    expect(row[header.indexOf('status')]).toBe('met');
    // The fields added later come last, in the order they were added.
    expect(header.slice(-7)).toEqual(['approximate', 'sameDay', 'overWeek', 'clientReportDue', 'clientReportMet', 'judgedPriority', 'marginMinutes']);
    // A1: not resolved on its melding day, no report by Monday's 20:00 close nor before Tuesday's 08:00
    // opening; judged at its only niveau, 1; a streeftijd in werkdagen has no margin (empty).
    expect(row.slice(-6)).toEqual(['false', 'false', '2026-03-02T20:00:00+01:00', 'false', '1', '']);
  });
});

describe('evaluate --format csv is safe to open in a spreadsheet', () => {
  // tickets-formula.csv (hand-made): ticket ids "=1+1" and "@SUM(A1)", client ids "+31201234567"
  // and "-K3". A spreadsheet would run a cell starting with = + - @ as a formula; such text cells
  // get a leading apostrophe and quotes (OWASP), numbers and instants stay as they are.
  const formulaArgs = ['evaluate', '--tickets', fixture('canonical/tickets-formula.csv'), '--as-of', '2026-03-10T12:00'];
  const csv = cli([...formulaArgs, '--format', 'csv']);
  const lines = csv.stdout.trimEnd().split('\n');
  const header = lines[0].split(',');
  const cell = (line: number, field: string) => lines[line].split(',')[header.indexOf(field)];

  it('neutralises ticket and client ids that start with = + - @', () => {
    expect(csv.status).toBe(0);
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'id,clientId',
      '"\'=1+1",K1',
      'B2,"\'+31201234567"',
      'B3,"\'-K3"',
      '"\'@SUM(A1)",K4',
    ]);
  });

  it('leaves numbers and ISO instants alone (registered Tuesday 15:00, 4 uur: deadline Wednesday 10:00)', () => {
    expect(cell(1, 'registeredAt')).toBe('2026-03-03T15:00:00+01:00');
    expect(cell(1, 'deadline')).toBe('2026-03-04T10:00:00+01:00');
    // Tuesday 15:00-17:00 (120) + Wednesday 08:00-10:30 (150) = 270 minutes
    expect(cell(1, 'hersteltijdMinutes')).toBe('270');
    expect(cell(1, 'priority')).toBe('1');
  });

  it('the JSON output keeps the values exactly as they came in', () => {
    const json = JSON.parse(cli([...formulaArgs, '--format', 'json']).stdout) as { id: string; clientId: string }[];
    expect(json.map((r) => [r.id, r.clientId])).toEqual([['=1+1', 'K1'], ['B2', '+31201234567'], ['B3', '-K3'], ['@SUM(A1)', 'K4']]);
  });
});

describe('bad input', () => {
  const run = cli(['evaluate', '--tickets', fixture('canonical/tickets-bad.csv'), '--events', fixture('canonical/events-bad.csv'), '--as-of', '2026-04-01', '--format', 'json']);

  it('exits 1, judges what it can and never crashes', () => {
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).map((r: { id: string }) => r.id)).toEqual(['B3']);
  });

  it.each([
    ['unknown product', 'tickets-bad.csv:2: unknown-product'],
    ['resolution before registration', 'tickets-bad.csv:3: resolved-before-registered'],
    ['a wall time inside the spring-forward gap', 'tickets-bad.csv:5: nonexistent-local-time'],
    ['an event for an unknown ticket', 'events-bad.csv:2: unknown-ticket'],
    ['overlapping waits (the second start)', 'events-bad.csv:4: overlapping-waits'],
  ])('names file, line and reason for %s', (_what, expected) => {
    expect(run.stderr).toContain(expected);
  });

  it('counts what it judged and what it set aside', () => {
    expect(run.stderr).toContain('Tickets gelezen: 5, beoordeeld: 1, apart gezet: 4');
  });
});

describe('usage', () => {
  it('--help exits 0 on every command', () => {
    for (const c of ['evaluate', 'calendar', 'build']) {
      const r = cli([c, '--help']);
      expect(r.status, c).toBe(0);
      expect(r.stdout).toContain('Gebruik: sla-rapport');
    }
  });

  it('an unknown format, option or command exits 2', () => {
    expect(cli([...args, '--format', 'xml']).status).toBe(2);
    expect(cli(['evaluate', '--nonsense']).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
  });

  it('an invalid --as-of is a usage error (exit 2) naming the value, not a stack trace', () => {
    for (const command of ['evaluate', 'check']) {
      const r = cli([command, '--tickets', fixture('canonical/tickets.csv'), '--events', fixture('canonical/events.csv'), '--as-of', 'morgen']);
      expect(r.status, command).toBe(2);
      expect(r.stderr).toContain('Fout: --as-of "morgen" is geen geldig tijdstip');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('invalid SLA content stops with the file and the field', () => {
    const r = cli([...args, '--sla', fixture('sla/invalid.mdx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('test/fixtures/sla/invalid.mdx');
    expect(r.stderr).toContain('hersteltijden.streeftijden[0].target.amount');
  });
});

describe('sla-rapport evaluate: the niveau judged (4.7) and its flags, appended fields', () => {
  // test/fixtures/readings (hand-worked in test/report/readings.test.ts): N1 reported niveau 1, resolved a day
  // late on Wed 4 Mar 2026 10:00 and lowered to 3 on Thu 5 Mar: judged as niveau 1, breached.
  const readings = ['evaluate', '--tickets', fixture('readings/tickets.csv'), '--events', fixture('readings/events.csv'), '--as-of', '2026-04-30T12:00'];
  it('json: priority stays the final niveau, judgedPriority is the one at the first resolution, both flags', () => {
    const n1 = (JSON.parse(cli([...readings, '--format', 'json']).stdout) as Record<string, unknown>[]).find((r) => r.id === 'N1');
    expect(n1).toMatchObject({ priority: 3, judgedPriority: 1, streeftijd: '1 werkdag', status: 'breached', flags: ['niveau-changed-after-resolution', 'niveau-lowered-after-deadline'] });
  });
  it('csv: the new fields come after the existing ones; flags space-separated', () => {
    const lines = cli([...readings, '--format', 'csv']).stdout.trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header.slice(-7)).toEqual(['approximate', 'sameDay', 'overWeek', 'clientReportDue', 'clientReportMet', 'judgedPriority', 'marginMinutes']);
    const n1 = lines.find((l) => l.startsWith('N1,'))!.split(',');
    expect(n1[header.indexOf('flags')]).toBe('niveau-changed-after-resolution niveau-lowered-after-deadline');
    expect(n1[header.indexOf('judgedPriority')]).toBe('1');
  });
});
