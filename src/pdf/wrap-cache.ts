// Line breaking once per thread instead of once per document. pdfkit's LineWrapper
// splits every text it wraps into words at the Unicode break opportunities and
// measures each word, for every document anew; most of the reports' text (headings,
// labels, the explanation, the recurring cell values) is the same in every report.
// This keeps the words, their widths and breaks of a text per font, size and
// spacing, and replays them into pdfkit's own wrapping, which still decides every
// line and page from them: the output is the same bytes as without the cache.
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

const require = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const LineBreaker = require('linebreak') as new (text: string) => { nextBreak(): Break | null };

interface Break {
  position: number;
  required: boolean;
}
type Word = [word: string, width: number, bk: Break];
type EachWordFn = (word: string, w: number, bk: Break, last: Break | null) => unknown;
interface Wrapper {
  document: { _font: { name: string }; _fontSize: number };
  features?: unknown;
  horizontalScaling: number;
  characterSpacing: number;
  wordSpacing: number;
  lineWidth: number;
  continuedX: number;
  spaceLeft: number;
  wordWidth(word: string): number;
  eachWord(text: string, fn: EachWordFn): void;
}

/** Per font, size and spacing: the words of each text, and each word's width. */
interface Style {
  texts: Map<string, Word[]>;
  widths: Map<string, number>;
}
const styles = new Map<string, Style>();
let textsKept = 0;
const KEEP = 50_000;

function wordsOf(wrapper: Wrapper, text: string): Word[] {
  const d = wrapper.document;
  // Two levels, so a long text is looked up as it is instead of inside a new, longer key.
  const key = `${d._font.name}\u0001${d._fontSize}\u0001${wrapper.horizontalScaling}\u0001${wrapper.characterSpacing}\u0001${wrapper.wordSpacing}`;
  let style = styles.get(key);
  let list = style?.texts.get(text);
  if (!list) {
    if (textsKept >= KEEP) {
      styles.clear();
      textsKept = 0;
      style = undefined;
    }
    if (!style) styles.set(key, (style = { texts: new Map(), widths: new Map() }));
    // A word's width depends only on the style, so texts share them.
    const widths = style.widths;
    list = [];
    const breaker = new LineBreaker(text);
    let last: Break | null = null;
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      const word = text.slice(last?.position || 0, bk.position);
      let w = widths.get(word);
      if (w === undefined) widths.set(word, (w = wrapper.wordWidth(word)));
      list.push([word, w, bk]);
      last = bk;
    }
    style.texts.set(text, list);
    textsKept++;
  }
  return list;
}

/** pdfkit 0.17's LineWrapper.eachWord, taking the words from the cache. */
function eachWord(this: Wrapper, text: string, fn: EachWordFn): void {
  const list = wordsOf(this, text);
  let last: Break | null = null;
  for (let i = 0; i < list.length; i++) {
    let [word, w] = list[i];
    const bk = list[i][2];
    let shouldContinue: unknown;
    if (w > this.lineWidth + this.continuedX) {
      let lbk: Break | null = last;
      const fbk = {} as Break;
      while (word.length) {
        let l: number;
        let mightGrow = false;
        if (w > this.spaceLeft) {
          l = Math.ceil(this.spaceLeft / (w / word.length));
          w = this.wordWidth(word.slice(0, l));
          mightGrow = w <= this.spaceLeft && l < word.length;
        } else {
          l = word.length;
        }
        let mustShrink = w > this.spaceLeft && l > 0;
        while (mustShrink || mightGrow) {
          if (mustShrink) {
            w = this.wordWidth(word.slice(0, --l));
            mustShrink = w > this.spaceLeft && l > 0;
          } else {
            w = this.wordWidth(word.slice(0, ++l));
            mustShrink = w > this.spaceLeft && l > 0;
            mightGrow = w <= this.spaceLeft && l < word.length;
          }
        }
        if (l === 0 && this.spaceLeft === this.lineWidth) l = 1;
        fbk.required = bk.required || l < word.length;
        shouldContinue = fn(word.slice(0, l), w, fbk, lbk);
        lbk = { required: false } as Break;
        word = word.slice(l);
        w = this.wordWidth(word);
        if (shouldContinue === false) break;
      }
    } else {
      shouldContinue = fn(word, w, bk, last);
    }
    if (shouldContinue === false) break;
    last = bk;
  }
}

let installed = false;

/** Puts the cached eachWord on pdfkit's LineWrapper (once per thread); `Document` is pdfkit's document class. */
export function cacheLineBreaking(Document: typeof PDFDocument): void {
  if (installed) return;
  installed = true;
  // LineWrapper is not exported; a scratch document's wrapper shows its class.
  const scratch = new Document({ autoFirstPage: true, compress: false }) as unknown as { text(t: string, o: object): void; _wrapper?: { constructor: { prototype: Wrapper } } };
  scratch.text('x', { width: 100, continued: true });
  const proto = scratch._wrapper?.constructor.prototype;
  if (!proto || typeof proto.eachWord !== 'function' || proto.eachWord.length !== 2) return; // another pdfkit: leave it
  const original = proto.eachWord;
  proto.eachWord = function (this: Wrapper, text: string, fn: EachWordFn) {
    return this.features ? original.call(this, text, fn) : eachWord.call(this, text, fn);
  };
}
