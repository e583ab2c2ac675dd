// The first two pages of a client PDF as images, kept as test artifacts in test-results/ beside the
// site's screenshots, so that a person can look at what a practice owner receives.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientReportPdf } from '../../src/pdf/client-report.ts';
import { clientSlice } from '../../src/report/client-slice.ts';
import { root } from '../support/cli.ts';
import { fixtureModel, manyRows, requireTool, tempDir } from './support.ts';

describe('client PDF pages as images', () => {
  it('renders the first two pages of a client PDF to test-results/', async () => {
    requireTool('pdftoppm');
    const model = await fixtureModel(manyRows(40));
    const pdf = join(tempDir(), 'K9.pdf');
    writeFileSync(pdf, await clientReportPdf(clientSlice(model, 'K9'), 'K9', '2025-11'));
    const out = join(root, 'test-results');
    mkdirSync(out, { recursive: true });
    const r = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '2', pdf, join(out, 'klant-pdf')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // pdftoppm pads the page number to the width of the page count (klant-pdf-1.png or klant-pdf-01.png).
    const pages = readdirSync(out).filter((f) => /^klant-pdf-0*[12]\.png$/.test(f)).sort();
    expect(pages).toHaveLength(2);
    for (const p of pages) expect(statSync(join(out, p)).size).toBeGreaterThan(10_000);
  });
});
