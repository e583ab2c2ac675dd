// Ticket subjects in the report model (src/report/subjects.ts): no ticket row carries
// one, the model's data (serialised, spread, or cloned to a worker thread) holds none,
// and a client's own slice (client-slice.ts, what its PDF renders) holds its own
// subjects only. The data: test/fixtures/subjects/export.csv, K1 with S1, S2 (subjects)
// and S5 (none), K2 with S3 and S4, read through a mapping that names the subject.
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { clientSlice, sharedSlice } from '../../src/report/client-slice.ts';
import { compactJob, viewOf } from '../../src/pdf/jobs.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { modelOf } from '../support/model.ts';

const SUBJECT = /ONDW-K|Verheugen|Schimmelpenning|lang onderwerp/;

async function model(mappings: string): Promise<ReportModel> {
  const data = await judgeData({ sla: 'content/sla', tickets: 'test/fixtures/subjects/export.csv', mappings }, '2026-04-02T12:00');
  return modelOf(data);
}

describe('with a mapping that names the subject', async () => {
  const m = await model('test/fixtures/subjects/with');

  it('no ticket row, month, client or dossier source carries a subject', () => {
    for (const row of m.tickets) expect(Object.keys(row)).not.toContain('subject');
    const { subjects, ...rest } = m;
    expect(JSON.stringify(rest)).not.toMatch(SUBJECT);
    // The store itself shows nothing when serialised, spread or cloned (to a worker thread).
    expect(JSON.stringify(m)).not.toMatch(SUBJECT);
    expect({ ...subjects }).toEqual({});
    expect(JSON.stringify(structuredClone(m))).not.toMatch(SUBJECT);
  });

  it("a client's own slice holds its own subjects, by ticket id, and no other client's", () => {
    expect(clientSlice(m, 'K1').subjects).toEqual({ S1: 'ONDW-K1-A mevrouw Verheugen kan niet inloggen', S2: 'ONDW-K1-B agenda loopt vast' });
    const k2 = clientSlice(m, 'K2').subjects;
    expect(Object.keys(k2).sort()).toEqual(['S3', 'S4']);
    expect(JSON.stringify(k2)).not.toMatch(/ONDW-K1|Verheugen/);
    expect(JSON.stringify(sharedSlice(m))).not.toMatch(SUBJECT);
  });

  it("a worker's job for the report month holds the subjects of that client's listed tickets only", () => {
    const k1 = m.clients.find((c) => c.id === 'K1')!;
    const job = compactJob(m, k1, m.tickets.filter((t) => t.clientId === 'K1'), '2026-03', 'K1.pdf');
    expect(job.subjects).toEqual({ S1: 'ONDW-K1-A mevrouw Verheugen kan niet inloggen', S2: 'ONDW-K1-B agenda loopt vast' });
    // Rows of another client handed in by mistake bring no subject: the store is asked for K1's only.
    const mixed = compactJob(m, k1, m.tickets, '2026-03', 'K1.pdf');
    expect(viewOf(sharedSlice(m), mixed).subjects).toEqual(job.subjects);
  });
});

describe('with a mapping without the subject', async () => {
  const m = await model('test/fixtures/subjects/without');
  it('the model and every client slice hold no subject', () => {
    expect(JSON.stringify(m)).not.toMatch(SUBJECT);
    for (const c of m.clients) expect(clientSlice(m, c.id).subjects).toEqual({});
  });
});
