// One site build at a time per checkout. Astro keeps the content collections'
// state in files inside the project (.astro/content-modules.mjs and the data
// store), and reads them back while bundling: a second build with another SLA
// would swap the first one's contract text under it. Builds take turns for the
// site step; a lock left by a process that no longer runs is taken over.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { processRunning } from '../os/process-alive.ts';

const lockDir = (root: string) => join(tmpdir(), `sla-rapport-site-${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16)}.lock`);

/** Whether the lock's owner is gone (or never wrote its pid and the lock is older than 10 s). */
function abandoned(dir: string): boolean {
  try {
    return !processRunning(Number(readFileSync(join(dir, 'pid'), 'utf8')));
  } catch {
    try {
      return Date.now() - statSync(dir).mtimeMs > 10_000;
    } catch {
      return false;
    }
  }
}

/** Runs `build` holding the checkout's site lock; `onWait` is called once if another build holds it. */
export async function withSiteLock<T>(root: string, build: () => Promise<T>, onWait: () => void): Promise<T> {
  const dir = lockDir(root);
  let waited = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (abandoned(dir)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (!waited) onWait();
      waited = true;
      await sleep(250);
    }
  }
  try {
    return await build();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
