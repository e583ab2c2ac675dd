// Where a CSV row ends, found the way papaparse (5.7) finds it, but a piece of text
// at a time: the scan goes on where the last piece stopped. The CSV reader (csv.ts)
// asks it whether a chunk completes the row it is in before it hands the row to
// papaparse, which reads a row from its start each time it is given it: a row of
// many chunks is then parsed once, not once per chunk (which cost time quadratic
// in the row's length), and a row too long to keep can be passed over to its end.
//
// papaparse's rules, for a quote character `"`:
// - a field that begins with a quote is quoted; a quote elsewhere is a character;
// - in a quoted field, `""` is a quote; a quote followed by the delimiter or the
//   line break (with only white space between) closes it; any other quote is a
//   character (an "InvalidQuotes" error) and the field runs on;
// - outside a quoted field, the delimiter ends the field and the line break the row.
// A line break inside a quoted field, or one that is not the file's ("\n" in a
// "\r\n" file), ends no row.

const enum State {
  /** At the start of a field. */
  FieldStart,
  /** In a field that did not begin with a quote. */
  Unquoted,
  /** In a quoted field. */
  Quoted,
  /** Just after a quote in a quoted field: it may close the field. */
  AfterQuote,
  /** After such a quote and white space only. */
  AfterQuoteSpace,
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** What String.prototype.trim removes (papaparse's test for the space after a closing quote). */
function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export class RowEndScanner {
  private state = State.FieldStart;
  /** The last character scanned was a CR that can begin the row's "\r\n". */
  private cr = false;
  private readonly delimiter: number;
  /** The line break's last character, and whether a CR must come before it. */
  private readonly br: number;
  private readonly crlf: boolean;

  constructor(delimiter: string, newline: '\r\n' | '\n' | '\r') {
    this.delimiter = delimiter.charCodeAt(0);
    this.crlf = newline === '\r\n';
    this.br = newline === '\r' ? CR : LF;
  }

  /** The next text begins a row. */
  reset(): void {
    this.state = State.FieldStart;
    this.cr = false;
  }

  /**
   * The index just after the line break that ends the current row, if `text`
   * (which follows what was scanned before) holds it; -1 when the row runs on.
   * After a row end, scanning goes on in the next row.
   */
  scan(text: string, from = 0): number {
    let state = this.state;
    let cr = this.cr;
    const { delimiter, br, crlf } = this;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A line break where it ends a row: anywhere but inside a quoted field.
      const rowEnds = c === br && (!crlf || cr) && state !== State.Quoted;
      cr = crlf && c === CR && state !== State.Quoted;
      if (rowEnds) {
        this.state = State.FieldStart;
        this.cr = false;
        return i + 1;
      }
      switch (state) {
        case State.FieldStart:
          state = c === QUOTE ? State.Quoted : c === delimiter ? State.FieldStart : State.Unquoted;
          break;
        case State.Unquoted:
          if (c === delimiter) state = State.FieldStart;
          break;
        case State.Quoted:
          if (c === QUOTE) state = State.AfterQuote;
          else {
            // Nothing but a quote changes this state: jump to the next one.
            const next = text.indexOf('"', i + 1);
            if (next === -1) i = text.length - 1;
            else {
              i = next;
              state = State.AfterQuote;
            }
          }
          break;
        case State.AfterQuote:
          // `""` is a quote in the field; the delimiter closes the field.
          if (c === QUOTE) state = State.Quoted;
          else if (c === delimiter) state = State.FieldStart;
          else if (isSpace(c)) state = State.AfterQuoteSpace;
          else state = State.Quoted;
          break;
        case State.AfterQuoteSpace:
          // A quote after the space may close the field in its turn.
          if (c === delimiter) state = State.FieldStart;
          else if (c === QUOTE) state = State.AfterQuote;
          else if (!isSpace(c)) state = State.Quoted;
          break;
      }
    }
    this.state = state;
    this.cr = cr;
    return -1;
  }
}
