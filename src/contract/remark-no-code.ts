// The refusal of code in the SLA text (body-code.ts) inside Astro's MDX compiler
// too, for a site built without `sla-rapport build` (astro dev, astro build): the
// file stops compiling before any code in it could run. Astro blanks the
// frontmatter keeping its lines, so the tree's lines are the file's.
import type { Root } from 'mdast';
import { relative } from 'node:path';
import { codeInTree } from './body-code.ts';
import { ContractError } from './parse.ts';

export function remarkNoCode() {
  return (tree: Root, file: { path?: string }) => {
    const found = codeInTree(tree);
    if (found.length === 0) return;
    const name = file.path ? relative(process.cwd(), file.path) : 'SLA';
    throw new ContractError(name, found.map((c) => `${name}:${c.line}: ${c.text}`));
  };
}
