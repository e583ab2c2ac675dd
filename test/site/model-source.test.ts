// The site reads the report model from the file the build names (src/site/model-source.ts); `astro dev`
// writes the bundled sample's model first, read with the defaults `sla-rapport build` uses without options.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { handModelToSite, handSampleModelToSite } from '../../src/cli/site-model.ts';
import { reportModel } from '../../src/site/model-source.ts';
import { MODEL_FILE_ENV } from '../../src/site/model-file-env.ts';
import { modelOf } from '../support/model.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { fixture, root } from '../support/cli.ts';
import { join } from 'node:path';

afterEach(() => {
  delete process.env[MODEL_FILE_ENV];
});

describe('the site\'s model source', () => {
  it('without a model file named, says in Dutch how to build the site', () => {
    expect(() => reportModel()).toThrow(/SLA_RAPPORT_MODEL is niet gezet: bouw de site met "sla-rapport build"/);
  });

  it('reads the model the build handed over, the same figures, and the file goes when the build is done', async () => {
    const data = await judgeData({ sla: join(root, 'content/sla'), tickets: fixture('canonical/tickets.csv'), events: fixture('canonical/events.csv') }, '2026-04-02T12:00');
    const model = modelOf(data);
    const handed = handModelToSite(model);
    expect(process.env[MODEL_FILE_ENV]).toBe(handed.file);
    const read = reportModel();
    expect(read.months.map((m) => [m.month, m.total.registered, m.total.breached])).toEqual(model.months.map((m) => [m.month, m.total.registered, m.total.breached]));
    expect(read.tickets.map((t) => t.id)).toEqual(model.tickets.map((t) => t.id));
    handed.remove();
    expect(existsSync(handed.file)).toBe(false);
    expect(process.env[MODEL_FILE_ENV]).toBeUndefined();
  });

  it('astro dev: the bundled sample (data/), with its complaints and back-ups, as `sla-rapport build` reads it by default', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      await handSampleModelToSite();
    } finally {
      process.chdir(cwd);
    }
    const model = reportModel();
    // The bundled sample: 299 clients, judged up to its latest moment, with the six complaints of data/complaints.csv.
    expect(model.clients).toHaveLength(299);
    expect(model.dossiers).toHaveLength(6);
    expect(model.provenance.inputs.map((i) => i.file)).toEqual(expect.arrayContaining(['data/tickets.csv', 'data/events.csv', 'data/complaints.csv', 'data/backups.csv']));
  });
});

describe('a model file that is not this build\'s', () => {
  it('a file of another kind, or one written by another version, is refused with a Dutch message, never rendered', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { serialize } = await import('node:v8');
    const dir = mkdtempSync(join(tmpdir(), 'sla-model-test-'));
    writeFileSync(join(dir, 'other.bin'), serialize({ months: [] }));
    process.env[MODEL_FILE_ENV] = join(dir, 'other.bin');
    expect(() => reportModel()).toThrow(/geen rapportmodel van sla-rapport/);
    writeFileSync(join(dir, 'old.bin'), serialize({ format: 'sla-rapport rapportmodel', productVersion: '0.0.1-oud', model: { months: [] } }));
    process.env[MODEL_FILE_ENV] = join(dir, 'old.bin');
    expect(() => reportModel()).toThrow(/geschreven door sla-rapport 0\.0\.1-oud, deze site is van .*bouw opnieuw/);
    writeFileSync(join(dir, 'text.bin'), 'geen model');
    process.env[MODEL_FILE_ENV] = join(dir, 'text.bin');
    expect(() => reportModel()).toThrow(/geen leesbaar rapportmodel/);
  });
});
