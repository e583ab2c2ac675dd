// What the product may overwrite or delete: only what it wrote itself. Every output folder
// it makes carries a marker file; a folder without one is replaced only when it is empty (or
// recognisably the output of a build from before the marker existed), and a single PDF is
// overwritten only when its metadata names sla-rapport as its creator.
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UsageError } from './args.ts';

/** The marker file in every output folder the product makes. */
export const OUTPUT_MARKER = '.sla-rapport-uitvoer';

// Fixed text, so two builds of the same inputs stay byte-identical.
const MARKER_TEXT = 'Deze map is gemaakt door sla-rapport. sla-rapport vervangt of verwijdert alleen mappen met dit bestand.\n';

/** Refusal shared by every command: the product does not touch what it did not write. */
const NOT_OURS = 'sla-rapport overschrijft of verwijdert geen bestanden die het niet zelf schreef';

export function writeMarker(folder: string): void {
  writeFileSync(join(folder, OUTPUT_MARKER), MARKER_TEXT);
}

export function hasMarker(folder: string): boolean {
  return existsSync(join(folder, OUTPUT_MARKER));
}

/** The kinds of file a build writes below its top level: pages, scripts, style sheets, PDFs, images and fonts. */
const BUILD_FILE_TYPES = new Set(['.html', '.json', '.js', '.css', '.pdf', '.svg', '.woff', '.woff2', '.ttf', '.otf']);
/** At its top level a build writes only pages and beoordelingen.json. */
const BUILD_TOP_FILE_TYPES = new Set(['.html', '.json']);
/** And, into a folder outside the project, the two module files Astro copies from its cache. */
const BUILD_TOP_MODULES = new Set(['content-assets.mjs', 'content-modules.mjs']);

/**
 * A build from before the marker existed: beoordelingen.json, index.html and _astro/ at the
 * top, and in the whole tree nothing but folders and files of the kinds a build writes. No
 * dot-entry (a `.git/`, a `.nojekyll`), no link, no other file anywhere: a gh-pages checkout
 * or a folder with notes of someone's own is not taken for a build.
 */
function isUnmarkedBuild(folder: string, entries: string[]): boolean {
  if (!['beoordelingen.json', 'index.html', '_astro'].every((n) => entries.includes(n))) return false;
  const onlyBuildFiles = (dir: string, types: Set<string>): boolean =>
    readdirSync(dir, { withFileTypes: true }).every((e) => {
      if (e.name.startsWith('.')) return false;
      if (e.isDirectory()) return onlyBuildFiles(join(dir, e.name), BUILD_FILE_TYPES);
      return e.isFile() && (types.has(extname(e.name).toLowerCase()) || (dir === folder && BUILD_TOP_MODULES.has(e.name)));
    });
  return onlyBuildFiles(folder, BUILD_TOP_FILE_TYPES);
}

/**
 * `--out` of `build` (`target`, with every link resolved; `shown` as the user gave it): missing,
 * an empty folder, a folder with the marker, or (once, after an upgrade) an unmarked earlier
 * build. Anything else stops the command naming the folder.
 */
export function claimBuildFolder(target: string, shown = target): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new UsageError(`--out ${shown} is een bestand, geen map; ${NOT_OURS}`);
  const record = deliveryRecord(target);
  if (record) throw new UsageError(`--out ${shown} bevat ${record}, het verslag van verzonden rapporten, dat de build niet mag vervangen; kies een andere map`);
  if (hasMarker(target)) return;
  const entries = readdirSync(target);
  if (entries.length === 0 || isUnmarkedBuild(target, entries)) return;
  throw new UsageError(
    `--out ${shown} is niet leeg en is niet door sla-rapport gemaakt (er staat geen ${OUTPUT_MARKER} in); ${NOT_OURS}. Kies een lege of nieuwe map.`,
  );
}

/** Names of what `verzend` keeps: the send log and a run's claims (src/delivery/). */
const DELIVERY_RECORD = new Set(['verzendlog.jsonl', '.verzending-loopt']);

/** A send log or claim folder in the folder or the folders in it (where `verzend` puts them by default), or null. */
function deliveryRecord(folder: string, depth = 2): string | null {
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    if (DELIVERY_RECORD.has(e.name)) return join(folder, e.name);
    if (depth > 1 && e.isDirectory() && !e.isSymbolicLink()) {
      const inner = deliveryRecord(join(folder, e.name), depth - 1);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * A folder the `pdf` command writes into (and may overwrite files in): inside a folder with the
 * marker (the build's own output, or a folder an earlier run made), new, or empty. A new folder
 * is made here and an empty one marked, so the next run (or a build) knows it as the product's.
 */
export function claimPdfFolder(folder: string): void {
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw new UsageError(`${folder} is een bestand, geen map; ${NOT_OURS}`);
  if (insideMarked(folder)) return refuseLinksIn(folder);
  if (!existsSync(folder)) return makeOwnFolders(folder);
  if (readdirSync(folder).length === 0) return writeMarker(folder);
  throw new UsageError(`${folder} is niet leeg en is niet door sla-rapport gemaakt (er staat geen ${OUTPUT_MARKER} in); ${NOT_OURS}. Kies een lege of nieuwe map.`);
}

/**
 * Whether the folder lies in a marked one. The folders above are those of its real path
 * (every link followed): a link in a marked folder to a folder of someone else is not
 * the product's, and a link to a marked folder (`rapporten -> /srv/sla/rapporten`) is.
 */
function insideMarked(folder: string): boolean {
  for (let d = realPath(folder); ; d = dirname(d)) {
    if (hasMarker(d)) return true;
    if (dirname(d) === d) return false;
  }
}

/** The absolute path with the links of its longest existing part followed; the rest (still to be made) as given. */
function realPath(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realPath(parent), basename(abs));
}

/**
 * The product never writes links, so a link in a folder it writes PDFs into is someone
 * else's: writing a PDF of that name would overwrite the file it points to.
 */
function refuseLinksIn(folder: string): void {
  if (!existsSync(folder)) return;
  const link = readdirSync(folder, { withFileTypes: true }).find((e) => e.isSymbolicLink());
  if (link === undefined) return;
  throw new UsageError(
    `${join(folder, link.name)} is een symbolische koppeling; sla-rapport schrijft niet door een koppeling naar een bestand dat het niet zelf schreef. Verwijder de koppeling of kies een andere map.`,
  );
}

/** Makes `folder` and its missing parents; the highest one made gets the marker, unless a folder above has one. */
export function makeOwnFolders(folder: string): void {
  let highest = resolve(folder);
  while (!existsSync(dirname(highest))) highest = dirname(highest);
  if (existsSync(highest)) return;
  mkdirSync(folder, { recursive: true });
  if (!insideMarked(folder)) writeMarker(highest);
}

/** A single PDF to be written: a new path, or a PDF an earlier run of the product wrote. */
export function claimPdfFile(path: string): void {
  if (!existsSync(path)) return;
  if (!statSync(path).isFile()) throw new UsageError(`--out ${path} is geen bestand; ${NOT_OURS}`);
  if (!isOwnPdf(path)) throw new UsageError(`--out ${path} bestaat al en is geen PDF van sla-rapport; ${NOT_OURS}. Kies een andere bestandsnaam.`);
}

/**
 * The product's PDFs name it as Creator in their info dictionary: pdfkit writes
 * `/Creator 16 0 R` there and the string `(sla-rapport)` as object 16.
 */
function isOwnPdf(path: string): boolean {
  const text = readFileSync(path).toString('latin1');
  if (!text.startsWith('%PDF-')) return false;
  if (text.includes('/Creator (sla-rapport)')) return true;
  const ref = /\/Creator (\d+) 0 R/.exec(text);
  return ref !== null && text.includes(`\n${ref[1]} 0 obj\n(sla-rapport)\n`);
}

/**
 * Removes a folder the product made, the marker last: a removal cut short by a kill leaves a
 * folder that still carries the marker (or is empty), so the next run can finish it. A link is
 * never followed: given one, only the link goes (what it points to stays), and links inside
 * the folder are removed as links.
 */
export function removeOwnFolder(folder: string): void {
  let entry;
  try {
    entry = lstatSync(folder);
  } catch {
    return;
  }
  if (entry.isSymbolicLink()) return unlinkSync(folder);
  for (const name of readdirSync(folder)) {
    if (name !== OUTPUT_MARKER) rmSync(join(folder, name), { recursive: true, force: true });
  }
  if (hasMarker(folder)) unlinkSync(join(folder, OUTPUT_MARKER));
  rmdirSync(folder);
}
