// A small build for the trust tests: five tickets over two months (one registered in the
// fall-back hour), complaints and back-ups, so a full build takes seconds. Also the checksum
// of every file in a folder, and the CLI run without blocking, so independent builds overlap.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fixture, root } from './cli.ts';

export const SMALL_DATA = [
  '--tickets', fixture('canonical/tickets.csv'),
  '--events', fixture('canonical/events.csv'),
  '--export', fixture('canonical/tickets-dst.csv'),
  '--releases', fixture('site/releases.csv'),
  '--complaints', fixture('dossier/complaints.csv'),
  '--backups', fixture('norms/backups.csv'),
  '--as-of', '2026-04-02T12:00',
];

/**
 * A fresh folder for build output inside the project (test-results/ is not committed). Astro
 * stages its server build in <project>/.astro/ when the output lies outside the project, then
 * copies that folder's files into the output: builds outside the project are not comparable.
 */
export function scratchDir(prefix: string): string {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  return mkdtempSync(join(root, 'test-results', `${prefix}-`));
}

/** SHA-256 of every file under `dir`, by path relative to it, in path order. */
export function checksums(dir: string): Record<string, string> {
  const sums: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else sums[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(sums).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Like `cli`, but resolves when the process ends, so several can run at once. */
export function cliAsync(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['src/cli/bin.mjs', ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail).on('close', (status) => done({ status, stdout, stderr }));
  });
}
