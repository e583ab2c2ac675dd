// The contract's text is Markdown, not code. MDX would run an import, an export,
// a {expression} or a <Component> in it at build time, and it turns every image
// into an import that Vite loads and runs (`![x](./payload.mjs)`); a link to a
// javascript:, data: or vbscript: address runs code in the reader's browser. This
// finds each of them (with the MDX parser that Astro's MDX integration uses) so
// that no command builds or judges with such a text. No component and no image is
// allowed: the SLA uses none.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visibleShort } from '../ingest/visible.ts';

const RUNS = 'die MDX bij het bouwen uitvoert; een contract bevat geen code';

/** A quoted piece of the text: one line, at most 40 characters, control and invisible characters written out. */
const snippet = (text: string) => visibleShort(text.replace(/\s+/g, ' ').trim(), 40);

/** Schemes whose address runs code or carries content of its own in a browser. */
const CODE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

/**
 * The scheme of a link address when it is one of CODE_SCHEMES, else null. Read
 * as a browser reads it (WHATWG URL): leading spaces and control characters
 * dropped, tabs and line breaks removed anywhere, letters in any case.
 */
export function codeScheme(url: string): string | null {
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
  return scheme !== undefined && CODE_SCHEMES.has(scheme) ? scheme : null;
}

const IMAGE = 'is een afbeelding: MDX maakt er bij het bouwen een import van, die wordt ingelezen en uitgevoerd; een contract bevat geen afbeeldingen: verwijder de afbeelding; bedoelt u het teken ! zelf, schrijf dan \\!';
const linkText = (scheme: string) =>
  `is een ${scheme}:-adres, dat in de browser van de lezer code uitvoert of eigen inhoud toont; een contract bevat geen code: verwijder de link of gebruik een https:-adres`;

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
    case 'image':
      return `![${snippet(node.alt ?? '')}](${snippet(node.url)}) ${IMAGE}`;
    case 'imageReference':
      return `![${snippet(node.alt ?? '')}][${snippet(node.label ?? node.identifier)}] ${IMAGE}`;
    default:
      return null;
  }
}

/** Why a link or a link definition (`[x]: adres`) points at code, or null. */
function linkCode(node: Nodes): string | null {
  if (node.type !== 'link' && node.type !== 'definition') return null;
  const scheme = codeScheme(node.url);
  if (scheme === null) return null;
  const shown = node.type === 'link' ? `link naar "${snippet(node.url)}"` : `linkdefinitie [${snippet(node.label ?? node.identifier)}]: "${snippet(node.url)}"`;
  return `${shown} ${linkText(scheme)}`;
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
  const at = (node: Nodes) => (node.position?.start.line ?? 1) + firstLine - 1;
  const visit = (node: Nodes) => {
    const text = codeText(node);
    if (text) {
      found.push({ line: at(node), text });
      return;
    }
    // A link's text may hold more (an image in a link): it is read too.
    const link = linkCode(node);
    if (link) found.push({ line: at(node), text: link });
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}
