// Timestamps as exports write them, read without being told the format.
import { describe, expect, it } from 'vitest';
import { zone } from '../../src/engine/zone.ts';
import { DateFormat } from '../../src/ingest/date-format.ts';
import { parseTimestamp } from '../../src/ingest/timestamp.ts';

const z = zone('Europe/Amsterdam');

describe('parseTimestamp', () => {
  it.each([
    { text: '2025-03-05T14:22', expected: '2025-03-05T13:22:00.000Z', what: 'ISO without offset is Amsterdam wall time (winter, +01:00)' },
    { text: '2025-07-05 14:22:10', expected: '2025-07-05T12:22:00.000Z', what: 'ISO with a space, summer time (+02:00), seconds dropped' },
    { text: '2025-03-05T14:22:00+01:00', expected: '2025-03-05T13:22:00.000Z', what: 'ISO with +01:00' },
    { text: '2025-03-05 14:22:00 +0000', expected: '2025-03-05T14:22:00.000Z', what: 'Zendesk style with +0000' },
    { text: '2025-03-05T14:22:00Z', expected: '2025-03-05T14:22:00.000Z', what: 'Z' },
    { text: '05-03-2025 14:22', expected: '2025-03-05T13:22:00.000Z', what: 'Dutch day-first with leading zeros' },
    { text: '5-3-2025 9:05', expected: '2025-03-05T08:05:00.000Z', what: 'Dutch day-first without leading zeros' },
    { text: '5/3/2025 9:05:30', expected: '2025-03-05T08:05:00.000Z', what: 'Dutch with slashes and seconds (dropped)' },
    { text: '05-03-2025', expected: '2025-03-04T23:00:00.000Z', what: 'Dutch date only: midnight' },
  ])('$what: $text', ({ text, expected }) => {
    const r = parseTimestamp(text, z);
    expect(r.ok && new Date(r.ms).toISOString()).toBe(expected);
  });

  it.each([
    { text: '31-02-2025 10:00', reason: 'bad-date', what: 'a day that does not exist' },
    { text: '2025-13-01T10:00', reason: 'bad-date', what: 'month 13' },
    { text: 'gisteren', reason: 'bad-date', what: 'words' },
    { text: '1.03006E+13', reason: 'bad-date', what: 'an Excel number' },
    { text: '30-3-2025 2:30', reason: 'nonexistent-local-time', what: 'inside the spring-forward gap' },
  ])('$what ($text) is $reason', ({ text, reason }) => {
    expect(parseTimestamp(text, z)).toEqual({ ok: false, reason });
  });

  it('the repeated fall-back hour is its first occurrence, flagged ambiguous', () => {
    const r = parseTimestamp('26-10-2025 2:30', z);
    expect(r).toEqual({ ok: true, ms: Date.parse('2025-10-26T00:30:00Z'), ambiguous: true });
  });
});

describe('DateFormat (a mapping\'s own format)', () => {
  const jira = new DateFormat('dd/MMM/yy h:mm a');
  it.each([
    { text: '25/Feb/26 10:17 PM', expected: '2026-02-25T21:17:00.000Z', what: 'evening' },
    { text: '2/Mar/26 9:05 AM', expected: '2026-03-02T08:05:00.000Z', what: 'one-digit day and hour' },
    { text: '3/Mar/26 12:00 AM', expected: '2026-03-02T23:00:00.000Z', what: '12 AM is midnight' },
    { text: '3/Mar/26 12:30 PM', expected: '2026-03-03T11:30:00.000Z', what: '12 PM is noon' },
    { text: '3/mrt/26 1:00 PM', expected: '2026-03-03T12:00:00.000Z', what: 'Dutch month abbreviation' },
  ])('$what: $text', ({ text, expected }) => {
    const r = jira.parse(text, z);
    expect(r !== null && r.ok && new Date(r.ms).toISOString()).toBe(expected);
  });

  it('text in another format is not this format (null); a wrong month name is a bad date', () => {
    expect(jira.parse('2026-03-03T10:00', z)).toBeNull();
    expect(jira.parse('3/Foo/26 1:00 PM', z)).toEqual({ ok: false, reason: 'bad-date' });
    expect(jira.parse('3/Mar/26 13:00 PM', z)).toEqual({ ok: false, reason: 'bad-date' });
  });
});

describe('a date without a time in a data column', () => {
  it.each([
    { text: '15-10-2025', what: 'Dutch day-first' },
    { text: '15/10/2025', what: 'Dutch with slashes' },
    { text: '2025-10-15', what: 'ISO' },
  ])('$what ($text) is date-without-time, never midnight', ({ text }) => {
    expect(parseTimestamp(text, z, 'reject')).toEqual({ ok: false, reason: 'date-without-time' });
  });

  it('an explicit midnight is a time', () => {
    const r = parseTimestamp('15-10-2025 00:00', z, 'reject');
    expect(r.ok && new Date(r.ms).toISOString()).toBe('2025-10-14T22:00:00.000Z');
  });

  it('a mapping format without an hour reads a date, never a moment', () => {
    expect(new DateFormat('dd.MM.yyyy').parse('15.10.2025', z)).toEqual({ ok: false, reason: 'date-without-time' });
  });
});
