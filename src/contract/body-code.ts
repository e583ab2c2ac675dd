// The contract's text is Markdown, not code. MDX would run an import, an export,
// a {expression} or a <Component> in it at build time; this finds each of them
// (with the MDX parser that Astro's MDX integration uses) so that no command
// builds or judges with such a text. No component is allowed: the SLA uses none.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

const RUNS = 'die MDX bij het bouwen uitvoert; een contract bevat geen code';

const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
};

/** Why a node is code, or null when it is text. */
function codeText(node: Nodes): string | null {
  switch (node.type) {
    case 'mdxjsEsm':
      return `import/export is code (${snippet(node.value)}), ${RUNS}: verwijder deze regel`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `{${snippet(node.value)}} is een JavaScript-expressie, ${RUNS}; bedoelt u de accolade zelf, schrijf dan \\{`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return `<${node.name ?? ''}> is een component (JSX), ${RUNS}: de SLA-tekst is gewone Markdown; bedoelt u het teken < zelf, schrijf dan \\<`;
    default:
      return null;
  }
}

export interface CodeFound {
  /** Line in the whole file. */
  line: number;
  /** Dutch: what it is and what to write instead. */
  text: string;
}

/** Every piece of code in an SLA's MDX body; `firstLine` is the file line the body starts on. */
export function codeInBody(body: string, firstLine: number): CodeFound[] {
  const line = (n: number | undefined) => (n ?? 1) + firstLine - 1;
  let tree: Nodes;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (e) {
    const at = e as { line?: number; column?: number };
    const column = at.column ? `kolom ${at.column}: ` : '';
    return [{ line: line(at.line), text: `${column}geen geldige MDX: een { of < in gewone tekst begint in MDX code, die hier niet te lezen of niet afgesloten is; bedoelt u het teken zelf, schrijf dan \\{ of \\<` }];
  }
  return codeInTree(tree, firstLine);
}

/** Every piece of code in an MDX tree already parsed; `firstLine` is the file line its line 1 stands on. */
export function codeInTree(tree: Nodes, firstLine = 1): CodeFound[] {
  const found: CodeFound[] = [];
  const visit = (node: Nodes) => {
    const text = codeText(node);
    if (text) found.push({ line: (node.position?.start.line ?? 1) + firstLine - 1, text });
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}
