// One verzend run at a time per send log (and per outbox): two runs reading the same
// log would both find a client not yet sent and both send. Each run writes a claim
// (a file named by its process id) into the folder's lock folder, then looks at the
// other claims: a claim of a process that no longer runs is removed, a live one makes
// this run withdraw its own claim and stop. Since every run writes its claim before it
// looks, two runs that start together cannot both miss each other: at worst both stop.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processRunning } from '../os/process-alive.ts';

export class OutboxBusyError extends Error {}

export const LOCK_NAME = '.verzending-loopt';

/** Claims `folder` for this process; returns the release. Throws OutboxBusyError while another live process has it. */
export function lockFolder(folder: string): () => void {
  const dir = join(folder, LOCK_NAME);
  mkdirSync(dir, { recursive: true });
  const own = String(process.pid);
  const claim = join(dir, own);
  writeFileSync(claim, `${new Date().toISOString()}\n`);
  const others: number[] = [];
  for (const name of readdirSync(dir)) {
    if (name === own || !/^\d+$/.test(name)) continue;
    if (processRunning(Number(name))) others.push(Number(name));
    else rmSync(join(dir, name), { force: true });
  }
  if (others.length > 0) {
    rmSync(claim, { force: true });
    throw new OutboxBusyError(`in ${folder} loopt al een verzending (proces ${others.join(', ')}); wacht tot die klaar is (of verwijder ${join(dir, String(others[0]))} als dat proces niet meer bestaat)`);
  }
  return () => rmSync(claim, { force: true });
}

/** Claims several folders (each once), all or none. */
export function lockFolders(folders: readonly string[]): () => void {
  const releases: (() => void)[] = [];
  try {
    for (const f of new Set(folders)) releases.push(lockFolder(f));
  } catch (e) {
    for (const r of releases.reverse()) r();
    throw e;
  }
  return () => {
    for (const r of releases.reverse()) r();
  };
}
