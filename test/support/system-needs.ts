// What the test suite needs from the machine besides npm packages: Debian's Chromium for the
// browser tests and poppler-utils (pdftotext, pdftoppm) for reading PDFs back. Run once before
// the suite (vitest globalSetup): when something is missing and this process may install it
// (root, with apt-get), it installs it; otherwise it stops at once with the exact command.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemNeed {
  /** The file that must exist: an absolute path, or a command looked up on PATH. */
  file: string;
  /** The Debian package that brings it. */
  debianPackage: string;
}

export const SYSTEM_NEEDS: readonly SystemNeed[] = [
  { file: '/usr/bin/chromium', debianPackage: 'chromium' },
  { file: 'pdftotext', debianPackage: 'poppler-utils' },
  { file: 'pdftoppm', debianPackage: 'poppler-utils' },
];

export interface Machine {
  exists(file: string): boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  /** Tells the person running the tests what happens. */
  say(text: string): void;
  /** Runs a command with its output shown; returns its exit status. */
  run(command: string, args: string[], env?: Record<string, string>): number;
}

const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));

export const thisMachine: Machine = {
  exists: (file) => (file.startsWith('/') ? existsSync(file) : onPath(file)),
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  hasAptGet: onPath('apt-get'),
  say: (text) => void process.stderr.write(`${text}\n`),
  run: (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1,
};

/** The Debian packages still missing on `machine`, each once. */
export function missingPackages(machine: Machine, needs: readonly SystemNeed[] = SYSTEM_NEEDS): string[] {
  return [...new Set(needs.filter((n) => !machine.exists(n.file)).map((n) => n.debianPackage))];
}

/** Installs what is missing, or throws with the command a person must run. */
export function seeToSystemNeeds(machine: Machine, needs: readonly SystemNeed[] = SYSTEM_NEEDS): void {
  const missing = missingPackages(machine, needs);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (!machine.isRoot || !machine.hasAptGet) {
    throw new Error(`The tests need ${missing.join(' and ')} (Debian packages), which are missing. Run:\n  sudo sh -c '${command}'\nthen run the tests again.`);
  }
  machine.say(`Installing what the tests need: ${missing.join(' ')} (${command})`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (machine.run('apt-get', ['update', '-qq'], env) !== 0 || machine.run('apt-get', ['install', '-y', '-qq', ...missing], env) !== 0) {
    throw new Error(`Installing ${missing.join(' ')} failed; run it by hand:\n  ${command}`);
  }
  const still = missingPackages(machine, needs);
  if (still.length > 0) throw new Error(`After installing, still missing: ${still.join(' ')}.`);
}

/** vitest globalSetup entry point. */
export default function setup(): void {
  seeToSystemNeeds(thisMachine);
}
