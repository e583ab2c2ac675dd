// One file and URL name per id from the data (debiteurnummer, klachtnummer,
// ticket), used by every writer and every link, so that no two ids can share a
// page, a PDF or an anchor, not even on a file system that ignores case
// (Windows, macOS), and no id can take one of the product's own names.
//
//   plain     an id of capitals, digits and hyphens, not starting with a hyphen,
//             not a reserved name: the id itself (K1024, KL-2025-01, T2025-000001)
//   encoded   anything else: "_", then every character of [a-z0-9-] as it is and
//             every other one as "_<hex code point>_" (k2000 -> _k2000,
//             K 3000 -> __4b__20_3000)
//   bounded   a name longer than 64 characters: its first 40 characters (never
//             half an escape), "~" and the first 16 hex digits of the id's SHA-256
//
// A plain name never starts with "_" and holds no lower case; an encoded name
// starts with "_", holds no upper case and decodes to exactly one id; only a
// bounded name holds "~". Every name is ASCII, so a file system that normalises
// Unicode (macOS) cannot merge two either. So two ids share a name only if two ids
// longer than the limit share 64 bits of SHA-256: `nameClashes` is the safety net.
import { createHash } from 'node:crypto';
import { visible } from '../ingest/visible.ts';
import type { DossierRef } from './model.ts';

const PLAIN = /^[A-Z0-9][A-Z0-9-]*$/;
const KEPT = /^[a-z0-9-]$/;
/** Longest name; longer ones are cut and get a hash (file systems allow 255 bytes per name). */
export const MAX_NAME = 64;
const CUT = 40;
const HASH_HEX = 16;

/**
 * Names a plain id may not take: the product's own file names (compared without
 * case: `management.pdf`) and Windows device names (CON.pdf cannot be written there).
 */
const RESERVED = new Set([
  'MANAGEMENT',
  'CON', 'PRN', 'AUX', 'NUL',
  ...Array.from({ length: 10 }, (_, i) => `COM${i}`),
  ...Array.from({ length: 10 }, (_, i) => `LPT${i}`),
]);

export function outputName(id: string): string {
  const name = PLAIN.test(id) && !RESERVED.has(id) ? id : encoded(id);
  return name.length <= MAX_NAME ? name : bounded(name, id);
}

function encoded(id: string): string {
  let out = '_';
  for (const ch of id) out += KEPT.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  return out;
}

function bounded(name: string, id: string): string {
  let head = name.slice(0, CUT);
  // An odd number of "_" after an encoded name's prefix means the cut fell inside an escape.
  if (head.startsWith('_') && (head.slice(1).split('_').length - 1) % 2 === 1) head = head.slice(0, head.lastIndexOf('_'));
  return `${head}~${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, HASH_HEX)}`;
}

/**
 * A dossier's name (page folder and PDF): a complaint's output name, or for a dossier without a
 * complaint `<client's output name>_<from>_<to>` (K1024_2025-01-01_2025-03-31, as the dossier
 * command names its file). The two never meet: a plain complaint name holds no "_", an encoded
 * one holds "_" only around a hex code point (never "_2025-01-01_"), a bounded one ends in 16 hex
 * digits; and one client has one name, so two periods or clients give two names.
 */
export function dossierName(ref: DossierRef): string {
  return ref.kind === 'klacht' ? outputName(ref.complaintId) : `${outputName(ref.clientId)}_${ref.from}_${ref.to}`;
}

/** What a dossier is called in a message: the complaint id, or the client and period. */
export function dossierLabel(ref: DossierRef): string {
  return ref.kind === 'klacht' ? ref.complaintId : `${ref.clientId} ${ref.from} t/m ${ref.to}`;
}

/** Throws an OutputNameError when two dossiers (with or without a complaint) would share a page or PDF. */
export function requireDistinctDossierNames(what: string, refs: readonly DossierRef[]): void {
  const seen = new Map<string, string>();
  const clashes: NameClash[] = [];
  for (const ref of refs) {
    const name = dossierName(ref);
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) clashes.push({ ids: [other, dossierLabel(ref)], name });
    else seen.set(name.toLowerCase(), dossierLabel(ref));
  }
  if (clashes.length > 0) throw new OutputNameError(what, clashes);
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month folder: JJJJ-MM, nothing else (a programming error otherwise). */
export function monthName(month: string): string {
  if (!MONTH.test(month)) throw new Error(`not a month (JJJJ-MM): ${JSON.stringify(month)}`);
  return month;
}

/** Two ids that would share one output name (compared without case), or with one of `taken`. */
export interface NameClash {
  ids: [string, string];
  name: string;
}

/** Every pair of ids (or id and product name in `taken`) whose names are equal when case is ignored. */
export function nameClashes(ids: Iterable<string>, taken: string[] = [], nameOf = outputName): NameClash[] {
  const products = new Map(taken.map((t) => [t.toLowerCase(), t]));
  const seen = new Map<string, string>();
  const clashes: NameClash[] = [];
  for (const id of ids) {
    const name = nameOf(id);
    const key = name.toLowerCase();
    const other = products.get(key) ?? seen.get(key);
    if (other !== undefined) clashes.push({ ids: [other, id], name });
    else seen.set(key, id);
  }
  return clashes;
}

/** Output names that would overwrite each other: the build stops, naming both ids. */
export class OutputNameError extends Error {
  constructor(
    readonly what: string,
    readonly clashes: NameClash[],
  ) {
    super(
      `${what}: ${clashes.map((c) => `"${visible(c.ids[0])}" en "${visible(c.ids[1])}" krijgen dezelfde bestandsnaam "${c.name}"`).join('; ')}; ` +
        'de uitvoer is niet geschreven',
    );
  }
}

/** Throws an OutputNameError when two of `ids` (or one and a name in `taken`) would share a name. */
export function requireDistinctNames(what: string, ids: Iterable<string>, taken: string[] = [], nameOf = outputName): void {
  const clashes = nameClashes(ids, taken, nameOf);
  if (clashes.length > 0) throw new OutputNameError(what, clashes);
}
