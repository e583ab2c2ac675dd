// An output folder replaced all at once, safe against a kill at any moment. The build writes
// into a staging folder next to the target (same parent, so the renames stay on one file
// system), marked as the product's before anything else is written, and swaps it in only when
// every step succeeded: old output aside (`<out>.old-<pid>`), new output in. A run killed
// between those two renames leaves no `<out>`, but its old output aside under the marker:
// the next run puts it back before anything else, and removes the leftovers of runs that no
// longer run (their staging and old folders; only folders with the marker, or empty ones).
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UsageError } from './args.ts';
import { claimBuildFolder, hasMarker, removeOwnFolder, writeMarker } from './output-marker.ts';

/** A write to the output that failed: the message names the output path, not the staging folder. */
export class OutputError extends Error {}

/** Runs `write` into a fresh staging folder and makes it `target` once it resolves. */
export async function replaceWhenDone<T>(target: string, write: (staging: string) => Promise<T>): Promise<T> {
  if (`${process.cwd()}${sep}`.startsWith(`${resolve(target)}${sep}`)) throw new UsageError(`--out ${target} bevat de projectmap; kies een eigen uitvoermap`);
  recoverLeftovers(target);
  claimBuildFolder(target);
  refuseMountPoint(target);
  const staging = sibling(target, 'tmp', process.pid);
  const discard = () => removeOwnFolder(staging);
  const onSignal = (signal: NodeJS.Signals) => {
    discard();
    process.stderr.write(`Bouwen afgebroken (${signal}); ${target} is niet gewijzigd.\n`);
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    // Not one recursive mkdir: on a read-only file system that reports ENOENT instead of EROFS.
    mkdirSync(dirname(staging), { recursive: true });
    mkdirSync(staging);
    writeMarker(staging);
    const result = await write(staging);
    swapIn(staging, target);
    return result;
  } catch (e) {
    discard();
    process.stderr.write(`Bouwen mislukt; ${target} is niet gewijzigd. Oorzaak:\n`);
    throw asOutputError(e, staging, target);
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** `<out>.tmp-<pid>` or `<out>.old-<pid>`, next to `<out>`. */
function sibling(target: string, kind: 'tmp' | 'old', pid: number): string {
  return join(dirname(target), `${basename(target)}.${kind}-${pid}`);
}

/** Old output aside, new output in, old output gone; a failed rename puts the old one back. */
function swapIn(staging: string, target: string): void {
  const old = sibling(target, 'old', process.pid);
  const hadOld = existsSync(target);
  if (hadOld) {
    // An accepted unmarked folder (empty, or a build from before the marker) is the product's from here on.
    if (!hasMarker(target)) writeMarker(target);
    renameSync(target, old);
  }
  try {
    renameSync(staging, target);
  } catch (e) {
    if (hadOld) renameSync(old, target);
    throw e;
  }
  if (hadOld) removeOwnFolder(old);
}

/**
 * Before a build: puts back the previous output a killed run left aside (when `<out>` is
 * missing), then removes the staging and old folders of runs that no longer run.
 */
function recoverLeftovers(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  const leftovers = readdirSync(parent)
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter(({ match }) => match !== null && !running(Number(match[2])))
    .map(({ name, match }) => ({ path: join(parent, name), kind: match![1] }))
    // lstat: a symlink of that name is not a leftover folder of ours.
    .filter(({ path }) => lstatSync(path).isDirectory() && (hasMarker(path) || readdirSync(path).length === 0));
  if (!existsSync(target)) {
    const aside = leftovers.filter((l) => l.kind === 'old' && hasMarker(l.path)).sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs)[0];
    if (aside) {
      renameSync(aside.path, target);
      process.stderr.write(`Vorige uitvoer teruggezet uit ${aside.path} (een eerdere build werd afgebroken tijdens het wisselen).\n`);
    }
  }
  for (const l of leftovers) {
    if (!existsSync(l.path)) continue;
    removeOwnFolder(l.path);
    process.stderr.write(`Overblijfsel van een afgebroken build verwijderd: ${l.path}\n`);
  }
}

/** Whether a leftover's process still runs; one with this process's id is from an earlier run (pid reuse). */
function running(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An output folder that is a mount point (another device than its parent) cannot be renamed
 * aside: say so before building, not after.
 */
function refuseMountPoint(target: string): void {
  if (!existsSync(target)) return;
  if (statSync(target).dev === statSync(dirname(resolve(target))).dev) return;
  throw new UsageError(mountPointText(target));
}

const mountPointText = (target: string) =>
  `--out ${target} is een koppelpunt (mount point) of ligt op een ander bestandssysteem dan de map erboven; sla-rapport vervangt de uitvoermap in één keer door hem te hernoemen, en dat kan hier niet. Kies een map daarbinnen, bijvoorbeeld ${join(target, 'rapportage')}.`;

const WRITE_FAILURES: Record<string, string> = {
  EROFS: 'het bestandssysteem is alleen-lezen',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'het schijfquotum is op',
  EACCES: 'geen schrijfrechten',
  EPERM: 'niet toegestaan',
};

/** A file-system error about the output, said about the output path the user gave. */
function asOutputError(e: unknown, staging: string, target: string): unknown {
  const err = e as NodeJS.ErrnoException & { dest?: string };
  if (typeof err?.code !== 'string') return e;
  const paths = [err.path, err.dest].filter((p): p is string => typeof p === 'string');
  const aboutOutput = (p: string) => resolve(p) === resolve(target) || resolve(p).startsWith(resolve(staging)) || resolve(p) === resolve(sibling(target, 'old', process.pid));
  if (!paths.some(aboutOutput)) return e;
  if (err.code === 'EBUSY' || err.code === 'EXDEV') return new OutputError(`kan ${target} niet vervangen (${err.code}): ${mountPointText(target)}`);
  const why = WRITE_FAILURES[err.code] ?? err.message;
  const shown = (paths.find(aboutOutput) ?? target).replace(staging, target);
  return new OutputError(`kan ${resolve(shown) === resolve(target) ? target : shown} niet schrijven: ${why} (${err.code}).`);
}
