// An input path that is not a regular file stops the command at once, naming the path: a
// named pipe (FIFO) would block the command (or be read only once), a folder cannot be read.
// Each run gets a time limit: without the check, reading a FIFO nobody writes to never returns.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, root } from '../support/cli.ts';
import { scratchDir } from '../support/small-build.ts';

const dir = scratchDir('sla-input-file');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fifo = join(dir, 'tickets.csv');
execFileSync('mkfifo', [fifo]);
const folder = join(dir, 'klachten.csv');
mkdirSync(folder);
// Data paths are shown relative to the working directory (the project root); `check` shows them as given.
const shown = (p: string) => relative(root, p);
const PIPE = 'is een named pipe (FIFO), geen gewoon bestand';

/** The CLI, killed after a minute (without the check it would wait on the FIFO for ever). */
function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['src/cli/bin.mjs', ...args], { cwd: root, timeout: 60_000 });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail).on('close', (status) => done({ status, stderr }));
  });
}

const canonical = ['--tickets', fixture('canonical/tickets.csv'), '--events', fixture('canonical/events.csv'), '--as-of', '2026-03-10T12:00'];

describe('a FIFO or a folder given as an input file', () => {
  it.each([
    ['evaluate --tickets FIFO', ['evaluate', '--tickets', fifo], `Fout: ${shown(fifo)}: ${PIPE}`],
    ['evaluate --export FIFO', ['evaluate', ...canonical, '--export', fifo], `Fout: ${shown(fifo)}: ${PIPE}`],
    ['evaluate --sla FIFO', ['evaluate', ...canonical, '--sla', fifo], `Ongeldige SLA-inhoud in ${shown(fifo)}:\n  - ${PIPE}`],
    ['check FIFO', ['check', fifo], `Fout: ${fifo}: ${PIPE}`],
    ['dossier --complaints FOLDER', ['dossier', '--client', 'K1', '--from', '2026-03-01', '--to', '2026-03-31', ...canonical, '--complaints', folder, '--out', join(dir, 'K1.pdf')], `Fout: ${folder}: is een map, geen bestand`],
  ])('%s: exits 1 and names the path', async (_name, args, message) => {
    const r = await run(args);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain(message);
  });
});
