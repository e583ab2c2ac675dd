// One verzend run at a time per send log (and per outbox): two runs reading the same
// log would both find a client not yet sent and both send. Each run writes a claim (a
// file with its host name, process id and process-id namespace, under a random name, put in place by an
// atomic rename) into the folder's lock folder, then looks at the other claims: a claim
// of a process on this host that no longer runs is removed; any other claim (a live
// process, or one on another host sharing the folder, which cannot be checked from
// here) makes this run withdraw its own claim and stop. Since every run writes its claim
// before it looks, two runs that start together cannot both miss each other: at worst
// both stop.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { processRunning } from '../os/process-alive.ts';

export class OutboxBusyError extends Error {}

export const LOCK_NAME = '.verzending-loopt';
const CLAIM = /^[0-9a-f]{16}\.claim$/;

interface Claim {
  host: string;
  pid: number;
  /** The process-id namespace (Linux: /proc/self/ns/pid): containers with one host name may not share process ids. */
  ns?: string;
}

function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return '';
  }
}

function readClaim(file: string): Claim | null {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Claim;
    return typeof c.host === 'string' && Number.isInteger(c.pid) ? c : null;
  } catch {
    return null;
  }
}

/** Claims `folder` for this process; returns the release. Throws OutboxBusyError while another run may hold it. */
export function lockFolder(folder: string): () => void {
  const dir = join(folder, LOCK_NAME);
  mkdirSync(dir, { recursive: true });
  const own: Claim = { host: hostname(), pid: process.pid, ns: pidNamespace() };
  const name = `${randomBytes(8).toString('hex')}.claim`;
  const claim = join(dir, name);
  writeFileSync(join(dir, `.${name}`), `${JSON.stringify(own)}\n`);
  renameSync(join(dir, `.${name}`), claim);
  const holders: string[] = [];
  for (const other of readdirSync(dir)) {
    if (other === name || !CLAIM.test(other)) continue;
    const c = readClaim(join(dir, other));
    // Only a claim of this host and process-id namespace can be checked: a process that no longer runs lets go.
    if (c && c.host === own.host && (c.ns ?? '') === own.ns && c.pid !== own.pid && !processRunning(c.pid)) rmSync(join(dir, other), { force: true });
    else holders.push(`${join(dir, other)}: ${c ? `proces ${c.pid} op ${c.host}` : 'onleesbaar'}`);
  }
  if (holders.length > 0) {
    rmSync(claim, { force: true });
    throw new OutboxBusyError(`in ${folder} loopt al een verzending (${holders.join('; ')}); wacht tot die klaar is, of verwijder dat bestand als die verzending niet meer loopt`);
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
