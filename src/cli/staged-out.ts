// An output folder replaced all at once, safe against a kill at any moment. The build writes
// into a staging folder next to the target (same parent, so the renames stay on one file
// system), marked as the product's before anything else is written, and swaps it in only when
// every step succeeded: old output aside (`<out>.old-<pid>`), new output in. A run killed
// between those two renames leaves no `<out>`, but its old output aside under the marker:
// the next run puts it back before anything else, and removes the leftovers of runs that no
// longer run (their staging and old folders; only folders with the marker, or empty ones).
// An `<out>` that is a symbolic link stays in place: the folder it points to is the one replaced,
// with its staging and old folders next to that folder, and nothing is ever removed through a link.
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UsageError } from './args.ts';
import { claimBuildFolder, hasMarker, removeOwnFolder, writeMarker } from './output-marker.ts';
import { processRunning } from '../os/process-alive.ts';

/** A write to the output that failed: the message names the output path, not the staging folder. */
export class OutputError extends Error {}

/**
 * Runs `write` into a fresh staging folder and makes it `target` once it resolves. When `target`
 * is a symbolic link, the folder it points to is replaced and the link left as it is.
 */
export async function replaceWhenDone<T>(target: string, write: (staging: string) => Promise<T>): Promise<T> {
  // First the leftovers beside the path as given (an earlier version renamed a linked --out
  // itself aside: that puts the link back), then those beside the folder it leads to.
  recoverLeftovers(resolve(target));
  const place = physicalPath(target);
  if (place !== resolve(target)) recoverLeftovers(place);
  if (`${process.cwd()}${sep}`.startsWith(`${place}${sep}`)) throw new UsageError(`--out ${target} bevat de projectmap; kies een eigen uitvoermap`);
  if (isLink(target)) {
    process.stderr.write(`--out ${target} is een symbolische koppeling naar ${place}; die map wordt vervangen, de koppeling blijft staan.\n`);
  }
  claimBuildFolder(place, target);
  refuseMountPoint(place, target);
  const staging = sibling(place, 'tmp', process.pid);
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
    swapIn(staging, place);
    return result;
  } catch (e) {
    discard();
    process.stderr.write(`Bouwen mislukt; ${target} is niet gewijzigd. Oorzaak:\n`);
    throw asOutputError(e, staging, place, target);
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The absolute path with every symbolic link resolved, also when the last link points to a
 * folder that does not exist (yet, or any more after a killed swap): that is where the output goes.
 */
function physicalPath(target: string): string {
  let path = resolve(target);
  for (let hops = 0; isLink(path); hops++) {
    if (hops === 40) throw new UsageError(`--out ${target} is een kring van symbolische koppelingen; kies een gewone map`);
    path = resolve(dirname(path), readlinkSync(path));
  }
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path || !existsSync(parent) ? path : join(physicalPath(parent), basename(path));
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
 * missing), then removes the staging and old folders of runs that no longer run. A leftover
 * that is a symbolic link (an earlier version renamed a linked `--out` aside) counts when the
 * folder it points to has the marker or is empty, and only the link itself is removed.
 */
function recoverLeftovers(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  const leftovers = readdirSync(parent)
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter(({ match }) => match !== null && !running(Number(match[2])))
    .map(({ name, match }) => ({ path: join(parent, name), kind: match![1], link: isLink(join(parent, name)) }))
    // A folder (or a link to one) of that name without the marker, and not empty, is not ours.
    .filter(({ path }) => existsSync(path) && statSync(path).isDirectory() && (hasMarker(path) || readdirSync(path).length === 0));
  if (!present(target)) {
    const aside = leftovers.filter((l) => l.kind === 'old' && hasMarker(l.path)).sort((a, b) => lstatSync(b.path).mtimeMs - lstatSync(a.path).mtimeMs)[0];
    if (aside) {
      renameSync(aside.path, target);
      process.stderr.write(`Vorige uitvoer teruggezet uit ${aside.path} (een eerdere build werd afgebroken tijdens het wisselen).\n`);
    }
  }
  for (const l of leftovers) {
    if (!present(l.path)) continue;
    removeOwnFolder(l.path);
    const what = l.link ? ' (een symbolische koppeling; alleen de koppeling is verwijderd, niet de map waar die naar wijst)' : '';
    process.stderr.write(`Overblijfsel van een afgebroken build verwijderd: ${l.path}${what}\n`);
  }
}

/** Whether anything is at `path`: a folder, a file, or a link (also one pointing nowhere). */
function present(path: string): boolean {
  return existsSync(path) || isLink(path);
}

/** Whether a leftover's process still runs; one with this process's id is from an earlier run (pid reuse). */
function running(pid: number): boolean {
  return pid !== process.pid && processRunning(pid);
}

/**
 * An output folder that is a mount point (another device than its parent) cannot be renamed
 * aside: say so before building, not after.
 */
function refuseMountPoint(place: string, target: string): void {
  if (!existsSync(place)) return;
  if (statSync(place).dev === statSync(dirname(place)).dev) return;
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

/** A file-system error about the output (at `place`), said about the output path the user gave (`target`). */
function asOutputError(e: unknown, staging: string, place: string, target: string): unknown {
  const err = e as NodeJS.ErrnoException & { dest?: string };
  if (typeof err?.code !== 'string') return e;
  const paths = [err.path, err.dest].filter((p): p is string => typeof p === 'string');
  const aboutOutput = (p: string) => resolve(p) === place || resolve(p).startsWith(staging) || resolve(p) === sibling(place, 'old', process.pid);
  if (!paths.some(aboutOutput)) return e;
  if (err.code === 'EBUSY' || err.code === 'EXDEV') return new OutputError(`kan ${target} niet vervangen (${err.code}): ${mountPointText(target)}`);
  const why = WRITE_FAILURES[err.code] ?? err.message;
  const shown = resolve(paths.find(aboutOutput) ?? place).replace(staging, place);
  return new OutputError(`kan ${shown === place ? target : shown.replace(place, target)} niet schrijven: ${why} (${err.code}).`);
}
