// Runs fetchHelpdesk in-process against the fake helpdesk with a fake clock: sleeps are
// recorded and move the clock, so a Retry-After of a minute takes no time.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchHelpdesk, type FetchRequest } from '../../../src/fetch/fetch-run.ts';
import type { HttpOptions } from '../../../src/fetch/http.ts';

export const TEST_HTTP: HttpOptions = { perMinute: 10, maxTries: 5, backoffMs: 1_000, maxRetryAfterMs: 15 * 60_000, max429: 20, timeoutMs: 5_000 };

export function tempCache(): string {
  return mkdtempSync(join(tmpdir(), 'sla-fetch-'));
}

export function harness(startIso = '2026-11-02T03:00:00Z') {
  const clock = { ms: Date.parse(startIso) };
  const sleeps: number[] = [];
  const log: string[] = [];
  const deps = {
    fetch: globalThis.fetch,
    now: () => clock.ms,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock.ms += ms;
    },
    log: (line: string) => log.push(line),
  };
  return {
    clock,
    sleeps,
    log,
    run: (request: FetchRequest, env: Record<string, string>) => fetchHelpdesk(request, env, deps),
  };
}

/** Every file in a folder tree with its text, for comparing and for searching for secrets. */
export function filesIn(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
      out.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
    }
  }
  return out;
}
