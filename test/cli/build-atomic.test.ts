// A build replaces its output folder only when every step succeeded: a failing build exits
// non-zero naming the cause, leaves the previous output byte for byte, and leaves no staging folder.
// (What it may replace at all, and a kill during the swap: build-output-folder.test.ts.)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, root } from '../support/cli.ts';
import { SMALL_DATA, checksums, cliAsync, scratchDir } from '../support/small-build.ts';

const failWrite = pathToFileURL(join(root, 'test/support/fail-write.mjs')).href;

let parent: string;
let out: string;
let before: Record<string, string>;

beforeAll(async () => {
  parent = scratchDir('sla-atomic');
  out = join(parent, 'out');
  mkdirSync(out);
  // Two builds: the first into an empty folder, the second over the first (whose folder, with the
  // product's marker, also holds a stray file: everything in a folder the product made is replaced).
  for (const round of [1, 2]) {
    const build = await cliAsync(['build', ...SMALL_DATA, '--out', out]);
    if (build.status !== 0) throw new Error(`build ${round} failed (${build.status}):\n${build.stderr}`);
    if (round === 1) writeFileSync(join(out, 'oud.txt'), 'van een eerdere build\n');
  }
  before = checksums(out);
});

afterAll(() => {
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe('a successful build', () => {
  it('replaces the whole output folder and leaves nothing beside it', () => {
    expect(before['oud.txt']).toBeUndefined();
    expect(before['.sla-rapport-uitvoer']).toBeDefined();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['index.html', 'beoordelingen.json', 'rapporten/2026-03/management.pdf', 'rapporten/dossiers/KL-1.pdf']));
    expect(readdirSync(parent)).toEqual(['out']);
  });
});

describe('a failing build leaves the previous output untouched', () => {
  const cases: { name: string; args: string[]; env: Record<string, string>; cause: RegExp }[] = [
    { name: 'invalid SLA content', args: ['--sla', fixture('sla/invalid.mdx')], env: {}, cause: /Ongeldige SLA-inhoud in test\/fixtures\/sla\/invalid\.mdx[\s\S]*target\.amount/ },
    { name: 'a tickets path that is a folder', args: ['--tickets', fixture('canonical')], env: {}, cause: /test\/fixtures\/canonical: map bevat geen paginabestanden/ },
    { name: 'a full disk after the month\'s PDFs were written', args: [], env: { NODE_OPTIONS: `--import ${failWrite}`, SLA_TEST_FAIL_WRITE: 'KL-1.pdf' }, cause: /ENOSPC/ },
  ];

  let results: Awaited<ReturnType<typeof cliAsync>>[];
  beforeAll(async () => {
    // Flags given later win, so each case overrides the small build's own input.
    results = await Promise.all(cases.map((c) => cliAsync(['build', ...SMALL_DATA, ...c.args, '--out', out], c.env)));
  });

  it.each(cases.map((c, i) => [c.name, i] as const))('%s: exits non-zero and names the cause', (_name, i) => {
    const r = results[i];
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(cases[i].cause);
    expect(r.stderr).toContain(`Bouwen mislukt; ${out} is niet gewijzigd.`);
  });

  it('the previous output is byte-identical and no staging folder is left', () => {
    expect(results.map((r) => r.status)).not.toContain(0);
    expect(checksums(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('the full-disk case failed after the PDFs were written (half-way, not up front)', () => {
    expect(results[2].stderr).toMatch(/\d+ klantrapporten en het managementrapport in/);
  });
});
