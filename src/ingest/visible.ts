// Characters that let one text read as another, or reach a terminal as commands:
// control characters (C0 with NUL and ESC, DEL, C1), characters that draw nothing
// or turn the reading direction (zero-width space and joiners, soft hyphen,
// U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates, BOM, variation
// selectors, tags: Unicode's format and default-ignorable characters, and the
// line and paragraph separators), and spaces other than the plain one (a no-break
// space reads as a space). An id with any of them is set aside (canonical.ts,
// export-rules.ts, read-norms-data.ts); a name or a value shown in a message gets
// them written out as \uXXXX, so a person sees what is there.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
const ODD_SPACE = /[\p{Zs}]/u;
const SHOWN_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const SHOWN_IN_VALUES = /[\u0000-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Zs}]/gu;

/** True when every character is printable ASCII: the usual id, decided without a regular expression. */
export function printableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Why an id cannot be used: a reason code of set-aside.ts, or null when it is fine. */
export function spoofingReason(id: string): 'control-character' | 'invisible-character' | null {
  if (printableAscii(id)) return null;
  if (CONTROL.test(id)) return 'control-character';
  for (const ch of id) if (ch !== ' ' && (INVISIBLE.test(ch) || ODD_SPACE.test(ch))) return 'invisible-character';
  return null;
}

const escaped = (ch: string): string => {
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** A displayed name with control and invisible characters written out (other spaces stay: a name is not a key). */
export function visibleName(text: string): string {
  return printableAscii(text) ? text : text.replace(SHOWN_IN_NAMES, escaped);
}

/** A value quoted in a message (terminal, site, PDF): every character that could hide or spoof written out. */
export function visible(text: string): string {
  return printableAscii(text) ? text : text.replace(SHOWN_IN_VALUES, (ch) => (ch === ' ' ? ch : escaped(ch)));
}

/**
 * A value quoted in a message, cut to at most `maxChars` characters (code points,
 * so no pair is split; "…" marks the cut) and written out as `visible` does: a
 * 1 MB cell or an escape sequence never reaches a terminal whole.
 */
export function visibleShort(text: string, maxChars: number): string {
  if (text.length <= maxChars) return visible(text);
  // Up to maxChars + 1 code points (each at most two units) tell whether anything is cut.
  const chars = Array.from(text.slice(0, (maxChars + 1) * 2)).slice(0, maxChars + 1);
  return chars.length <= maxChars ? visible(text) : `${visible(chars.slice(0, maxChars - 1).join(''))}…`;
}
