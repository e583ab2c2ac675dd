// Builds a fixture site into a temp folder, serves it on localhost and opens a
// browser session on it (every non-localhost request blocked); `close` undoes all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../support/cli.ts';
import { requireChromium, startSession, type Session } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export interface BuiltSite {
  out: string;
  site: StaticSite;
  session: Session;
  close(): Promise<void>;
}

export async function openBuiltSite(prefix: string, data: string[]): Promise<BuiltSite> {
  requireChromium();
  const out = mkdtempSync(join(tmpdir(), prefix));
  const build = cli(['build', ...data, '--out', out]);
  if (build.status !== 0) throw new Error(`build failed (${build.status}):\n${build.stderr}`);
  const site = await serveStatic(out);
  const session = await startSession(site.origin);
  return {
    out,
    site,
    session,
    async close() {
      await session.close();
      await site.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
