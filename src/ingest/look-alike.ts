// Ids that read as other ids although every character in them is visible. The
// same letter composed two ways ("ü" as one character in NFC, or "u" and a
// combining diaeresis in NFD, as macOS writes text) is one letter: every id and
// name is read in NFC, so canonically equal ids are one id. A letter of another
// script that looks Latin (Cyrillic "К" in "К1003") is a different character
// and so a different id: a warning, id-mixed-script, names it written out.
import type { TicketRecord } from './canonical.ts';
import { readOrder } from './client-names.ts';
import type { DataWarning } from './data-warning.ts';
import { printableAscii } from './visible.ts';

/** The text in Unicode's composed form (NFC); printable ASCII is returned as it is. */
export function nfc(text: string): string {
  return printableAscii(text) ? text : text.normalize('NFC');
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}0-9]/u;
/** Scripts with letters that look like Latin ones, by their Dutch name. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'Cyrillisch'],
  [/\p{Script=Greek}/u, 'Grieks'],
  [/\p{Script=Armenian}/u, 'Armeens'],
  [/\p{Script=Cherokee}/u, 'Cherokee'],
];
const scriptName = (ch: string) => SCRIPTS.find(([re]) => re.test(ch))?.[1] ?? 'ander schrift';

/**
 * The scripts (Dutch names) of the letters in an id that are not Latin, when it
 * also holds a Latin letter or a digit: "К1003" reads as "K1003". Empty for an
 * id in one script ("K1003", "Müller", or wholly Greek).
 */
export function otherScripts(id: string): string[] {
  if (printableAscii(id)) return [];
  const other = new Set<string>();
  let latin = false;
  for (const ch of id) {
    if (LATIN_OR_DIGIT.test(ch)) latin = true;
    else if (LETTER.test(ch) && !LATIN.test(ch)) other.add(scriptName(ch));
  }
  return latin ? [...other] : [];
}

/** The id with every letter outside the Latin script written as \uXXXX: "К1003" is "\u041a1003". */
export function otherLettersWrittenOut(id: string): string {
  let out = '';
  for (const ch of id) out += LETTER.test(ch) && !LATIN.test(ch) ? `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}` : ch;
  return out;
}

/**
 * One id-mixed-script warning per ticket number and per debiteurnummer that mixes
 * scripts, at the first row (in the order the files were read) that holds it.
 * The tickets are judged under the id as written. `files`: the files in the order read.
 */
export function mixedScriptWarnings(records: readonly TicketRecord[], files: readonly string[]): DataWarning[] {
  const readAfter = readOrder(files);
  const before = (a: TicketRecord, b: TicketRecord) => readAfter(b, a);
  const found = new Map<string, { what: string; id: string; first: TicketRecord; tickets: number }>();
  const note = (what: string, id: string, record: TicketRecord) => {
    if (printableAscii(id)) return;
    const key = `${what}\u0000${id}`;
    const seen = found.get(key);
    if (seen) {
      seen.tickets++;
      if (before(record, seen.first)) seen.first = record;
    } else if (otherScripts(id).length > 0) found.set(key, { what, id, first: record, tickets: 1 });
  };
  for (const record of records) {
    note('ticketnummer', record.ticket.id, record);
    note('debiteurnummer', record.ticket.clientId, record);
  }
  return [...found.values()].map(({ what, id, first, tickets }) => ({
    file: first.file,
    line: first.line,
    code: 'id-mixed-script' as const,
    message:
      `${what} "${id}" mengt Latijnse letters of cijfers met letters uit een ander schrift (${otherScripts(id).join(', ')}): ` +
      `uitgeschreven ${otherLettersWrittenOut(id)}; het leest als een ander nummer. ` +
      `${tickets === 1 ? 'Het ticket is' : `De ${tickets} tickets zijn`} beoordeeld onder dit nummer als een eigen nummer; controleer de bron.`,
  }));
}
