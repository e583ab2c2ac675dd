// The whole way a user goes: `sla-rapport fetch zendesk|jira` against a local helpdesk on
// 127.0.0.1 saves the raw pages in a cache folder, then `sla-rapport evaluate --export
// <cache>/<helpdesk>` judges them from disk. The figures are worked out by hand from the
// pages (test/fetch/support/history-helpdesk.ts) and the contract's dienstvensters (4.1,
// 4.4: Monday and Thursday 08:00-20:00, Tuesday, Wednesday and Friday 08:00-17:00), not
// copied from the output. October 2025 has no feestdag.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from '../support/cli.ts';
import { startFakeHelpdesk, type FakeHelpdesk } from './support/fake-helpdesk.ts';
import { tempCache } from './support/harness.ts';
import { historyJira, historyZendesk } from './support/history-helpdesk.ts';
import * as jira from './support/jira-pages.ts';
import * as zendesk from './support/zendesk-pages.ts';

let server: FakeHelpdesk;
let cache: string;

beforeAll(async () => {
  server = await startFakeHelpdesk();
  cache = tempCache();
});
afterAll(async () => {
  await server.close();
  rmSync(cache, { recursive: true, force: true });
});

/** `sla-rapport fetch` in a child process, so this process keeps answering as the helpdesk. */
function fetchCommand(args: string[], env: Record<string, string>, into = cache): Promise<{ status: number | null; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(ZENDESK|JIRA)_/.test(k)));
  const child = spawn(process.execPath, ['src/cli/bin.mjs', 'fetch', ...args, '--cache', into, '--per-minute', '6000'], { cwd: root, env: { ...clean, ...env } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

/** `evaluate` on the folder the fetch wrote, with the shipped mapping; the records by id. */
function evaluate(helpdesk: string, mapping: string) {
  const r = cli(['evaluate', '--export', join(cache, helpdesk), '--mappings', mapping, '--as-of', '2025-10-31T12:00', '--format', 'json']);
  const records = r.status === 0 ? (JSON.parse(r.stdout) as Record<string, unknown>[]) : [];
  return { ...r, byId: Object.fromEntries(records.map((x) => [x.id, x])) };
}

describe('fetch zendesk, then evaluate --export <cache>/zendesk', () => {
  let run: ReturnType<typeof evaluate>;
  beforeAll(async () => {
    server.answer(historyZendesk);
    const fetched = await fetchCommand(['zendesk', '--since', '2025-10-01', '--include-organizations'], { ZENDESK_URL: server.url, ZENDESK_EMAIL: zendesk.EMAIL, ZENDESK_API_TOKEN: zendesk.TOKEN });
    expect(fetched.stderr).toMatch(/Klaar\. Zendesk tickets: 2 pagina's, 2 tickets; Zendesk ticket_events: 2 pagina's, 11 events\./);
    expect(fetched.status).toBe(0);
    run = evaluate('zendesk', 'data/mappings/zendesk-api.yaml');
  });

  it('reads the folder as fetch wrote it (pages and state.json), exit 0, nothing set aside', () => {
    expect(readdirSync(join(cache, 'zendesk')).sort()).toEqual(['state.json', 'ticket_events-000001.json', 'ticket_events-000002.json', 'tickets-000001.json', 'tickets-000002.json']);
    expect(run.stderr).toContain('Aansluiting: 2 gelezen = 2 beoordeeld + 0 apart gezet + 0 samengevoegd: sluitend');
    // Changes: ZD-501 creation (status, priority) + 3 status changes; ZD-502 creation (2) + 5; the audit at the
    // pages' boundary (ZD-501 back to Open) is on both event pages: 5 + 7 + 1 = 13 read, 12 used, 1 read twice.
    expect(run.stderr).toContain('Aansluiting statusgeschiedenis: 13 wijzigingen gelezen = 12 bij tickets + 1 dubbel gelezen + 0 bij apart gezette tickets + 0 apart gezet: sluitend');
    expect(run.status).toBe(0);
  });

  it('ZD-501: the Pending interval Tuesday 16:00 to Wednesday 09:30 is 60 + 90 = 150 dienstvenster minutes of wait', () => {
    // Intramed Online niveau 1: "4 uur" = 240 minutes. Tuesday window closes 17:00, Wednesday opens 08:00.
    // Clock: Tuesday 15:00-16:00 (60) + Wednesday 09:30-11:00 (90) = 150. Deadline: 240 - 60 = 180 minutes after
    // the wait ends at Wednesday 09:30, so 12:30.
    expect(run.byId['ZD-501']).toMatchObject({
      clientId: 'Praktijk Noord', product: 'intramed-online', type: 'incident', priority: 1, channel: 'phone',
      registeredAt: '2025-10-07T15:00:00+02:00', resolvedAt: '2025-10-08T11:00:00+02:00', deadline: '2025-10-08T12:30:00+02:00',
      targetMinutes: 240, waitingMinutes: 150, hersteltijdMinutes: 150, reopenCount: 0, status: 'met', approximate: false, flags: [],
    });
  });

  it('ZD-502: On-hold is no wait for the client; the reopen adds Friday 10:00-11:00', () => {
    // Intramed niveau 2: "2 werkdagen" from Thursday 10:00 to Monday 10:00 = 600 + 540 + 120 = 1260 minutes.
    // First resolution Thursday 14:00: 10:00-14:00 = 240 (On-hold 11:00-13:00 counts). Reopened Friday 10:00,
    // solved 11:00: 240 + 60 = 300.
    expect(run.byId['ZD-502']).toMatchObject({
      priority: 2, product: 'intramed', channel: 'email', targetMinutes: 1260,
      firstResolvedAt: '2025-10-09T14:00:00+02:00', resolvedAt: '2025-10-10T11:00:00+02:00',
      firstHersteltijdMinutes: 240, hersteltijdMinutes: 300, waitingMinutes: 0, reopenCount: 1, status: 'met', approximate: false,
    });
  });
});

describe('fetch zendesk without --include-organizations', () => {
  it('the shipped mapping finds no debiteurnummer: both tickets set aside as unknown-organization, naming the option', async () => {
    server.answer(historyZendesk);
    const bare = tempCache();
    try {
      const env = { ZENDESK_URL: server.url, ZENDESK_EMAIL: zendesk.EMAIL, ZENDESK_API_TOKEN: zendesk.TOKEN };
      expect((await fetchCommand(['zendesk', '--since', '2025-10-01'], env, bare)).status).toBe(0);
      const r = cli(['evaluate', '--export', join(bare, 'zendesk'), '--mappings', 'data/mappings/zendesk-api.yaml', '--as-of', '2025-10-31T12:00', '--format', 'json']);
      expect(r.status).toBe(1);
      expect(r.stdout.trim()).toBe('[]');
      // Files are named as the command shows them: relative to its working folder, the project root.
      expect(r.stderr).toContain(`${relative(root, join(bare, 'zendesk', 'tickets-000001.json'))}:1: unknown-organization: organisatie van het ticket staat in geen enkele pagina: "7" (ticket ZD-501); haal de ticketpagina's op met hun organisaties (sla-rapport fetch zendesk --include-organizations, in een nieuwe --cache)`);
      expect(r.stderr).toContain('Aansluiting: 2 gelezen = 0 beoordeeld + 2 apart gezet + 0 samengevoegd: sluitend');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('fetch jira, then evaluate --export <cache>/jira', () => {
  let run: ReturnType<typeof evaluate>;
  beforeAll(async () => {
    server.answer(historyJira);
    const fetched = await fetchCommand(['jira', '--jql', 'project = SUP ORDER BY created', '--fields', 'customfield_10002,customfield_10050'], { JIRA_URL: server.url, JIRA_EMAIL: jira.EMAIL, JIRA_API_TOKEN: jira.TOKEN });
    expect(fetched.stderr).toMatch(/Klaar\. Jira issues: 2 pagina's, 2 issues\./);
    expect(fetched.status).toBe(0);
    run = evaluate('jira', 'data/mappings/jira-api.yaml');
  });

  it('asks for the mapping\'s custom fields and reads the folder as fetch wrote it', () => {
    const fields = server.seen.filter((s) => s.path === '/rest/api/3/search/jql').map((s) => s.query.get('fields')?.split(','));
    for (const f of fields) expect(f).toEqual(expect.arrayContaining(['customfield_10002', 'customfield_10050', 'status', 'priority']));
    expect(readdirSync(join(cache, 'jira')).sort()).toEqual(['search-000001.json', 'search-000002.json', 'state.json']);
    // SUP-1 three status changes, SUP-2 six.
    expect(run.stderr).toContain('Aansluiting statusgeschiedenis: 9 wijzigingen gelezen = 9 bij tickets + 0 dubbel gelezen + 0 bij apart gezette tickets + 0 apart gezet: sluitend');
    expect(run.status).toBe(0);
  });

  it('SUP-1: Waiting for customer Friday 16:00 to Monday 09:00 is 60 + 60 = 120 dienstvenster minutes of wait', () => {
    // Intramed niveau 1: "1 werkdag" from Friday 15:00 to Monday 15:00 = 120 + 420 = 540 minutes.
    // Clock: Friday 15:00-16:00 (60) + Monday 09:00-12:00 (180) = 240. Deadline: 540 - 60 = 480 minutes after
    // Monday 09:00, so 17:00.
    expect(run.byId['SUP-1']).toMatchObject({
      clientId: 'Praktijk Noord', product: 'intramed', priority: 1, channel: 'phone', targetMinutes: 540,
      registeredAt: '2025-10-10T15:00:00+02:00', resolvedAt: '2025-10-13T12:00:00+02:00', deadline: '2025-10-13T17:00:00+02:00',
      waitingMinutes: 120, hersteltijdMinutes: 240, reopenCount: 0, status: 'met', approximate: false, flags: [],
    });
  });

  it('SUP-2: Waiting for support is no wait for the client; Done to In Progress is a reopen', () => {
    // Intramed niveau 3: "5 werkdagen" (Tuesday 09:00 to the next Tuesday 09:00). First Done 13:00: 240 minutes
    // (Waiting for support 10:00-12:00 counts); reopened Wednesday 09:00, Done 10:00: 240 + 60 = 300.
    expect(run.byId['SUP-2']).toMatchObject({
      priority: 3, firstResolvedAt: '2025-10-14T13:00:00+02:00', resolvedAt: '2025-10-15T10:00:00+02:00',
      firstHersteltijdMinutes: 240, hersteltijdMinutes: 300, waitingMinutes: 0, reopenCount: 1, status: 'met', approximate: false,
    });
  });
});
