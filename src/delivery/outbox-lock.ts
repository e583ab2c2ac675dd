// One verzend run per outbox at a time: two runs reading the same send log would
// both find a client not yet sent and both send. The lock is a folder made
// atomically in the outbox, holding the owner's pid; one left by a process that no
// longer runs is taken over (the pattern of cli/site-lock.ts, without waiting).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processRunning } from '../cli/process-alive.ts';

export class OutboxBusyError extends Error {}

export const LOCK_NAME = '.verzending-loopt';

export function lockOutbox(root: string): () => void {
  mkdirSync(root, { recursive: true });
  const dir = join(root, LOCK_NAME);
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let pid = NaN;
      try {
        pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      } catch {
        // Made but not yet written: its owner is starting.
      }
      if (Number.isNaN(pid) || processRunning(pid)) {
        throw new OutboxBusyError(`in ${root} loopt al een verzending${Number.isNaN(pid) ? '' : ` (proces ${pid})`}; wacht tot die klaar is (of verwijder ${dir} als dat proces niet meer bestaat)`);
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
