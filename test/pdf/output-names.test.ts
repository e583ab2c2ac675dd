// No client's report lands in another client's file. test/fixtures/names/ is made
// by hand: tickets.csv has one storing per client in March 2026 (tickets N1-N11),
// each client id chosen to share a file with another under squashed, escaped or
// case-folded names: `management` (the management report's name), `K 3000` /
// `K_3000` / `K?3000`, `k-4b2033303030` (the old escaped form of `K 3000`),
// `K2000` / `k2000`, two organisations one letter apart, a 300-character id and
// `MANAGEMENT`. complaints.csv has `KL 1` / `KL_1`, `KL-1` twice (line 5 repeats
// it), `k-4b4c2031` (the old escaped form of `KL 1`) and a 133-character id.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDossiers } from '../../src/pdf/dossier/write-dossiers.ts';
import { writeMonthReports } from '../../src/pdf/write.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { reportModelFor } from '../../src/pipeline/report-model.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { paths } from '../../src/site/paths.ts';
import { root } from '../support/cli.ts';
import { flat, pdfText, requireTool, tempDir } from './support.ts';

const LONG_CLIENT = 'K'.repeat(300);
const LONG_COMPLAINT = `KL-${'X'.repeat(130)}`;
/** Each client's one ticket (tickets.csv, by hand). */
const TICKET: Record<string, string> = {
  management: 'N1', 'K 3000': 'N2', K_3000: 'N3', 'K?3000': 'N4', 'k-4b2033303030': 'N5', K2000: 'N6', k2000: 'N7',
  'Praktijk Müller': 'N8', 'Praktijk Möller': 'N9', [LONG_CLIENT]: 'N10', MANAGEMENT: 'N11',
};
const paths_ = {
  sla: join(root, 'content/sla'),
  tickets: join(root, 'test/fixtures/names/tickets.csv'),
  events: null,
  releases: null,
};
let model: ReportModel;

beforeAll(async () => {
  requireTool('pdftotext');
  const data = await judgeData(paths_, '2026-04-02T12:00');
  ({ model } = await reportModelFor(data, paths_, { complaints: join(root, 'test/fixtures/names/complaints.csv'), backups: null }));
});

describe('client PDFs of clients whose ids used to share a file', () => {
  let dir: string;
  let written: Awaited<ReturnType<typeof writeMonthReports>>;
  beforeAll(async () => {
    const out = tempDir();
    written = await writeMonthReports(model, { outDir: out, month: '2026-03' });
    dir = join(out, '2026-03');
  });

  it('writes one file per client plus management.pdf, with the names worked out by hand, distinct also without case', () => {
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(11 + 1);
    expect(files.filter((f) => !f.startsWith('K{'))).toEqual(
      expect.arrayContaining([
        'management.pdf', '_management.pdf', '__4b__20_3000.pdf', '__4b__5f_3000.pdf', '__4b__3f_3000.pdf', '_k-4b2033303030.pdf', 'K2000.pdf',
        '_k2000.pdf', '__50_raktijk_20__4d__fc_ller.pdf', '__50_raktijk_20__4d__f6_ller.pdf', '__4d__41__4e__41__47__45__4d__45__4e__54_.pdf',
      ]),
    );
    // The 300-character id: its first 40 characters, "~", 16 hex digits of its hash.
    expect(files.filter((f) => /^K{40}~[0-9a-f]{16}\.pdf$/.test(f))).toHaveLength(1);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
    // What the command reports equals what it wrote.
    expect(written.clientFiles).toHaveLength(11);
    expect(new Set(written.clientFiles).size).toBe(11);
  });

  it('the file a client page links to holds that client\'s ticket and no other client\'s', () => {
    for (const [clientId, ticket] of Object.entries(TICKET)) {
      const link = paths.clientPdf('2026-03', clientId);
      const text = flat(pdfText(join(dir, link.split('/').at(-1)!)));
      expect(text.match(/\bN\d+\b/g) ?? [], clientId).toEqual(expect.arrayContaining([ticket]));
      expect(new Set(text.match(/\bN\d+\b/g)), clientId).toEqual(new Set([ticket]));
    }
  });

  it('management.pdf is the management report, holding every client\'s breaches and tickets counted', () => {
    const text = flat(pdfText(join(dir, 'management.pdf')));
    expect(text).toMatch(/management/i);
  });
});

describe('dossiers of complaints whose ids used to share a file', () => {
  it('writes one dossier per complaint on file (the repeated KL-1 was set aside), each holding its own id', async () => {
    const out = tempDir();
    const files = await writeDossiers(model, out, () => true);
    const names = readdirSync(join(out, 'rapporten/dossiers')).sort();
    // KL 1: K=4b L=4c space=20; KL_1: _=5f; k-4b4c2031 is all kept characters.
    expect(names.filter((n) => !n.includes('~'))).toEqual(['KL-1.pdf', '__4b__4c__20_1.pdf', '__4b__4c__5f_1.pdf', '_k-4b4c2031.pdf'].sort());
    // The 133-character id is plain but too long: its first 40 characters (KL- and 37 X's), "~" and the hash.
    expect(names.filter((n) => /^KL-X{37}~[0-9a-f]{16}\.pdf$/.test(n))).toHaveLength(1);
    expect(files).toHaveLength(names.length);
    expect(names).toHaveLength(5);
    for (const id of ['KL 1', 'KL_1', 'KL-1', 'k-4b4c2031', LONG_COMPLAINT]) {
      const text = flat(pdfText(join(out, paths.dossierPdf(id).replace(/^\//, ''))));
      expect(text.replace(/ /g, ''), id).toContain(id.replace(/ /g, ''));
    }
    expect(model.norms!.setAside.map((s) => [s.line, s.reason])).toEqual([[5, 'duplicate-id']]);
  });
});
