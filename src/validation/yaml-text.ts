// Reads YAML keeping where each value stands, so a message can name the line of
// the field it is about. Syntax errors get a Dutch message with line and column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface YamlText {
  data: unknown;
  /** Line (in the whole file) of the value at `path`, or of the nearest enclosing value that exists. */
  lineOf(path: FieldPath): number | undefined;
}

const syntaxText: Record<string, string> = {
  BAD_INDENT: 'de inspringing klopt niet',
  TAB_AS_INDENT: 'een tab als inspringing; gebruik spaties',
  DUPLICATE_KEY: 'deze sleutel staat er twee keer',
  MISSING_CHAR: 'er ontbreekt een teken (een afsluitend aanhalingsteken of haakje?)',
  BLOCK_AS_IMPLICIT_KEY: 'een sleutel loopt over meer regels (ontbreekt er een dubbele punt of een spatie na de dubbele punt?)',
  MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer regels (ontbreekt er een dubbele punt of een spatie na de dubbele punt?)',
  UNEXPECTED_TOKEN: 'onverwacht teken',
  BAD_SCALAR_START: 'een waarde begint met een teken dat tussen aanhalingstekens moet',
};

/** A YAML (or JSON) text that cannot be read: the Dutch reason with line and column. */
export class YamlSyntaxError extends Error {}

/** Parses `text`; `firstLine` is the file line the text starts on (2 for frontmatter after `---`). */
export function readYaml(text: string, firstLine = 1): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const reason = syntaxText[error.code] ?? 'de opbouw klopt niet';
    throw new YamlSyntaxError(`regel ${line + firstLine - 1}, kolom ${col}: geen geldige YAML: ${reason} (${error.code})`);
  }
  return { data: doc.toJS(), lineOf: (path) => offsetOf(doc, path).map(fileLine)[0] };
}

/** Offset of the key (or item) at `path`, or of the deepest part of it that exists; empty for an empty document. */
function offsetOf(doc: Document, path: FieldPath): number[] {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number] } | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as { range?: [number] }).range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? [] : [offset];
}
