// Same inputs, same bytes: two builds of the same small fixture give identical files
// (pages, JS and CSS assets, PDFs, JSON), compared by SHA-256.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SMALL_DATA, checksums, cliAsync, scratchDir } from '../support/small-build.ts';

const dir = scratchDir('sla-reproducible');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function build(name: string): Promise<Record<string, string>> {
  const out = join(dir, name);
  const r = await cliAsync(['build', ...SMALL_DATA, '--out', out]);
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stderr}`);
  return checksums(out);
}

it('builds the same inputs twice into byte-identical output', async () => {
  const first = await build('eerste');
  const second = await build('tweede');
  const kinds = new Set(Object.keys(first).map((f) => f.slice(f.lastIndexOf('.'))));
  expect([...kinds]).toEqual(expect.arrayContaining(['.html', '.js', '.css', '.pdf', '.json']));
  expect(second).toEqual(first);
});
