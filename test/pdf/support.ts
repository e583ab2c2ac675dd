// PDF test helpers: poppler-utils (pdftotext, pdftoppm) or a loud failure with
// the install hint, a report model from small CSVs, and text extraction.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { modelOf } from '../support/model.ts';
import { root } from '../support/cli.ts';

/** Fails (never skips) when a poppler tool is missing. */
export function requireTool(name: 'pdftotext' | 'pdftoppm'): void {
  const r = spawnSync(name, ['-v'], { encoding: 'utf8' });
  if (r.error) {
    throw new Error(`${name} ontbreekt: installeer poppler-utils (Debian/Ubuntu: apt-get install -y poppler-utils; macOS: brew install poppler).`);
  }
}

export function pdfText(file: string, layout = false): string {
  const r = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext ${file}: ${r.stderr}`);
  return r.stdout;
}

/** Whitespace (including line breaks inside wrapped text) as single spaces. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

export function tempDir(prefix = 'sla-pdf-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const AS_OF = '2025-12-01T00:00';
export const fixtureTickets = join(root, 'test/fixtures/pdf/tickets.csv');

/** The model of test/fixtures/pdf/tickets.csv (plus extra rows), judged as of 1 December 2025. */
export async function fixtureModel(extraRows: string[] = []): Promise<ReportModel> {
  let tickets = fixtureTickets;
  if (extraRows.length) {
    tickets = join(tempDir(), 'tickets.csv');
    const { readFileSync } = await import('node:fs');
    writeFileSync(tickets, `${readFileSync(fixtureTickets, 'utf8').trimEnd()}\n${extraRows.join('\n')}\n`);
  }
  const data = await judgeData({ sla: join(root, 'content/sla'), tickets, events: null, releases: join(root, 'data/releases.csv') }, AS_OF);
  return modelOf(data);
}

export const LONG_NAME = 'Praktijk voor Fysiotherapie, Manuele Therapie en Revalidatie De Grote Wetering-Noord & Zuid B.V. (locatie Hoofddorp)';

/** Many storingen for one client with a very long name: page breaks and column fitting. */
export function manyRows(count = 70): string[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(3 + (i % 25)).padStart(2, '0');
    const resolvedDay = String(Number(day) + (i % 3 === 0 ? 3 : 0)).padStart(2, '0');
    return `L-${String(i + 1).padStart(3, '0')},K9,"${LONG_NAME}",intramed-online,incident,${(i % 3) + 1},${(i % 3) + 1},email,2025-11-${day}T10:00:00,2025-11-${resolvedDay}T11:${String(i % 60).padStart(2, '0')}:00,2025.2`;
  });
}
