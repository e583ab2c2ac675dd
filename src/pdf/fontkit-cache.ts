// Parses each font file once per thread instead of once per document: pdfkit calls
// fontkit.create(buffer) for every document that uses a font, and for thousands of
// client reports that parsing (and its garbage) was a large part of the work.
// Every document still gets its own subset, so the output is unchanged. The
// subsetter also decodes each glyph's outline structure for every document it is
// used in; that decoding is kept on the (cached) glyph, read-only, once per thread.
// Installed by speed.ts only, before pdfkit is loaded: it swaps the exports pdfkit will require.
import { createRequire } from 'node:module';

const pdfkitPath = createRequire(import.meta.url).resolve('pdfkit');
const require = createRequire(pdfkitPath);
const path = require.resolve('fontkit');
const original = require('fontkit') as { create: (src: Uint8Array, family?: string) => unknown };
const parsed = new WeakMap<Uint8Array, Map<string, unknown>>();
interface Glyph { _decode(): unknown; decoded?: true }
interface Font { getGlyph(gid: number, codePoints?: number[]): Glyph | null }

function decodeOnce(font: Font): Font {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (gid, codePoints) => {
    const glyph = getGlyph(gid, codePoints);
    if (glyph && !glyph.decoded) {
      const decode = glyph._decode.bind(glyph);
      let value: unknown;
      let done = false;
      glyph._decode = () => (done ? value : ((done = true), (value = decode())));
      glyph.decoded = true;
    }
    return glyph;
  };
  return font;
}

function create(src: Uint8Array, family?: string): unknown {
  let byFamily = parsed.get(src);
  if (!byFamily) parsed.set(src, (byFamily = new Map()));
  const key = family ?? '';
  if (!byFamily.has(key)) byFamily.set(key, decodeOnce(original.create(src, family) as Font));
  return byFamily.get(key);
}

/** Makes pdfkit's fontkit parse each font once per thread; throws when pdfkit was loaded first (it would keep the plain fontkit). */
export function installFontkitCache(): void {
  const cached = require.cache[path];
  if (cached && cached.exports !== original) return; // installed already
  if (require.cache[pdfkitPath]) throw new Error('fontkit-cache: pdfkit was loaded before the PDF patches (import src/pdf/speed.ts first)');
  if (cached) cached.exports = { ...original, create };
}
