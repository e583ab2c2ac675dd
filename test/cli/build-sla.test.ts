// `build --sla FILE`: the SLA given is the SLA shown, and an SLA with code in its
// text stops the build before anything is rendered or run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/cli.ts';
import { SMALL_DATA, cliAsync, scratchDir } from '../support/small-build.ts';

const bundled = readFileSync('content/sla/intramed-sla.mdx', 'utf8');
const BUNDLED_SENTENCE = 'De in dit document met een beginhoofdletter geschreven termen, kennen de volgende definities:';
const CHANGED_SENTENCE = 'In deze versie gelden de volgende definities, met een beginhoofdletter geschreven.';

let slaDir: string;
let parent: string;

beforeAll(() => {
  // The SLA lies outside the project, as a user's would.
  slaDir = mkdtempSync(join(tmpdir(), 'build-sla-'));
  parent = scratchDir('build-sla');
});

afterAll(() => {
  rmSync(slaDir, { recursive: true, force: true });
  rmSync(parent, { recursive: true, force: true });
});

describe('build --sla FILE with another version of the contract, beside a build of the bundled one', () => {
  let build: { status: number | null; stderr: string };
  let bundledBuild: { status: number | null; stderr: string };
  let page: string;
  let bundledPage: string;

  beforeAll(async () => {
    expect(bundled).toContain('version: "2024.1"');
    expect(bundled).toContain(BUNDLED_SENTENCE);
    const file = join(slaDir, 'sla-2026.mdx');
    writeFileSync(file, bundled.replace('version: "2024.1"', 'version: "2026.7"').replace(BUNDLED_SENTENCE, CHANGED_SENTENCE));
    // Both at once: Astro keeps the collection's state inside the project, so the builds must not mix their SLAs.
    const out = join(parent, 'andere-versie');
    const bundledOut = join(parent, 'gebundeld');
    [build, bundledBuild] = await Promise.all([
      cliAsync(['build', ...SMALL_DATA, '--sla', file, '--out', out]),
      cliAsync(['build', ...SMALL_DATA, '--out', bundledOut]),
    ]);
    const sla = (dir: string, r: { status: number | null }) => (r.status === 0 ? readFileSync(join(dir, 'sla', 'index.html'), 'utf8') : '');
    page = sla(out, build);
    bundledPage = sla(bundledOut, bundledBuild);
  });

  it('builds every page (it used to stop with a TypeError on the client pages)', () => {
    expect(build.stderr).not.toMatch(/TypeError/);
    expect(build.status, build.stderr).toBe(0);
    expect(bundledBuild.status, bundledBuild.stderr).toBe(0);
  });

  it('/sla/ shows the given file\'s text and version, not the bundled one', () => {
    expect(page).toContain(CHANGED_SENTENCE);
    expect(page).not.toContain(BUNDLED_SENTENCE);
    expect(page).toContain('Versie 2026.7');
    expect(page).toContain('sla-2026.mdx');
  });

  it('the build of the bundled SLA, at the same time, still shows the bundled text', () => {
    expect(bundledPage).toContain(BUNDLED_SENTENCE);
    expect(bundledPage).not.toContain(CHANGED_SENTENCE);
    expect(bundledPage).toContain('Versie 2024.1');
  });
});

describe('build --sla FILE with code in the text', () => {
  it('exits 1 naming file and line, writes no output and never runs the code', async () => {
    const file = join(slaDir, 'met-code.mdx');
    const marker = join(slaDir, 'uitgevoerd.txt');
    // The bundled text ends with a line break: the appended import is on line n+2.
    const n = bundled.split('\n').length - 1;
    writeFileSync(file, `${bundled}\nimport { writeFileSync } from 'node:fs'\nexport const x = writeFileSync(${JSON.stringify(marker)}, process.env.HOME ?? '')\n`);
    const out = join(parent, 'met-code');
    const r = await cliAsync(['build', ...SMALL_DATA, '--sla', file, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`met-code.mdx:${n + 2}: import/export is code`);
    expect(r.stderr).not.toContain('Site bouwen');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('astro build without the command, given an SLA with code in the text', () => {
  it('fails in the MDX compiler with the Dutch message, before the code could run', () => {
    const file = join(slaDir, 'direct.mdx');
    const marker = join(slaDir, 'direct-uitgevoerd.txt');
    // The bundled text ends with a line break: the appended expression is on line n+2.
    const n = bundled.split('\n').length - 1;
    writeFileSync(file, `${bundled}\nDe map is {require('node:fs').writeFileSync(${JSON.stringify(marker)}, '')}.\n`);
    const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SLA_RAPPORT_SLA: file, SLA_RAPPORT_OUT_DIR: join(parent, 'direct') },
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(`direct.mdx:${n + 2}: {require('node:fs').writeFileSync(`);
    expect(existsSync(marker)).toBe(false);
  });
});
