// The glossary is the bridge between the contract's Dutch terms and the code:
// every identifier it names must exist in the sources.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const glossary = parse(readFileSync(new URL('../../content/glossary/begrippen.yaml', import.meta.url), 'utf8')) as {
  term: string;
  clause: string;
  definition: string;
  identifiers: string[];
}[];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|astro|mjs)$/.test(f) ? [p] : [];
  });
}
const code = sources(new URL('../../src', import.meta.url).pathname).map((f) => readFileSync(f, 'utf8')).join('\n');

describe('glossary of contract terms', () => {
  it('has the core terms, each with a clause and the contract\'s definition', () => {
    const terms = glossary.map((g) => g.term);
    for (const t of ['Storing', 'Hersteltijd', 'Streeftijd', 'Dienstvenster', 'Werkdag']) expect(terms.join('|')).toContain(t);
    for (const g of glossary) {
      expect(g.clause, g.term).toMatch(/\d/);
      expect(g.definition.length, g.term).toBeGreaterThan(10);
    }
  });

  it.each(glossary.flatMap((g) => g.identifiers.map((id) => [g.term, id])))('%s: identifier %s exists in src/', (_term, id) => {
    expect(code).toMatch(new RegExp(`\\b${id}\\b`));
  });
});
