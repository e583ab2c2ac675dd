// The pdfkit and fontkit patches (src/pdf/speed.ts) change how the PDFs are made, never
// what they say. The same client reports, management report and Article 5 dossier are
// rendered by the command in two processes, once with the patches (the default) and
// once with SLA_RAPPORT_PDF_PATCHES=0 (the switch acts when the process loads pdfkit,
// hence two processes), and must have the same pages, the same text on every page and
// the same fonts.
//
// The bytes are not the same, by design: with the patches each document's font subset
// starts with the glyphs of the usual report characters in a fixed order
// (font-embed.ts, seedGlyphs), so that the deflated font file can be shared between
// documents; without them pdfkit numbers the glyphs in the order the text first uses
// them. So the glyph numbers in the page streams and the embedded subsets differ, while
// the text read back, the fonts and the pages do not. That they differ at all shows
// that the switch turned the patches off.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { requireTool, tempDir } from './support.ts';

const dir = tempDir('sla-patches-');

/** The month's PDFs (fixture of the PDF tests, November 2025) and a dossier (K1, March 2026, complaint KL-3), rendered with the patches on or off. */
function render(on: boolean): string {
  const out = join(dir, on ? 'on' : 'off');
  const env = { SLA_RAPPORT_PDF_PATCHES: on ? '1' : '0' };
  const pdf = cli(['pdf', '--month', '2025-11', '--tickets', 'test/fixtures/pdf/tickets.csv', '--releases', 'data/releases.csv', '--as-of', '2025-12-01T00:00', '--out', out], env);
  expect(pdf.status, pdf.stderr).toBe(0);
  const dossier = cli(
    [
      'dossier', '--client', 'K1', '--from', '2026-03-01', '--to', '2026-03-31',
      '--tickets', 'test/fixtures/canonical/tickets.csv', '--events', 'test/fixtures/canonical/events.csv',
      '--releases', 'data/releases.csv', '--complaints', 'test/fixtures/dossier/complaints.csv',
      '--as-of', '2026-03-10T12:00', '--out', join(out, 'dossier.pdf'),
    ],
    env,
  );
  expect(dossier.status, dossier.stderr).toBe(0);
  return out;
}

const FILES = ['2025-11/K1.pdf', '2025-11/K2.pdf', '2025-11/management.pdf', 'dossier.pdf'];

function tool(name: string, args: string[]): string {
  const r = spawnSync(name, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const pages = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(tool('pdfinfo', [file]))![1]);
const pageTexts = (file: string) => Array.from({ length: pages(file) }, (_, k) => tool('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(k + 1), '-l', String(k + 1), file, '-']));
/** pdffonts' table: each font's name (with its subset tag), type, encoding, embedded, subset, ToUnicode, object. */
const fonts = (file: string) => tool('pdffonts', [file]).trim().split('\n').slice(2);

let on: string;
let off: string;
beforeAll(() => {
  requireTool('pdftotext');
  on = render(true);
  off = render(false);
});

describe.each(FILES)('%s with and without the PDF patches', (name) => {
  it('has the same pages, the same text on each page and the same fonts', () => {
    const [a, b] = [join(on, name), join(off, name)];
    expect(pages(a)).toBeGreaterThan(0);
    expect(pages(a)).toBe(pages(b));
    expect(pageTexts(a)).toEqual(pageTexts(b));
    expect(fonts(a)).toEqual(fonts(b));
    expect(fonts(a).length).toBeGreaterThan(0);
  });

  it('differs in bytes (the seeded font subsets), so the switch did turn them off', () => {
    expect(readFileSync(join(on, name)).equals(readFileSync(join(off, name)))).toBe(false);
  });
});
