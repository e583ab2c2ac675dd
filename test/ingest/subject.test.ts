// A ticket's subject (src/ingest/subject.ts): read only when asked (a mapping's
// fields.subject, or tickets.csv's subject column with --subjects), cleaned so it
// cannot read as other text, and cut to 150 characters with a warning that never
// quotes it. The fixture export (test/fixtures/subjects/export.csv) is read through a
// mapping with and without the subject field, by the reference reader and the fast
// path alike (also on a worker thread).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zone } from '../../src/engine/zone.ts';
import { readCanonical } from '../../src/ingest/canonical.ts';
import { readExport } from '../../src/ingest/export.ts';
import { loadMappingFile } from '../../src/ingest/mapping-load.ts';
import { readSources } from '../../src/ingest/sources.ts';
import { cleanSubject, SUBJECT_MAX_CHARS } from '../../src/ingest/subject.ts';

const EXPORT = 'test/fixtures/subjects/export.csv';
const WITH = loadMappingFile('test/fixtures/subjects/with/helpdesk.yaml');
const WITHOUT = loadMappingFile('test/fixtures/subjects/without/helpdesk.yaml');
const AMS = zone('Europe/Amsterdam');

const dir = mkdtempSync(join(os.tmpdir(), 'subject-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cleaning a subject', () => {
  const cases: { name: string; raw: string; text: string; cutFrom: number }[] = [
    { name: 'plain text stays as written', raw: 'Agenda loopt vast', text: 'Agenda loopt vast', cutFrom: 0 },
    { name: 'an empty cell is no subject', raw: '   ', text: '', cutFrom: 0 },
    { name: 'a tab and a line break become one space each run', raw: 'Agenda\tloopt\r\n\r\nvast', text: 'Agenda loopt vast', cutFrom: 0 },
    { name: 'ESC of a terminal command becomes a space', raw: 'Agenda\u001b[31m', text: 'Agenda [31m', cutFrom: 0 },
    { name: 'a zero-width space and a right-to-left override are dropped', raw: 'Agen\u200bda \u202evast', text: 'Agenda vast', cutFrom: 0 },
    { name: 'a no-break space reads as a space', raw: 'Agenda\u00a0vast', text: 'Agenda vast', cutFrom: 0 },
    { name: 'NFD is read composed', raw: 'Mu\u0308ller', text: 'M\u00fcller', cutFrom: 0 },
    // 150 letters: exactly the limit, not cut.
    { name: 'exactly 150 characters is kept whole', raw: 'a'.repeat(150), text: 'a'.repeat(150), cutFrom: 0 },
    // 151 letters: the first 149 and "…" make 150 characters; it was 151 long.
    { name: '151 characters are cut to 149 and an ellipsis', raw: 'a'.repeat(151), text: `${'a'.repeat(149)}…`, cutFrom: 151 },
    // 151 emoji of two UTF-16 units each: counted as characters, never split in half.
    { name: 'characters outside the BMP count as one and are not split', raw: '😀'.repeat(151), text: `${'😀'.repeat(149)}…`, cutFrom: 151 },
  ];
  it.each(cases)('$name', ({ raw, text, cutFrom }) => {
    expect(cleanSubject(raw)).toEqual({ text, cutFrom });
    expect(Array.from(cleanSubject(raw).text).length).toBeLessThanOrEqual(SUBJECT_MAX_CHARS);
  });
});

/** Subjects of the fixture export by ticket id, as worked out by hand from export.csv. */
const EXPECTED: Record<string, string | undefined> = {
  S1: 'ONDW-K1-A mevrouw Verheugen kan niet inloggen',
  // "ONDW-K1-B<tab>agenda<line break>loopt<zero-width space> vast"
  S2: 'ONDW-K1-B agenda loopt vast',
  S3: 'ONDW-K2-A declaratie van patiënt Schimmelpenning geweigerd',
  // "ONDW-K2-B " and 20 x "lang onderwerp " = 310 characters, 309 without the last space:
  // cut to its first 149 ("ONDW-K2-B " and 9 x "lang onderwerp " is 145, then "lang") and "…".
  S4: `ONDW-K2-B ${'lang onderwerp '.repeat(9)}lang…`,
  S5: undefined,
};

describe('an export read through its mapping', () => {
  const readers = [
    { name: 'reference reader', options: { reference: true } },
    { name: 'fast path', options: { reference: false, thread: false } },
    { name: 'fast path on a worker thread', options: { reference: false, thread: true } },
  ];
  it.each(readers)('with fields.subject, the $name keeps each cleaned subject on its record', async ({ options }) => {
    const data = await readExport(EXPORT, WITH, 'export.csv', undefined, options);
    const subjects = Object.fromEntries(data.records.map((r) => [r.ticket.id, r.subject]));
    expect(subjects).toEqual(EXPECTED);
    expect(data.records.find((r) => r.ticket.id === 'S4')?.subjectCutFrom).toBe(309);
  });
  it.each(readers)('without fields.subject, the $name reads no subject at all', async ({ options }) => {
    const data = await readExport(EXPORT, WITHOUT, 'export.csv', undefined, options);
    expect(data.records).toHaveLength(5);
    for (const r of data.records) {
      expect(r).not.toHaveProperty('subject');
      expect(JSON.stringify(r)).not.toMatch(/ONDW|Verheugen|Schimmelpenning/);
    }
  });
  it('a cut subject is warned at its line, without its text', async () => {
    const data = await readSources({ tickets: [EXPORT], mappings: [WITH], zone: AMS, displayName: () => 'export.csv' });
    // S4 starts on line 6: the header is line 1 and S2's quoted line break takes lines 3 and 4.
    expect(data.warnings.map((w) => [w.file, w.line, w.code])).toEqual([['export.csv', 6, 'subject-cut']]);
    expect(data.warnings[0].message).toBe('onderwerp ingekort van 309 tot 150 tekens (de tekst zelf wordt hier niet getoond)');
    expect(data.warnings[0].message).not.toMatch(/ONDW|lang onderwerp/);
  });
});

describe("tickets.csv's subject column", () => {
  const file = join(dir, 'tickets.csv');
  writeFileSync(
    file,
    'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version,subject\n' +
      'T1,K1,Praktijk Noord,intramed,incident,,2,phone,2026-03-02T09:00,2026-03-02T11:00,2026.1,"Printer\tweigert"\n' +
      'T2,K1,Praktijk Noord,intramed,incident,,2,phone,2026-03-03T09:00,,2026.1,\n',
  );
  it('is not read by default (subjects may hold patient data), and a notice says so at the header', async () => {
    const data = await readCanonical({ tickets: file, zone: AMS });
    expect(data.records.map((r) => r.subject)).toEqual([undefined, undefined]);
    const sources = await readSources({ tickets: [file], mappings: [], zone: AMS, displayName: () => 'tickets.csv' });
    expect(sources.warnings.map((w) => [w.file, w.line, w.code])).toEqual([['tickets.csv', 1, 'subject-not-read']]);
    expect(sources.warnings[0].message).toMatch(/^de kolom subject is niet gelezen.*--subjects/);
    expect(sources.warnings[0].message).not.toContain('Printer');
  });
  it('is read, cleaned, when asked (--subjects), without a notice', async () => {
    const data = await readCanonical({ tickets: file, zone: AMS, subjects: true });
    expect(data.records.map((r) => r.subject)).toEqual(['Printer weigert', undefined]);
    const sources = await readSources({ tickets: [file], mappings: [], zone: AMS, displayName: () => 'tickets.csv', subjects: true });
    expect(sources.warnings).toEqual([]);
  });
});
