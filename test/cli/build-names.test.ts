// A full build of the hand-made ids of test/fixtures/names/ (see
// test/pdf/output-names.test.ts for why each was chosen): every client and every
// complaint gets a page of its own, each page links only to its own files, and
// the counts the build prints equal the files it wrote.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/site/paths.ts';
import { fixture } from '../support/cli.ts';
import { cliAsync, scratchDir } from '../support/small-build.ts';

const LONG_CLIENT = 'K'.repeat(300);
/** Each client's one ticket (tickets.csv, by hand). */
const TICKET: Record<string, string> = {
  management: 'N1', 'K 3000': 'N2', K_3000: 'N3', 'K?3000': 'N4', 'k-4b2033303030': 'N5', K2000: 'N6', k2000: 'N7',
  'Praktijk Müller': 'N8', 'Praktijk Möller': 'N9', [LONG_CLIENT]: 'N10', MANAGEMENT: 'N11',
};
/** The complaints on file after the repeated KL-1 (line 5) is set aside, with their client. */
const COMPLAINT: Record<string, string> = { 'KL 1': 'K 3000', KL_1: 'K_3000', 'KL-1': 'K2000', 'k-4b4c2031': 'k2000', [`KL-${'X'.repeat(130)}`]: 'management' };

let parent: string;
let out: string;
let build: { status: number | null; stderr: string };

beforeAll(async () => {
  parent = scratchDir('sla-names');
  out = join(parent, 'out');
  build = await cliAsync([
    'build', '--tickets', fixture('names/tickets.csv'), '--complaints', fixture('names/complaints.csv'),
    '--releases', fixture('site/releases.csv'), '--backups', fixture('norms/backups.csv'), '--as-of', '2026-04-02T12:00', '--out', out,
  ]);
});

afterAll(() => {
  if (parent) rmSync(parent, { recursive: true, force: true });
});

const page = (route: string) => readFileSync(join(out, route, 'index.html'), 'utf8');
const attr = (s: string) => s.replaceAll('&', '&amp;');

describe('a build of ids that used to share a page or a file', () => {
  it('succeeds, and the counts it prints are the files it wrote', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/11 klantrapporten en het managementrapport/);
    expect(build.stderr).toMatch(/5 klachtdossier\(s\) en 0 dossier\(s\) zonder klacht \(herhaalde overschrijdingen\) geschreven/);
    expect(readdirSync(join(out, 'rapporten/2026-03'))).toHaveLength(11 + 1);
    expect(readdirSync(join(out, 'rapporten/dossiers'))).toHaveLength(5);
    expect(readdirSync(join(out, 'klanten'), { withFileTypes: true }).filter((e) => e.isDirectory())).toHaveLength(11);
    expect(readdirSync(join(out, 'klachten'), { withFileTypes: true }).filter((e) => e.isDirectory())).toHaveLength(5);
  });

  it('gives every client a page of its own that links only to its own PDF and tickets', () => {
    for (const [clientId, ticket] of Object.entries(TICKET)) {
      const html = page(paths.client(clientId));
      expect(html, clientId).toContain(`Debiteurnummer ${clientId}`);
      const pdfs = [...html.matchAll(/href="(\/rapporten\/[^"]+\.pdf)"/g)].map((m) => m[1]);
      expect(pdfs, clientId).toEqual([attr(paths.clientPdf('2026-03', clientId))]);
      expect(existsSync(join(out, paths.clientPdf('2026-03', clientId))), clientId).toBe(true);
      expect(new Set(html.match(/\bN\d+\b/g)), clientId).toEqual(new Set([ticket]));
    }
  });

  it('gives every complaint a page of its own that links to its own dossier and its own client', () => {
    for (const [complaintId, clientId] of Object.entries(COMPLAINT)) {
      const html = page(paths.complaint(complaintId));
      expect(html, complaintId).toContain(`Klacht ${complaintId}`);
      expect(html, complaintId).toContain(`href="${attr(paths.dossierPdf(complaintId))}"`);
      expect(html, complaintId).toContain(`href="${attr(paths.client(clientId))}"`);
      expect(existsSync(join(out, paths.dossierPdf(complaintId))), complaintId).toBe(true);
    }
  });
});
