// The data-quality page lists each row set aside with its file, line, column, value
// and reason code, as the CLI prints them, in file and line order, and the warnings
// about rows that were judged; a client with two names in the data carries one name
// on every page and PDF. Built once from hand-made files (test/fixtures/quality/).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { scratchDir } from '../support/small-build.ts';

const TICKETS = 'test/fixtures/quality/tickets.csv';
const CUT = 'test/fixtures/quality/zendesk-cut.csv';

/** The text of each cell of each body row of the table with class `cls`. */
function rows(html: string, cls: string): string[][] {
  const table = new RegExp(`<table class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!table) return [];
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table[1])![1];
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#34;/g, '"').trim()));
}

describe('build from tickets.csv and an export with bad rows', () => {
  const out = scratchDir('datakwaliteit');
  const run = cli(['build', '--tickets', TICKETS, '--export', CUT, '--as-of', '2026-04-01T00:00', '--out', out]);
  const html = readFileSync(join(out, 'datakwaliteit', 'index.html'), 'utf8');

  it('exits 0 although rows were set aside (README: build writes its reports; the rows are reported)', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Apart gezet (4):');
  });

  it('the CLI lists the set-aside rows in file and line order, with value and code', () => {
    const listed = run.stderr.split('Apart gezet (4):\n')[1].split('\n').slice(0, 4);
    expect(listed).toEqual([
      `  ${TICKETS}:3: resolved-before-registered: opgelost vóór de registratie (ticket Q2)`,
      `  ${TICKETS}:4: unknown-niveau: onbekend storingsniveau (verwacht 1, 2 of 3, of een waarde uit de mapping) in kolom priority: "7"`,
      `  ${TICKETS}:6: date-without-time: datum zonder tijdstip; middernacht zou een verzonnen moment zijn in kolom registered_at: "03-03-2026"`,
      `  ${CUT}:2: bad-number: geen geldig getal in kolom Agent wait time in minutes: "1,02,000"`,
    ]);
  });

  it('/datakwaliteit/ shows the same rows in the same order: file, line, column, value, ticket, reason, code', () => {
    expect(rows(html, 'set-aside')).toEqual([
      [TICKETS, '3', '–', '–', 'Q2', 'opgelost vóór de registratie', 'resolved-before-registered'],
      [TICKETS, '4', 'priority', '7', 'Q3', 'onbekend storingsniveau (verwacht 1, 2 of 3, of een waarde uit de mapping)', 'unknown-niveau'],
      [TICKETS, '6', 'registered_at', '03-03-2026', 'Q5', 'datum zonder tijdstip; middernacht zou een verzonnen moment zijn', 'date-without-time'],
      [CUT, '2', 'Agent wait time in minutes', '1,02,000', 'ZD-50001', 'geen geldig getal', 'bad-number'],
    ]);
  });

  it('/datakwaliteit/ and the CLI show the warnings: K1\'s two names (line 5) and the export\'s open last row (line 3)', () => {
    expect(rows(html, 'data-warnings').map((r) => [r[0], r[1], r[3]])).toEqual([
      [TICKETS, '5', 'client-name-differs'],
      [CUT, '3', 'open-last-row'],
    ]);
    expect(run.stderr).toContain(`Waarschuwingen (2):\n  ${TICKETS}:5: client-name-differs: debiteurnummer K1 heeft verschillende namen: "Fysio Oud"`);
  });

  it('K1 is "Fysio Nieuw" (its latest registered row) on its page and in its March PDF, never "Fysio Oud"', () => {
    const page = readFileSync(join(out, 'klanten', 'K1', 'index.html'), 'utf8');
    expect(page).toContain('Fysio Nieuw');
    expect(page).not.toContain('Fysio Oud');
    const pdf = join(out, 'rapporten', '2026-03', readdirSync(join(out, 'rapporten', '2026-03')).find((f) => f.startsWith('K1'))!);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Fysio Nieuw');
    expect(text).not.toContain('Fysio Oud');
  });
});
