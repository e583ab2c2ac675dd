// Runs the sla-rapport command as a user would, from the project root.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const fixture = (name: string) => `test/fixtures/${name}`;
