// The refusal inside Astro's MDX compiler (astro dev / astro build without
// `sla-rapport build`): a text with an image or a javascript: link stops
// compiling, naming the file and the line. The tree is parsed as MDX parses it;
// lines are the hand-made text's own.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../src/contract/parse.ts';
import { remarkNoCode } from '../../src/contract/remark-no-code.ts';

const tree = (...lines: string[]) => fromMarkdown(lines.join('\n'), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Root;

/** The problems the plugin throws for a text (fails the test when it compiles). */
function refused(root: Root): string[] {
  try {
    remarkNoCode()(root, { path: `${process.cwd()}/content/sla/proef.mdx` });
  } catch (e) {
    expect(e).toBeInstanceOf(ContractError);
    return (e as ContractError).problems;
  }
  throw new Error('expected the text to be refused');
}

describe('the MDX compiler refuses what would run', () => {
  it('stops at an image (line 3) and a javascript: link (line 5), naming the file relative to the project', () => {
    const found = refused(tree('# Artikel 1', '', '![x](./payload.mjs)', '', 'Zie [hier](javascript:alert(1)).'));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^content\/sla\/proef\.mdx:3: !\[x\]\(\.\/payload\.mjs\) is een afbeelding: /);
    expect(found[1]).toMatch(/^content\/sla\/proef\.mdx:5: link naar "javascript:alert\(1\)" is een javascript:-adres/);
  });

  it('lets plain Markdown with ordinary links through', () => {
    expect(() => remarkNoCode()(tree('# Artikel 1', '', 'Zie [de site](https://example.nl).'), { path: 'x.mdx' })).not.toThrow();
  });
});
