// An output folder replaced all at once: the build writes into a staging folder next to
// the target (same parent, so the renames stay on one file system) and swaps it in only
// when every step succeeded. A failed or interrupted build leaves the previous output as it was.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UsageError } from './args.ts';

/** Runs `write` into a fresh staging folder and makes it `target` once it resolves. */
export async function replaceWhenDone<T>(target: string, write: (staging: string) => Promise<T>): Promise<T> {
  if (`${process.cwd()}${sep}`.startsWith(`${resolve(target)}${sep}`)) throw new UsageError(`--out ${target} bevat de projectmap; kies een eigen uitvoermap`);
  const staging = join(dirname(target), `${basename(target)}.tmp-${process.pid}`);
  const discard = () => rmSync(staging, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    discard();
    process.stderr.write(`Bouwen afgebroken (${signal}); ${target} is niet gewijzigd.\n`);
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  discard();
  mkdirSync(staging, { recursive: true });
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const result = await write(staging);
    swapIn(staging, target);
    return result;
  } catch (e) {
    discard();
    process.stderr.write(`Bouwen mislukt; ${target} is niet gewijzigd. Oorzaak:\n`);
    throw e;
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** Old output aside, new output in, old output gone; a failed rename puts the old one back. */
function swapIn(staging: string, target: string): void {
  const old = join(dirname(target), `${basename(target)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (e) {
    if (hadOld) renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
