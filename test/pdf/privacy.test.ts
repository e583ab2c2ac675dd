// A client's PDF holds only that client's data: every client report of a month of
// the bundled data is read back with pdftotext and searched for every other
// client's name and debiteurnummer and for ticket ids that are not the client's.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { writeMonthReports } from '../../src/pdf/write.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { modelOf } from '../support/model.ts';
import { root } from '../support/cli.ts';
import { flat, pdfText, requireTool, tempDir } from './support.ts';

const MONTH = '2025-12';
let model: ReportModel;
let dir: string;

beforeAll(async () => {
  requireTool('pdftotext');
  const data = await judgeData({ sla: join(root, 'content/sla'), tickets: join(root, 'data/tickets.csv'), events: join(root, 'data/events.csv'), releases: join(root, 'data/releases.csv') });
  model = modelOf(data);
  const out = tempDir();
  await writeMonthReports(model, { outDir: out, month: MONTH, workers: 2 });
  dir = join(out, MONTH);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe(`client PDFs of ${MONTH} (bundled data, written by worker threads)`, () => {
  it('are written for every client with storingen in the month, plus management.pdf', () => {
    const expected = model.clients.filter((c) => c.months.some((m) => m.month === MONTH && m.tickets.length > 0)).map((c) => `${c.id}.pdf`);
    expect(expected.length).toBeGreaterThan(100);
    expect(readdirSync(dir).sort()).toEqual([...expected, 'management.pdf'].sort());
  });

  it('contain no other client\'s name, debiteurnummer or tickets', () => {
    const ticketsOf = new Map<string, Set<string>>();
    for (const t of model.tickets) {
      if (!ticketsOf.has(t.clientId as string)) ticketsOf.set(t.clientId as string, new Set());
      ticketsOf.get(t.clientId as string)!.add(t.id as string);
    }
    const problems: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f !== 'management.pdf')) {
      const client = model.clients.find((c) => `${c.id}.pdf` === file)!;
      const text = flat(pdfText(join(dir, file)));
      if (!text.includes(client.name) || !new RegExp(`\\b${client.id}\\b`).test(text)) problems.push(`${file}: own name or number missing`);
      const rest = text.split(client.name).join(' ');
      for (const other of model.clients) {
        if (other.id === client.id) continue;
        if (other.name !== client.name && !client.name.includes(other.name) && rest.includes(other.name)) problems.push(`${file}: name of ${other.id}`);
        if (new RegExp(`\\b${escape(other.id)}\\b`).test(text)) problems.push(`${file}: number ${other.id}`);
      }
      for (const id of text.match(/\bT\d{4}-\d{6}\b/g) ?? []) if (!ticketsOf.get(client.id)!.has(id)) problems.push(`${file}: ticket ${id}`);
    }
    expect(problems).toEqual([]);
  });
});
