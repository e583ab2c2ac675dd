// Same inputs, same bytes: rendering twice, in another process and under other
// time zones and locales gives byte-identical PDFs dated by the data, not the clock.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientReportPdf } from '../../src/pdf/client-report.ts';
import { managementReportPdf } from '../../src/pdf/management-report.ts';
import type { ReportModel } from '../../src/report/model.ts';
import { clientSlice } from '../../src/report/client-slice.ts';
import { root } from '../support/cli.ts';
import { AS_OF, fixtureModel, fixtureTickets, tempDir } from './support.ts';

let model: ReportModel;
beforeAll(async () => {
  model = await fixtureModel();
});

describe('deterministic PDFs', () => {
  it('renders a client report twice to the same bytes, whatever was rendered in between (per-thread font caches)', async () => {
    const a = await clientReportPdf(clientSlice(model, 'K1'), 'K1', '2025-11');
    await clientReportPdf(clientSlice(model, 'K2'), 'K2', '2025-11');
    await managementReportPdf(model, '2025-11');
    const b = await clientReportPdf(clientSlice(model, 'K1'), 'K1', '2025-11');
    expect(a.equals(b)).toBe(true);
  });

  it('renders the management report twice to the same bytes', async () => {
    const a = await managementReportPdf(model, '2025-11');
    const b = await managementReportPdf(model, '2025-11');
    expect(a.equals(b)).toBe(true);
  });

  it('dates the document by the data\'s as-of moment, with an /ID derived from its info', async () => {
    const pdf = await clientReportPdf(clientSlice(model, 'K1'), 'K1', '2025-11');
    const file = join(tempDir(), 'K1.pdf');
    writeFileSync(file, pdf);
    const info = spawnSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' }).stdout;
    // 1 December 2025 00:00 in Amsterdam is 30 November 23:00 UTC.
    expect(info).toMatch(/CreationDate: +2025-11-30T23:00:00Z/);
    expect(info).toMatch(/ModDate: +2025-11-30T23:00:00Z/);
    expect(info).toMatch(/Title: +Servicerapportage november 2025 – Fysiotherapie Zoë & Chloé Ëlst \(K1\)/);
    expect(info).toMatch(/Author: +Intramed BV/);
    const text = pdf.toString('latin1');
    expect(text).toContain('/Lang (nl-NL)');
    expect(text).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  });

  it('writes the same bytes from the command line under other time zones and locales', () => {
    const run = (env: Record<string, string>) => {
      const out = tempDir();
      const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'pdf', '--month', '2025-11', '--tickets', fixtureTickets, '--as-of', AS_OF, '--out', out], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
      expect(r.status, r.stderr).toBe(0);
      return join(out, '2025-11');
    };
    const a = run({ TZ: 'UTC', LANG: 'C' });
    const b = run({ TZ: 'Asia/Tokyo', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
    // The folder the command made carries the product's marker (it may write there again).
    const files = readdirSync(a).sort().filter((f) => f !== '.sla-rapport-uitvoer');
    expect(files).toEqual(['K1.pdf', 'K2.pdf', 'management.pdf']);
    expect(readdirSync(b).sort().filter((f) => f !== '.sla-rapport-uitvoer')).toEqual(files);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });
});
