// `sla-rapport fetch` as a user runs it, in a child process, against a local helpdesk on
// 127.0.0.1: exit codes, Dutch progress on standard error, no credential in any output or
// file, and a run killed after page 2 that the next run completes without fetching a page twice.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { root } from '../support/cli.ts';
import { startFakeHelpdesk, type FakeHelpdesk } from './support/fake-helpdesk.ts';
import { filesIn, tempCache } from './support/harness.ts';
import { BASIC, EMAIL, SINCE, TOKEN, zendesk } from './support/zendesk-pages.ts';

let server: FakeHelpdesk;
let cache: string;

beforeEach(async () => {
  server = await startFakeHelpdesk();
  server.answer(zendesk);
  cache = tempCache();
});
afterEach(async () => {
  await server.close();
  rmSync(cache, { recursive: true, force: true });
});

/** Runs the command without blocking this process (the fake helpdesk answers from it). */
function start(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(ZENDESK|JIRA)_/.test(k)));
  const child = spawn(process.execPath, ['src/cli/bin.mjs', 'fetch', ...args], { cwd: root, env: { ...clean, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  return { child, done };
}

const zendeskEnv = () => ({ ZENDESK_URL: server.url, ZENDESK_EMAIL: EMAIL, ZENDESK_API_TOKEN: TOKEN });
// 2025-10-01 is SINCE (start of the day in Europe/Amsterdam); 6000 a minute keeps the test fast.
const FIRST = ['zendesk', '--cache', '', '--since', '2025-10-01', '--per-minute', '6000'];
const args = (list: string[]) => list.map((a) => (a === '' ? cache : a));

describe('sla-rapport fetch', () => {
  it('fetches, reports progress in Dutch on standard error and exits 0; no credential anywhere', async () => {
    const r = await start(args(FIRST), zendeskEnv()).done;
    expect(r.status).toBe(0);
    expect(server.seen[0].query.get('start_time')).toBe(String(SINCE));
    expect(r.stderr).toContain(`Ophalen van ${server.url} naar ${join(cache, 'zendesk')}`);
    expect(r.stderr).toContain('Zendesk tickets: eerste keer, wijzigingen vanaf 2025-10-01 00:00 (Europe/Amsterdam)');
    expect(r.stderr).toContain(`Zendesk tickets: pagina 1 opgeslagen, 2 tickets (deze keer 1 pagina, 2 tickets): ${join(cache, 'zendesk', 'tickets-000001.json')}`);
    expect(r.stderr).toMatch(/Klaar\. Zendesk tickets: 3 pagina's, 6 tickets; Zendesk ticket_events: 2 pagina's, 2 events\./);
    expect(r.stdout).toBe('');
    const everything = [r.stderr, ...filesIn(cache).values()].join('\n');
    for (const secret of [TOKEN, BASIC.slice(6)]) expect(everything).not.toContain(secret);
  });

  it('exits 1 on wrong credentials with a Dutch message naming the variables, never the token', async () => {
    const r = await start(args(FIRST), { ...zendeskEnv(), ZENDESK_API_TOKEN: 'verkeerd-token-1234' }).done;
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Fout: de helpdesk weigert de inloggegevens (HTTP 401). Controleer ZENDESK_EMAIL en ZENDESK_API_TOKEN');
    expect(r.stderr).not.toContain('verkeerd-token-1234');
  });

  it('refuses without ZENDESK_URL (exit 2) and contacts nothing', async () => {
    const r = await start(args(FIRST), { ZENDESK_EMAIL: EMAIL, ZENDESK_API_TOKEN: TOKEN }).done;
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Fout: ZENDESK_URL is niet gezet.');
    expect(server.seen).toHaveLength(0);
    expect(existsSync(join(cache, 'zendesk'))).toBe(false);
  });

  it('refuses credentials over plain http to another host than this machine (exit 2)', async () => {
    const r = await start(args(FIRST), { ...zendeskEnv(), ZENDESK_URL: 'http://helpdesk.example' }).done;
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ZENDESK_URL moet met https:// beginnen');
  });

  it('a run killed after page 2 is completed by the next one: pages 3.. fetched, none twice', async () => {
    // Page 3 never answers while the first run lives; once it is asked for, pages 1 and 2 and the state are saved.
    let asked3: () => void = () => undefined;
    const page3Asked = new Promise<void>((resolve) => (asked3 = resolve));
    server.answer((seen) => {
      if (seen.query.get('cursor') === 'c2') {
        asked3();
        return { hang: true };
      }
      return zendesk(seen);
    });
    const first = start(args(FIRST), zendeskEnv());
    await page3Asked;
    first.child.kill('SIGKILL');
    await first.done;
    const before = server.seen.length;
    server.answer(zendesk);
    const second = await start(['zendesk', '--cache', cache, '--per-minute', '6000'], zendeskEnv()).done;
    expect(second.status).toBe(0);
    const asked = server.seen.slice(before).map((s) => `${s.path.split('/').at(-1)}?${s.query.toString()}`);
    expect(asked[0]).toBe('cursor.json?cursor=c2');
    expect(asked.filter((a) => a === 'cursor.json?cursor=c1' || a === `cursor.json?start_time=${SINCE}`)).toEqual([]);
    const pages = [...filesIn(cache).keys()].filter((f) => f.startsWith('zendesk/tickets-')).sort();
    expect(pages).toEqual(['zendesk/tickets-000001.json', 'zendesk/tickets-000002.json', 'zendesk/tickets-000003.json']);
    expect([...filesIn(cache).keys()].some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('--help exits 0 and names the environment variables', async () => {
    const r = await start(['--help'], {}).done;
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Gebruik: sla-rapport fetch zendesk|jira');
    expect(r.stdout).toContain('Zendesk: ZENDESK_URL, ZENDESK_EMAIL, ZENDESK_API_TOKEN');
  });

  it('exits 2 without a helpdesk or with a --since on jira', async () => {
    expect((await start([], {}).done).status).toBe(2);
    const r = await start(['jira', '--since', '2025-10-01'], {}).done;
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--since geldt alleen voor zendesk');
  });
});
