// Text layout once per thread instead of once per document (see speed.ts): the
// glyph runs of words and of whole texts depend only on the font and the text, so
// the documents of one thread share them. Glyphs still enter each document's own
// subset when it is written, so the output is unchanged.
import { FONT, type Doc } from './layout.ts';

/**
 * Words shaped once per thread. pdfkit caches each word's glyph run per document
 * (\`layoutCache\` of its font); the runs depend only on the font and the word, so
 * the documents of one thread share them. Renewed now and then to bound memory.
 */
const shaped = { runs: new Map<string, Record<string, unknown>>(), lines: new Map<string, SharedLayouts>(), documents: 0 };
const SHAPED_FOR = 500;

/**
 * Whole texts laid out once per thread. pdfkit lays out every line it writes (and every
 * text it measures) by splitting it at spaces, looking each word up in \`layoutCache\` and
 * concatenating the runs: the same work for the same lines (the explanation, headings,
 * labels) in every report. Its result depends only on the font and the text, so the
 * documents of one thread share it; features (none in these reports) go to pdfkit.
 * Glyphs still enter each document's own subset in \`encode\`, so the output is unchanged.
 */
interface LineLayout {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}
type LayoutFn = (text: string, features?: unknown, onlyWidth?: boolean) => LineLayout;
interface SharedLayouts {
  full: Map<string, LineLayout>;
  widths: Map<string, number>;
}

function shareLineLayouts(font: { layout: LayoutFn }, name: string): void {
  let shared = shaped.lines.get(name);
  if (!shared) shaped.lines.set(name, (shared = { full: new Map(), widths: new Map() }));
  const { full, widths } = shared;
  const layout = font.layout;
  font.layout = function sharedLayout(this: unknown, text, features, onlyWidth) {
    if (features) return layout.call(this, text, features, onlyWidth);
    const known = full.get(text);
    if (known) return known;
    if (onlyWidth) {
      let advanceWidth = widths.get(text);
      if (advanceWidth === undefined) widths.set(text, (advanceWidth = layout.call(this, text, features, true).advanceWidth));
      return { glyphs: null, positions: null, advanceWidth };
    }
    const run = layout.call(this, text, features, false);
    full.set(text, run);
    return run;
  };
}

/** Lets the document's two fonts take their word and text layouts from the per-thread cache. */
export function shareShapedWords(doc: Doc): void {
  if (++shaped.documents % SHAPED_FOR === 0) {
    shaped.runs.clear();
    shaped.lines.clear();
  }
  for (const name of [FONT.regular, FONT.bold]) {
    doc.font(name);
    const font = (doc as unknown as { _font: { layoutCache?: Record<string, unknown>; layout: LayoutFn } })._font;
    if (!shaped.runs.has(name)) shaped.runs.set(name, Object.create(null));
    if (font.layoutCache) {
      font.layoutCache = shaped.runs.get(name)!;
      shareLineLayouts(font, name);
    }
  }
}

