// The bundled sample (data/) is the default only when no data is given at all: a run
// on one's own export never mixes in the sample's tickets, events, releases,
// complaints or back-up log (a build from a Jira export alone once wrote complaint
// dossiers for sample clients). The build names every file it read.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.ts';
import { dataPaths, normsPaths } from '../../src/cli/data-options.ts';
import { cli } from '../support/cli.ts';
import { scratchDir } from '../support/small-build.ts';

const JIRA = 'data/exports/jira-service-management.csv';
const SAMPLES = ['data/tickets.csv', 'data/events.csv', 'data/releases.csv', 'data/complaints.csv', 'data/backups.csv'];

describe('which files a command reads', () => {
  it('no data options: the whole sample', () => {
    expect(dataPaths({})).toMatchObject({ tickets: 'data/tickets.csv', events: 'data/events.csv', releases: 'data/releases.csv', exports: [] });
    expect(normsPaths({})).toEqual({ complaints: 'data/complaints.csv', backups: 'data/backups.csv' });
  });

  it('only an export: no sample file at all', () => {
    expect(dataPaths({ export: [JIRA] })).toMatchObject({ tickets: null, events: null, releases: null, exports: [JIRA] });
    expect(normsPaths({ export: [JIRA] })).toEqual({ complaints: null, backups: null });
  });

  it('own tickets with own complaints: the sample releases and back-ups are not read either', () => {
    const values = { tickets: 'mine.csv', complaints: 'klachten.csv' };
    expect(dataPaths(values)).toMatchObject({ tickets: 'mine.csv', events: null, releases: null });
    expect(normsPaths(values)).toEqual({ complaints: 'klachten.csv', backups: null });
  });

  it('check with files as arguments: they count as data given', () => {
    expect(dataPaths({}, [JIRA])).toMatchObject({ tickets: null, releases: null });
    expect(normsPaths({}, [JIRA])).toEqual({ complaints: null, backups: null });
  });

  it('data given but no ticket file (only --releases): a usage error, not the sample tickets', () => {
    expect(() => dataPaths({ releases: 'r.csv' })).toThrow(UsageError);
  });

  it('check of a Jira export alone: 4 rows read (the 4 data rows of the file), no sample file in the provenance', () => {
    const run = cli(['check', JIRA]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Tickets gelezen: 4, beoordeeld: 4, apart gezet: 0');
    for (const sample of SAMPLES) expect(run.stdout).not.toContain(sample);
    expect(run.stdout).toContain(`${JIRA} sha256`);
    expect(run.stdout).toContain('data/mappings/jira-service-management.yaml sha256');
  });

  it('build from a Jira export alone: no complaint dossiers, and the summary names exactly the files read', () => {
    const out = scratchDir('jira-only');
    const run = cli(['build', '--export', JIRA, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    // The sample complaints (data/complaints.csv) would give dossiers for sample clients.
    const dossiers = join(out, 'rapporten', 'dossiers');
    expect(existsSync(dossiers) ? readdirSync(dossiers) : []).toEqual([]);
    // Every mapping is read and validated, those of saved API pages (jira-api, zendesk-api) too.
    // The Leveranciers' content (names, logos, helpdesk for the client PDFs) is read too.
    const listed = run.stderr.split('Gelezen bestanden (10):\n')[1].split('\n').slice(0, 10).map((l) => l.trim());
    expect(listed).toEqual([
      'content/sla/intramed-sla.mdx',
      JIRA,
      'data/mappings/jira-api.yaml',
      'data/mappings/jira-service-management.yaml',
      'data/mappings/topdesk.yaml',
      'data/mappings/zendesk-api.yaml',
      'data/mappings/zendesk.yaml',
      'content/leveranciers.yaml',
      'content/leveranciers/intramed-bv.png',
      'content/leveranciers/convenient-bv.png',
    ]);
  }, 120_000);
});
