// The client report's "Onderwerp per storing" (src/pdf/client/subjects.ts), written the
// way a large build writes it: on worker threads, each sent only its client's job
// (src/pdf/jobs.ts). Data: test/fixtures/subjects/export.csv through the mapping that
// names the subject, read back with pdftotext -layout (a label beside its value); March 2026 has K1's S1, S2 (subjects) and S5 (none), and K2's S3, S4.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { writeMonthReports } from '../../src/pdf/write.ts';
import { modelOf } from '../support/model.ts';
import { flat, pdfText, requireTool, tempDir } from './support.ts';

let dir = '';
beforeAll(async () => {
  requireTool('pdftotext');
  const data = await judgeData({ sla: 'content/sla', tickets: 'test/fixtures/subjects/export.csv', mappings: 'test/fixtures/subjects/with' }, '2026-04-02T12:00');
  const out = tempDir();
  await writeMonthReports(modelOf(data), { outDir: out, month: '2026-03', workers: 2 });
  dir = join(out, '2026-03');
});

describe('client PDFs written by worker threads', () => {
  it("K1's report lists its subjects in the storingen table's order, S5 without one left out", () => {
    const text = flat(pdfText(join(dir, 'K1.pdf'), true));
    const list = text.slice(text.indexOf('Onderwerp per storing'));
    expect(list).toMatch(/S1 ONDW-K1-A mevrouw Verheugen kan niet inloggen S2 ONDW-K1-B agenda loopt vast/);
    expect(list.slice(0, list.indexOf('Aandeel binnen'))).not.toContain('S5');
    expect(text).not.toMatch(/ONDW-K2|Schimmelpenning/);
  });

  it("K2's report lists its own, and the management report none", () => {
    const text = flat(pdfText(join(dir, 'K2.pdf'), true));
    expect(text).toContain('S3 ONDW-K2-A declaratie van patiënt Schimmelpenning geweigerd');
    expect(text).not.toMatch(/ONDW-K1|Verheugen/);
    expect(flat(pdfText(join(dir, 'management.pdf')))).not.toMatch(/ONDW|Verheugen|Schimmelpenning|Onderwerp/);
  });
});
