// A mapping's own date formats: read in one pass over the cell whatever the format
// (no pattern that can backtrack), and a format that can be read more than one way
// is refused when the mapping is loaded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zone } from '../../src/engine/zone.ts';
import { DateFormat, formatProblem } from '../../src/ingest/date-format.ts';
import { loadMappingFile, MappingError } from '../../src/ingest/mapping-load.ts';

const z = zone('Europe/Amsterdam');
const iso = (r: ReturnType<DateFormat['parse']>) => (r !== null && r.ok ? new Date(r.ms).toISOString() : r);

// 36 one-or-two-digit numbers side by side ("d" and "H" alternate, so each is its own
// token). A cell of 59 digits and an "x" fits none of the ways to share the digits out,
// and a backtracking pattern tried them all: 2^36 ways; measured before this reader,
// 33 such numbers and a 47-character cell took 24 s, 37 and 53 characters 221 s.
const HOSTILE_FORMAT = `yyyyM${'dH'.repeat(18)}`;
const HOSTILE_CELL = `${'1'.repeat(59)}x`;

describe('reading a cell costs one pass, whatever the format', () => {
  it('a 60-character cell that fits no reading of 38 numbers side by side is turned down at once', () => {
    expect(HOSTILE_CELL).toHaveLength(60);
    const format = new DateFormat(HOSTILE_FORMAT);
    const started = performance.now();
    expect(format.parse(HOSTILE_CELL, z)).toBeNull();
    // One pass over 60 characters takes microseconds; a second is room for any machine.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a megabyte of digits in a cell is one pass too', () => {
    const format = new DateFormat('dd-MM-yyyy HH:mm');
    const started = performance.now();
    expect(format.parse(`${'1'.repeat(1 << 20)}x`, z)).toBeNull();
    expect(format.parse(`01-02-2025 ${' '.repeat(1 << 20)}x`, z)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('what the formats read', () => {
  it.each([
    // Worked out by hand: 05 March 2025 09:30 in winter time (UTC+1) is 08:30Z.
    { format: 'yyyyMMdd HHmm', text: '20250305 0930', expected: '2025-03-05T08:30:00.000Z', what: 'numbers side by side take two digits each' },
    { format: 'dd-MM-yyyy H:mm', text: '5-3-2025 9:30', expected: '2025-03-05T08:30:00.000Z', what: 'one digit where a separator follows' },
    { format: 'dd MMM. yyyy HH:mm', text: '05 mrt. 2025 09:30', expected: '2025-03-05T08:30:00.000Z', what: 'the dot the format writes after the month name' },
    { format: 'dd MMM yyyy HH:mm', text: '05 Mar. 2025 09:30', expected: '2025-03-05T08:30:00.000Z', what: 'an abbreviated month name with its dot' },
    { format: 'dd/MM/yyyy  HH:mm', text: '05/03/2025 09:30', expected: '2025-03-05T08:30:00.000Z', what: 'a run of spaces is one or more' },
    { format: 'yyyy-MM-dd HH:mm Z', text: '2025-03-05 09:30 +0000', expected: '2025-03-05T09:30:00.000Z', what: 'an offset without colon' },
    { format: 'yyyy-MM-dd HH:mm Z', text: '2025-03-05 09:30 +02:00', expected: '2025-03-05T07:30:00.000Z', what: 'an offset with colon' },
    // 1 July 2025 is summer time (UTC+2): 11:15 PM is 23:15 local, 21:15Z.
    { format: 'M/d/yyyy h:mm a', text: '7/1/2025 11:15 PM', expected: '2025-07-01T21:15:00.000Z', what: 'American order, 12-hour clock' },
  ])('$what: "$text" as $format', ({ format, text, expected }) => {
    expect(formatProblem(format)).toBeNull();
    expect(iso(new DateFormat(format).parse(text, z))).toBe(expected);
  });

  it('text that is not in the format is not read (null), also when only its end differs', () => {
    const format = new DateFormat('dd-MM-yyyy HH:mm');
    expect(format.parse('05-03-2025 09:30x', z)).toBeNull();
    expect(format.parse('05-03-2025', z)).toBeNull();
    expect(format.parse('2025-03-05T09:30', z)).toBeNull();
  });
});

describe('a mapping whose format can be read more than one way is refused when it is loaded', () => {
  it.each([
    { format: HOSTILE_FORMAT, problem: 'dag staat meer dan eens in het formaat' },
    { format: 'yyyyMd HH:mm', problem: 'Md zonder scheidingsteken is op meer manieren te lezen; schrijf MM (twee cijfers) of zet er een teken tussen' },
    { format: 'd-M-yyyy Hmm', problem: 'Hmm zonder scheidingsteken is op meer manieren te lezen; schrijf HH (twee cijfers) of zet er een teken tussen' },
    { format: 'dd-MM-yyyy HH:mm dd', problem: 'dag staat meer dan eens in het formaat' },
  ])('$format', ({ format, problem }) => {
    expect(formatProblem(format)).toBe(problem);
  });

  const dir = mkdtempSync(join(tmpdir(), 'sla-date-format-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the mapping file is named with the field and the reason', () => {
    const file = join(dir, 'hostile.yaml');
    writeFileSync(
      file,
      [
        'name: Vijandig',
        'detect: [Nr]',
        'timeZone: Europe/Amsterdam',
        `dateFormats: ["${HOSTILE_FORMAT}"]`,
        'fields:',
        '  id: { column: Nr }',
        '  clientId: { column: Klant }',
        '  product: { value: intramed }',
        '  type: { value: incident }',
        '  niveau: { value: 2 }',
        '  channel: { value: email }',
        '  registeredAt: { column: Gemeld }',
        '',
      ].join('\n'),
    );
    expect(() => loadMappingFile(file)).toThrow(MappingError);
    expect(() => loadMappingFile(file)).toThrow(`:4: dateFormats[0]: datumformaat "${HOSTILE_FORMAT}": dag staat meer dan eens in het formaat`);
  });
});
