// A ticket's subject: free text a helpdesk user typed, which may name a patient. It is
// read only when a mapping names its column (or field path), and then made safe to
// show: line breaks, tabs and other control characters become a space, characters that
// draw nothing or turn the reading direction are dropped (they could make the text read
// as something else), runs of spaces become one, and a long text is cut to
// SUBJECT_MAX_CHARS characters with "…". Only the client's own reports show it
// (src/report/subjects.ts).

/** The longest subject kept, in characters (code points): one or two lines in a report. */
export const SUBJECT_MAX_CHARS = 150;

const CONTROL_OR_SPACE = /[\u0000-\u001f\u007f-\u009f\p{Zs}\p{Zl}\p{Zp}]+/gu;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** A cleaned subject: its text ('' for none) and, when it was cut, its length in characters before the cut (else 0). */
export interface Subject {
  text: string;
  cutFrom: number;
}

/** The subject as reports show it. */
export function cleanSubject(raw: string): Subject {
  const text = raw.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL_OR_SPACE, ' ').trim();
  if (text.length <= SUBJECT_MAX_CHARS) return { text, cutFrom: 0 };
  const chars = Array.from(text);
  if (chars.length <= SUBJECT_MAX_CHARS) return { text, cutFrom: 0 };
  return { text: `${chars.slice(0, SUBJECT_MAX_CHARS - 1).join('').trimEnd()}…`, cutFrom: chars.length };
}
