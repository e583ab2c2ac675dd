// What `build --out` may replace: a new or empty folder, or one the product made (it holds the
// marker .sla-rapport-uitvoer); never a folder with someone else's files. The swap of new output
// for old survives a kill between its two renames, an --out that is a link stays a link, and an output folder that cannot be replaced
// (a mount point, a read-only file system) is reported about the --out path, without a "Klaar".
import { lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, root } from '../support/cli.ts';
import { SMALL_DATA, checksums, cliAsync, scratchDir } from '../support/small-build.ts';

const faults = pathToFileURL(join(root, 'test/support/swap-faults.mjs')).href;
const withFaults = (env: Record<string, string>) => ({ NODE_OPTIONS: `--import ${faults}`, ...env });
const MARKER = '.sla-rapport-uitvoer';

let parent: string;
beforeAll(() => {
  parent = scratchDir('sla-outdir');
});
afterAll(() => {
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe('a folder the product did not make is never written into', () => {
  it('a folder holding a file of its own: exit 2 naming the folder; the file is untouched and nothing is made beside it', async () => {
    const mine = join(parent, 'eigen-map');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notities.txt'), 'eigen aantekeningen\n');
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', mine]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Fout: --out ${mine} is niet leeg en is niet door sla-rapport gemaakt (er staat geen ${MARKER} in)`);
    expect(readdirSync(mine)).toEqual(['notities.txt']);
    expect(readFileSync(join(mine, 'notities.txt'), 'utf8')).toBe('eigen aantekeningen\n');
    expect(readdirSync(parent).filter((n) => n.startsWith('eigen-map'))).toEqual(['eigen-map']);
  });

  it('a folder of the product that holds a send log of verzend (one level down): exit 2, the log untouched', async () => {
    const out = join(parent, 'uitvoer');
    mkdirSync(join(out, 'verzending'), { recursive: true });
    writeFileSync(join(out, MARKER), '');
    writeFileSync(join(out, 'verzending', 'verzendlog.jsonl'), '{"client":"K1"}\n');
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Fout: --out ${out} bevat ${join(out, 'verzending', 'verzendlog.jsonl')}, het verslag van verzonden rapporten, dat de build niet mag vervangen; kies een andere map`);
    expect(readFileSync(join(out, 'verzending', 'verzendlog.jsonl'), 'utf8')).toBe('{"client":"K1"}\n');
  });

  it("the project's own scripts/ folder: exit 2; every file in it is unchanged", async () => {
    const scripts = join(root, 'scripts');
    const before = checksums(scripts);
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', 'scripts']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Fout: --out scripts is niet leeg en is niet door sla-rapport gemaakt');
    expect(checksums(scripts)).toEqual(before);
    expect(readdirSync(root).filter((n) => n.startsWith('scripts.'))).toEqual([]);
  });

  it('a file as --out: exit 2; the file is unchanged', async () => {
    const file = join(parent, 'rapport.txt');
    writeFileSync(file, 'geen map\n');
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Fout: --out ${file} is een bestand, geen map`);
    expect(readFileSync(file, 'utf8')).toBe('geen map\n');
  });
});

describe('the first build after an upgrade: an earlier build without the marker', () => {
  /**
   * A hand-made stand-in for an earlier build: the JSON, the home page, _astro/ with a script and
   * a style sheet, a page folder and a month's PDF under rapporten/ (what a build writes), and the
   * module file and schema Astro copies into an output folder outside the project.
   */
  function earlierBuild(name: string): string {
    const dir = join(parent, name);
    mkdirSync(join(dir, '_astro'), { recursive: true });
    mkdirSync(join(dir, 'klanten'));
    mkdirSync(join(dir, 'rapporten', '2025-12'), { recursive: true });
    writeFileSync(join(dir, 'beoordelingen.json'), '[]\n');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>SLA-rapportage</title>\n');
    writeFileSync(join(dir, 'klanten', 'index.html'), '<!doctype html>\n');
    writeFileSync(join(dir, '_astro', 'Page.abc123.js'), 'export {};\n');
    writeFileSync(join(dir, '_astro', 'begrippen.abc123.css'), 'body {}\n');
    writeFileSync(join(dir, 'rapporten', '2025-12', 'management.pdf'), '%PDF-1.3\n');
    writeFileSync(join(dir, 'content-modules.mjs'), 'export default new Map();\n');
    mkdirSync(join(dir, 'collections'));
    writeFileSync(join(dir, 'collections', 'sla.schema.json'), '{}\n');
    return dir;
  }

  it('is recognised and replaced; the new output carries the marker', async () => {
    const dir = earlierBuild('eerdere-build');
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining([MARKER, 'beoordelingen.json', 'rapporten']));
    expect(readFileSync(join(dir, 'beoordelingen.json'), 'utf8')).not.toBe('[]\n');
  });

  it('but not with a file of someone else beside it: exit 2, nothing touched', async () => {
    const dir = earlierBuild('eerdere-build-met-notities');
    writeFileSync(join(dir, 'notities.txt'), 'eigen aantekeningen\n');
    const before = checksums(dir);
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Fout: --out ${dir} is niet leeg en is niet door sla-rapport gemaakt`);
    expect(checksums(dir)).toEqual(before);
  });

  // Each of these has the three top-level entries of a build, so only a look through the whole
  // tree tells it apart: something in it a build never writes stops the command, nothing touched.
  it.each([
    { what: 'a gh-pages checkout (.git/HEAD and src/notes.txt)', extra: { '.git/HEAD': 'ref: refs/heads/gh-pages\n', 'src/notes.txt': 'eigen aantekeningen\n' } },
    { what: 'a file of someone else deep inside (klanten/K1001/notities.txt)', extra: { 'klanten/K1001/notities.txt': 'eigen aantekeningen\n' } },
    { what: 'a dot-file inside a page folder (maanden/.htaccess)', extra: { 'maanden/.htaccess': 'Require all granted\n' } },
  ])('but not $what: exit 2, nothing touched', async ({ what, extra }) => {
    const dir = earlierBuild(`eerdere-build-${what.replace(/[^a-z]+/g, '-')}`);
    for (const [path, text] of Object.entries(extra)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const before = checksums(dir);
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Fout: --out ${dir} is niet leeg en is niet door sla-rapport gemaakt`);
    expect(checksums(dir)).toEqual(before);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(Object.keys(extra)));
  });
});

describe('a build killed between the two renames of the swap', () => {
  let dir: string;
  let out: string;
  let previous: Record<string, string>;
  let killed: Awaited<ReturnType<typeof cliAsync>>;
  let afterKill: string[];
  let next: Awaited<ReturnType<typeof cliAsync>>;

  beforeAll(async () => {
    dir = join(parent, 'kill');
    out = join(dir, 'out');
    mkdirSync(dir);
    const first = await cliAsync(['build', ...SMALL_DATA, '--out', out]);
    if (first.status !== 0) throw new Error(`build failed (${first.status}):\n${first.stderr}`);
    previous = checksums(out);
    // Someone else's folder named like a leftover of a killed run, but without the marker.
    mkdirSync(join(dir, 'out.tmp-999999'));
    writeFileSync(join(dir, 'out.tmp-999999', 'van-iemand-anders.txt'), 'niet van sla-rapport\n');
    // The second build dies after moving the previous output aside, before moving the new one in.
    killed = await cliAsync(['build', ...SMALL_DATA, '--out', out], withFaults({ SLA_TEST_KILL_SWAP: '1' }));
    afterKill = readdirSync(dir).sort();
    // The next run (here one that then fails on its SLA content) starts by recovering.
    next = await cliAsync(['build', ...SMALL_DATA, '--sla', fixture('sla/invalid.mdx'), '--out', out]);
  });

  it('the kill left no output folder: the previous output aside and the new one staged', () => {
    expect(killed.status).toBeNull();
    expect(killed.stderr).not.toContain('Klaar');
    expect(afterKill).toHaveLength(3);
    expect(afterKill[0]).toMatch(/^out\.old-\d+$/);
    expect(afterKill.slice(1)).toEqual(expect.arrayContaining([expect.stringMatching(/^out\.tmp-\d+$/), 'out.tmp-999999']));
  });

  it('the next run puts the previous output back, byte for byte', () => {
    expect(next.stderr).toMatch(/Vorige uitvoer teruggezet uit .*out\.old-\d+/);
    expect(next.stderr).toContain(`Bouwen mislukt; ${out} is niet gewijzigd.`);
    expect(checksums(out)).toEqual(previous);
  });

  it("and removes the killed run's staging folder, but not the look-alike folder it did not write", () => {
    expect(next.stderr).toMatch(/Overblijfsel van een afgebroken build verwijderd: .*out\.tmp-\d+/);
    expect(next.stderr).not.toContain('out.tmp-999999');
    expect(readdirSync(dir).sort()).toEqual(['out', 'out.tmp-999999']);
    expect(readdirSync(join(dir, 'out.tmp-999999'))).toEqual(['van-iemand-anders.txt']);
  });
});

describe('an --out that is a symbolic link', () => {
  // koppeling/link -> doel/site, a folder an earlier build made (it has the marker). Beside the
  // link, what an earlier version of sla-rapport left when it renamed the link itself aside:
  // link.old-999999, a link to the folder leeg/ it had emptied through it; and a link of the
  // same form to a folder that is not the product's (vreemd/, with a file of its own).
  let dir: string;
  let link: string;
  let site: string;
  let r: Awaited<ReturnType<typeof cliAsync>>;
  beforeAll(async () => {
    dir = join(parent, 'koppeling');
    site = join(dir, 'doel', 'site');
    link = join(dir, 'link');
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, MARKER), 'eerdere build\n');
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>oud</title>\n');
    symlinkSync(join('doel', 'site'), link);
    mkdirSync(join(dir, 'leeg'));
    symlinkSync(join(dir, 'leeg'), join(dir, 'link.old-999999'));
    mkdirSync(join(dir, 'vreemd'));
    writeFileSync(join(dir, 'vreemd', 'van-iemand-anders.txt'), 'niet van sla-rapport\n');
    symlinkSync(join(dir, 'vreemd'), join(dir, 'link.tmp-999998'));
    r = await cliAsync(['build', ...SMALL_DATA, '--out', link]);
  });

  it('builds into the folder the link points to and says so; the link stays as it was', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`--out ${link} is een symbolische koppeling naar ${realpathSync(site)}; die map wordt vervangen, de koppeling blijft staan.`);
    expect(r.stderr).toContain(`Klaar in`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join('doel', 'site'));
    expect(readdirSync(site)).toEqual(expect.arrayContaining([MARKER, 'beoordelingen.json', 'rapporten', '_astro']));
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toContain('<title>oud</title>');
  });

  it('leaves no staging or old folder beside the link or beside the folder', () => {
    expect(readdirSync(join(dir, 'doel'))).toEqual(['site']);
    expect(readdirSync(dir).sort()).toEqual(['doel', 'leeg', 'link', 'link.tmp-999998', 'vreemd']);
  });

  it("removes the earlier version's leftover link, not the folder it points to; a link to a folder not the product's stays", () => {
    expect(r.stderr).toContain(`Overblijfsel van een afgebroken build verwijderd: ${join(dir, 'link.old-999999')} (een symbolische koppeling; alleen de koppeling is verwijderd`);
    expect(readdirSync(join(dir, 'leeg'))).toEqual([]);
    expect(r.stderr).not.toContain('link.tmp-999998');
    expect(readdirSync(join(dir, 'vreemd'))).toEqual(['van-iemand-anders.txt']);
  });

  it('a build killed while swapping the folder behind a link: the next run puts the folder back, the link untouched', async () => {
    // The state such a kill leaves: the link points at doel2/site, which is gone; the previous
    // output lies beside it as site.old-999997, with the marker.
    const base = join(parent, 'koppeling-afgebroken');
    const aside = join(base, 'doel2', 'site.old-999997');
    const broken = join(base, 'link');
    mkdirSync(aside, { recursive: true });
    writeFileSync(join(aside, MARKER), 'eerdere build\n');
    writeFileSync(join(aside, 'index.html'), '<!doctype html><title>vorige</title>\n');
    symlinkSync(join('doel2', 'site'), broken);
    const next = await cliAsync(['build', ...SMALL_DATA, '--sla', fixture('sla/invalid.mdx'), '--out', broken]);
    expect(next.stderr).toContain(`Vorige uitvoer teruggezet uit ${aside}`);
    expect(next.stderr).toContain(`Bouwen mislukt; ${broken} is niet gewijzigd.`);
    expect(readlinkSync(broken)).toBe(join('doel2', 'site'));
    expect(readFileSync(join(broken, 'index.html'), 'utf8')).toContain('<title>vorige</title>');
    expect(readdirSync(join(base, 'doel2'))).toEqual(['site']);
  });
});

describe('an output folder that cannot be replaced', () => {
  it('a mount point (rename fails with EBUSY, simulated): exit 1 about --out, no "Klaar", the folder as it was, no leftovers', async () => {
    const dir = join(parent, 'busy');
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', out], withFaults({ SLA_TEST_BUSY: out }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Fout: kan ${out} niet vervangen (EBUSY): --out ${out} is een koppelpunt (mount point)`);
    expect(r.stderr).not.toContain('Klaar');
    expect(readdirSync(dir)).toEqual(['out']);
    // The empty folder was accepted and marked as the product's just before the failed rename.
    expect(readdirSync(out).filter((n) => n !== MARKER)).toEqual([]);
  });

  it('a read-only file system (simulated): exit 1 naming the --out folder, not a staging folder', async () => {
    const out = join(parent, 'alleen-lezen');
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', out], withFaults({ SLA_TEST_READ_ONLY: '1' }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Fout: kan ${out} niet schrijven: het bestandssysteem is alleen-lezen (EROFS).`);
    expect(r.stderr).not.toMatch(/\.tmp-\d+/);
  });
});
