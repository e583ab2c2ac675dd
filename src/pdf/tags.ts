// The structure tree of a tagged report (PDF/A-2a, ISO 32000-1 14.8): one Document
// element whose children follow the reading order: H1/H2 headings, P paragraphs,
// L lists (LI with Lbl and LBody), Table (TR with TH/TD) and the chart as a Figure
// with alt text. What only repeats or decorates (page footers, a table's repeated
// header, row bands and rules) is marked as an artifact. The layer's helpers draw
// through these functions; text a section writes straight with doc.text is tagged
// by `tagLooseText` (a P, or the H1 when set in the title size), so no text is left
// outside the tree. Documents made without `startTagging` draw untagged.
import type { Doc } from './layout.ts';

export type Role = 'H1' | 'H2' | 'P' | 'Figure' | 'TH' | 'TD' | 'Lbl' | 'LBody';
type Element = ReturnType<Doc['struct']>;

interface Tags {
  root: Element;
  /** The list the last bullets went into; any other block ends it. */
  list: Element | null;
  /** Called before text a section writes straight (see pagination in keep.ts). */
  beforeLooseText: ((doc: Doc) => void) | null;
}
const tags = new WeakMap<Doc, Tags>();

/** Gives a new document (made with `tagged: true`) its Document element and tags the text written outside the helpers. */
export function startTagging(doc: Doc, titleSize: number, beforeLooseText: ((doc: Doc) => void) | null = null): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  tags.set(doc, { root, list: null, beforeLooseText });
  tagLooseText(doc, titleSize);
}


function endList(t: Tags): void {
  if (t.list) t.list.end();
  t.list = null;
}

/** `draw`'s content as one marked sequence (continued by pdfkit over page breaks); no page may be added by hand inside it. */
function marked(doc: Doc, role: Role, draw: () => void): ReturnType<Doc['markStructureContent']> {
  const content = doc.markStructureContent(role);
  draw();
  doc.endMarkedContent();
  return content;
}

/** Draws one block of the reading order as a `role` element of the Document (or of `parent`). */
export function tagged(doc: Doc, role: Role, draw: () => void, options: { alt?: string; parent?: Element } = {}): void {
  const t = tags.get(doc);
  if (!t) return draw();
  if (!options.parent) endList(t);
  const content = marked(doc, role, draw);
  (options.parent ?? t.root).add(doc.struct(role, options.alt ? { alt: options.alt } : {}, [content]));
}

/** A list item (LI: Lbl and LBody) in the list the preceding items started. */
export function listItem(doc: Doc, label: () => void, body: () => void): void {
  const t = tags.get(doc);
  if (!t) return void (label(), body());
  if (!t.list) t.root.add((t.list = doc.struct('L')));
  const lbl = doc.struct('Lbl', {}, [marked(doc, 'Lbl', label)]);
  const lbody = doc.struct('LBody', {}, [marked(doc, 'LBody', body)]);
  t.list.add(doc.struct('LI', {}, [lbl, lbody]));
}

/** An open Table element (null when untagged); rows go in with `tableRow`, `endElement` closes it. */
export function openTable(doc: Doc): Element | null {
  const t = tags.get(doc);
  if (!t) return null;
  endList(t);
  const table = doc.struct('Table');
  t.root.add(table);
  return table;
}

/** One TR of `table`: each cell drawn as its own TH or TD. */
export function tableRow(doc: Doc, table: Element | null, cells: { role: 'TH' | 'TD'; draw: () => void }[]): void {
  if (!table) return cells.forEach((c) => c.draw());
  table.add(doc.struct('TR', {}, cells.map((c) => doc.struct(c.role, {}, [marked(doc, c.role, c.draw)]))));
}

export function endElement(element: Element | null): void {
  element?.end();
}

/** Draws what a reader should skip (decoration, repeats, page furniture) as an artifact. */
export function artifact(doc: Doc, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  if (!tags.has(doc)) return draw();
  doc.markContent('Artifact', type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}

/**
 * Tags the text a section writes with doc.text outside the helpers: as the H1 when
 * set in the title size, else as a P. Text inside a marked sequence passes as it is.
 */
function tagLooseText(doc: Doc, titleSize: number): void {
  const text = doc.text;
  const patched = function (this: Doc, ...args: unknown[]) {
    const t = tags.get(this);
    if (!t || (this.page as unknown as { markings: unknown[] }).markings.length) return (text as (...a: unknown[]) => Doc).apply(this, args);
    const y = this.y;
    t.beforeLooseText?.(this);
    // A text placed at the y it read before a held heading was drawn goes below that heading.
    if (typeof args[2] === 'number' && args[2] === y && this.y !== y) args[2] = this.y;
    let result = this;
    tagged(this, (this as unknown as { _fontSize: number })._fontSize >= titleSize ? 'H1' : 'P', () => {
      result = (text as (...a: unknown[]) => Doc).apply(this, args);
    });
    return result;
  };
  doc.text = patched as Doc['text'];
}
