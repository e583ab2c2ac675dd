// The site's pages read the report model the build handed over in this process (src/site/model-source.ts,
// through @sla-rapport/model-handoff, which Astro keeps outside its bundle); `astro dev` hands over the
// bundled sample's model first, read with the defaults `sla-rapport build` uses without options.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handModelToSite, sampleModel } from '../../src/cli/site-model.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { reportModel } from '../../src/site/model-source.ts';
import { fixture, root } from '../support/cli.ts';
import { modelOf } from '../support/model.ts';
import { provideModel, releaseModel } from '@sla-rapport/model-handoff';

afterEach(() => releaseModel());

describe('the site\'s model source', () => {
  it('without a model handed over, says in Dutch how to build the site', () => {
    expect(() => reportModel()).toThrow(/geen rapportmodel: bouw de site met "sla-rapport build"/);
  });

  it('gives the pages the very model the build handed over, until the build releases it', async () => {
    const data = await judgeData({ sla: join(root, 'content/sla'), tickets: fixture('canonical/tickets.csv'), events: fixture('canonical/events.csv') }, '2026-04-02T12:00');
    const model = modelOf(data);
    const handed = handModelToSite(model);
    expect(reportModel()).toBe(model);
    handed.release();
    expect(() => reportModel()).toThrow(/geen rapportmodel/);
  });

  it('astro dev: the bundled sample (data/), with its complaints and back-ups, as `sla-rapport build` reads it by default', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      provideModel(await sampleModel());
    } finally {
      process.chdir(cwd);
    }
    const model = reportModel();
    // The bundled sample: 299 clients in data/tickets.csv, and the six complaints of data/complaints.csv;
    // then one dossier without a complaint per client with repeated breaches in the report month that
    // no complaint covers.
    expect(model.clients).toHaveLength(299);
    expect(model.dossiers.filter((d) => d.complaint !== null)).toHaveLength(6);
    const reportMonth = model.months.findLast((m) => m.complete)!;
    const uncovered = reportMonth.repeatedBreaches.filter((r) => r.dossier?.kind === 'zonder-klacht').map((r) => r.clientId);
    expect(model.dossiers.filter((d) => d.complaint === null).map((d) => d.clientId)).toEqual(uncovered);
    expect(model.provenance.inputs.map((i) => i.file)).toEqual(expect.arrayContaining(['data/tickets.csv', 'data/events.csv', 'data/complaints.csv', 'data/backups.csv']));
  });
});
