// The site finds the SLA given with `build --sla FILE` by a glob pattern (Astro's
// glob loader, which matches with tinyglobby): the file's name must match that
// file and no other, whatever characters it holds. Hand-made folder: each name
// beside the names its glob characters would otherwise match.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { ContractError } from '../../src/contract/parse.ts';
import { SLA_SOURCE_ENV, siteSlaGlob, slaGlob } from '../../src/contract/site-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'sla-glob-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Unescaped, each of the first names matches the name after it ([1] is the class "1"; * and {a,b} match
// both; !x would exclude; (v) and @(v) are groups) or nothing at all.
const names = [
  'sla[1].mdx', 'sla1.mdx',
  '*.mdx', 'a.mdx',
  '{a,b}.mdx', 'b.mdx',
  '!x.mdx', 'x.mdx',
  '@(v).mdx', 'v.mdx',
  'sla?.mdx', 'slaX.mdx',
  'SLA 2026 (nieuw) + bijlage.mdx',
  '.verborgen.mdx',
  'Müller.mdx',
];
for (const name of names) writeFileSync(join(dir, name), '');

describe('the glob for one SLA file', () => {
  it.each(names)('%s matches that file and no other', async (name) => {
    const { base, pattern } = slaGlob(join(dir, name));
    expect(base).toBe(dir);
    expect(await glob(pattern, { cwd: base, expandDirectories: false })).toEqual([name]);
  });

  it('a folder gives every .md and .mdx file in it', () => {
    expect(slaGlob(dir)).toEqual({ base: dir, pattern: '*.{md,mdx}' });
  });

  it('reads the path the build hands over in SLA_RAPPORT_SLA', () => {
    expect(siteSlaGlob({ [SLA_SOURCE_ENV]: join(dir, 'sla[1].mdx') })).toEqual({ base: dir, pattern: 'sla\\[1\\].mdx' });
  });

  it('refuses a name with a backslash, which no glob finds alone, in Dutch naming the file', () => {
    const file = join(dir, 'sla\\2026.mdx');
    writeFileSync(file, '');
    let thrown: unknown;
    try {
      slaGlob(file);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ContractError);
    expect((thrown as ContractError).file).toMatch(/sla\\2026\.mdx$/);
    expect((thrown as ContractError).problems).toEqual(['de bestandsnaam bevat een \\ (backslash); de site kan het bestand daarmee niet vinden: geef het een naam zonder \\']);
  });
});
