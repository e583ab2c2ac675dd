// `build --sla FILE`: the SLA given is the SLA shown, and an SLA with code in its
// text stops the build before anything is rendered or run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('build --sla FILE with another version of the contract', () => {
  let build: { status: number | null; stderr: string };
  let page: string;

  beforeAll(async () => {
    expect(bundled).toContain('version: "2024.1"');
    expect(bundled).toContain(BUNDLED_SENTENCE);
    const file = join(slaDir, 'sla-2026.mdx');
    writeFileSync(file, bundled.replace('version: "2024.1"', 'version: "2026.7"').replace(BUNDLED_SENTENCE, CHANGED_SENTENCE));
    const out = join(parent, 'andere-versie');
    build = await cliAsync(['build', ...SMALL_DATA, '--sla', file, '--out', out]);
    page = build.status === 0 ? readFileSync(join(out, 'sla', 'index.html'), 'utf8') : '';
  });

  it('builds every page (it used to stop with a TypeError on the client pages)', () => {
    expect(build.stderr).not.toMatch(/TypeError/);
    expect(build.status, build.stderr).toBe(0);
  });

  it('/sla/ shows the given file\'s text and version, not the bundled one', () => {
    expect(page).toContain(CHANGED_SENTENCE);
    expect(page).not.toContain(BUNDLED_SENTENCE);
    expect(page).toContain('Versie 2026.7');
    expect(page).toContain('sla-2026.mdx');
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
