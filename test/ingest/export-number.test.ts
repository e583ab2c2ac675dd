// Numbers in an export's minute and count columns written with thousands
// separators, as Zendesk ("1,020") and Dutch Excel ("1.020") write them: read as
// the number they are, or set aside when they have no single reading; never 1.02.
import { describe, expect, it } from 'vitest';
import { exportNumber } from '../../src/ingest/export-number.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { toEvaluationRecord } from '../../src/pipeline/evaluation-record.ts';
import { zone } from '../../src/engine/zone.ts';

const z = zone('Europe/Amsterdam');
const judge = (file: string) => judgeData({ sla: 'content/sla', tickets: file, releases: null }, '2026-04-01');

describe('exportNumber: one reading or none', () => {
  it.each([
    { raw: '1020', expected: 1020, what: 'plain digits' },
    { raw: '1,020', expected: 1020, what: 'Zendesk thousands comma' },
    { raw: '1.020', expected: 1020, what: 'Dutch Excel thousands dot' },
    { raw: '1 020', expected: 1020, what: 'thousands space' },
    { raw: '1\u00a0020', expected: 1020, what: 'thousands no-break space' },
    { raw: '1\u202f020,5', expected: 1020.5, what: 'narrow no-break space with a decimal comma' },
    { raw: '12.345.678', expected: 12345678, what: 'several groups of three' },
    { raw: '1,020.5', expected: 1020.5, what: 'English grouping with a decimal point' },
    { raw: '1.020,5', expected: 1020.5, what: 'Dutch grouping with a decimal comma' },
    { raw: '1,5', expected: 1.5, what: 'Dutch decimal comma' },
    { raw: '1.5', expected: 1.5, what: 'decimal point' },
    { raw: '0,020', expected: 0.02, what: 'no thousands group starts with 0: a decimal' },
    { raw: '1234.567', expected: 1234.567, what: 'no thousands group has four digits: a decimal' },
  ])('$what: "$raw" is $expected', ({ raw, expected }) => {
    expect(exportNumber(raw)).toBe(expected);
  });

  it.each([
    { raw: '1.020.5', what: 'the same separator as grouping and as decimal' },
    { raw: '1,02,000', what: 'groups of two' },
    { raw: '1.02,000', what: 'a group of two before the decimal' },
    { raw: '-5', what: 'a negative number' },
    { raw: '12 min', what: 'a unit' },
    { raw: '1,,020', what: 'two separators in a row' },
  ])('$what: "$raw" has no reading', ({ raw }) => {
    expect(exportNumber(raw)).toBeNaN();
  });
});

// Every judged row below is the same ticket: Intramed, incident, niveau 1 ("1 werkdag"),
// registered Monday 2 March 2026 10:00, resolved Tuesday 3 March 12:00 (Amsterdam, +01:00).
// Target: the same clock time on the next werkdag, Tuesday 10:00: Monday 10:00-20:00 (600)
// + Tuesday 08:00-10:00 (120) = 720 dienstvenster minutes. Without waits the clock consumed
// Monday 10:00-20:00 (600) + Tuesday 08:00-12:00 (240) = 840 > 720: breached.
// A total wait of 1020 minutes is placed from the clock start: Monday 10:00 to Tuesday 03:00,
// of which Monday 10:00-20:00 = 600 dienstvenster minutes are not counted: 840 - 600 = 240, met.
// Read as 1.02 minutes it would credit one minute and leave the ticket breached.
describe('Zendesk export with "1,020" in the wait column (test/fixtures/exports/zendesk-thousands.csv)', async () => {
  const data = await judge('test/fixtures/exports/zendesk-thousands.csv');
  const rows = Object.fromEntries(data.judged.map(({ evaluation, record }) => [record.ticket.id, { ...toEvaluationRecord(evaluation, record, data.asOf, z), wait: record.waitTotalMinutes }]));

  it('"1,020" is 1020 minutes: the ticket is met with a hersteltijd of 240 minutes', () => {
    expect(rows['ZD-40001']).toMatchObject({ wait: 1020, targetMinutes: 720, waitingMinutes: 600, hersteltijdMinutes: 240, status: 'met' });
  });

  it('"1,5" is a fraction of a minute, rounded down: one minute of wait, 839 minutes consumed, breached', () => {
    expect(rows['ZD-40002']).toMatchObject({ wait: 1, waitingMinutes: 1, hersteltijdMinutes: 839, status: 'breached' });
  });

  it('"12,345,678" is 12345678 minutes; "1,020.5" is 1020 whole minutes', () => {
    expect(rows['ZD-40003'].wait).toBe(12345678);
    expect(rows['ZD-40004']).toMatchObject({ wait: 1020, hersteltijdMinutes: 240, status: 'met' });
  });

  it('sets aside a minute value with no single reading, and a count with a fraction, naming line, column and value', () => {
    expect(data.setAside.map((s) => [s.line, s.reason, s.column, s.value])).toEqual([
      [6, 'bad-number', 'Agent wait time in minutes', '1,02,000'],
      [7, 'bad-number', 'Reopens', '1,5'],
    ]);
    expect(data.counts).toMatchObject({ ticketRows: 6, judged: 4, setAside: 2 });
  });
});

describe('TOPdesk export saved by Dutch Excel with "1.020" (test/fixtures/exports/topdesk-dutch-excel.csv)', async () => {
  const data = await judge('test/fixtures/exports/topdesk-dutch-excel.csv');
  const rows = Object.fromEntries(data.judged.map(({ evaluation, record }) => [record.ticket.id, { ...toEvaluationRecord(evaluation, record, data.asOf, z), wait: record.waitTotalMinutes }]));

  it('"1.020" is 1020 minutes: the same ticket as above, met in 240 minutes', () => {
    expect(rows['TD-I 1']).toMatchObject({ wait: 1020, waitingMinutes: 600, hersteltijdMinutes: 240, status: 'met' });
  });

  it('"1.020,5" is 1020 whole minutes; "0,020" is 0.02, rounded down to no wait (840 minutes, breached)', () => {
    expect(rows['TD-I 2']).toMatchObject({ wait: 1020, hersteltijdMinutes: 240, status: 'met' });
    expect(rows['TD-I 3']).toMatchObject({ wait: 0, hersteltijdMinutes: 840, status: 'breached' });
  });

  it('"1.020.5" is set aside as bad-number', () => {
    expect(data.setAside.find((s) => s.line === 5)).toMatchObject({ reason: 'bad-number', column: 'Duur on hold (min)', value: '1.020.5' });
  });
});
