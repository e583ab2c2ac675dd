// Reading figures back from what people read: one build of test/fixtures/figures/, the pages'
// text and tables, the PDFs' text. Labels are matched loosely (a word of the header or the
// sentence), numbers exactly: durations are read back into minutes and shares into their
// value at the decimals shown, so that a unified wording or duration format ("29 u", "1 d 5 u")
// changes no assertion while a changed figure fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cli } from '../support/cli.ts';
import { scratchDir } from '../support/small-build.ts';
import { AS_OF, FIXTURE } from './expected.ts';

/** The storingen and the report moment, as `evaluate` takes them. */
export const INPUTS = [
  '--tickets', `${FIXTURE}/tickets.csv`,
  '--events', `${FIXTURE}/events.csv`,
  '--releases', `${FIXTURE}/releases.csv`,
  '--as-of', AS_OF,
];

/** Everything the build reads: the storingen and the complaint on file. */
export const DATA = [...INPUTS, '--complaints', `${FIXTURE}/complaints.csv`];

/** Builds the fixture into a fresh folder under test-results/ and returns it. */
export function buildFigures(prefix: string): string {
  const out = join(scratchDir(prefix), 'out');
  const r = cli(['build', ...DATA, '--out', out]);
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stderr}`);
  return out;
}

/** A built page's HTML by route ("/maanden/2026-05/"). */
export function page(out: string, route: string): string {
  const file = join(out, route, 'index.html');
  if (!existsSync(file)) throw new Error(`no page ${route} in ${out}`);
  return readFileSync(file, 'utf8');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#34': '"', nbsp: ' ' };
/** Markup to text: tags dropped, entities read, whitespace flattened. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#34|nbsp);/g, (_, e: string) => entities[e])
    .replace(/\s+/g, ' ')
    .trim();
}

/** The page's main content as flat text. */
export function mainText(html: string): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  return textOf(start >= 0 && end > start ? html.slice(start, end) : html);
}

export interface Table {
  caption: string;
  headers: string[];
  rows: string[][];
}

/** Every table of a page: caption, header texts and body rows as cell texts. */
export function tables(html: string): Table[] {
  return [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)].map(([t]) => {
    const caption = textOf(t.match(/<caption\b[\s\S]*?<\/caption>/)?.[0] ?? '');
    const headRow = t.match(/<thead\b[\s\S]*?<\/thead>/)?.[0] ?? '';
    const headers = [...headRow.matchAll(/<th\b[\s\S]*?<\/th>/g)].map(([c]) => textOf(c));
    const body = t.match(/<tbody\b[\s\S]*?<\/tbody>/)?.[0] ?? '';
    const rows = [...body.matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map(([r]) => [...r.matchAll(/<t[dh]\b[\s\S]*?<\/t[dh]>/g)].map(([c]) => textOf(c)));
    return { caption, headers, rows };
  });
}

/** The one table whose headers match every pattern. */
export function tableWith(html: string, ...headers: RegExp[]): Table {
  const found = tables(html).filter((t) => headers.every((h) => t.headers.some((x) => h.test(x))));
  if (found.length !== 1) throw new Error(`${found.length} tables with headers ${headers.join(', ')}`);
  return found[0];
}

/** A row's cell under the first header matching `header`. */
export function cellOf(table: Table, row: string[], header: RegExp): string {
  const i = table.headers.findIndex((h) => header.test(h));
  if (i < 0) throw new Error(`no column ${header} in ${table.headers.join(' | ')}`);
  return row[i];
}

/** The rows whose cells include every given text (a ticket id, a month). */
export function rowsWith(table: Table, ...cells: string[]): string[][] {
  return table.rows.filter((r) => cells.every((c) => r.includes(c)));
}

/** The one row whose cell under each header pattern is the given text (kind, product, niveau). */
export function rowWhere(table: Table, ...where: [RegExp, string][]): string[] {
  const rows = table.rows.filter((r) => where.every(([h, v]) => cellOf(table, r, h) === v));
  expect(rows, `one row with ${where.map(([h, v]) => `${h.source}=${v}`).join(', ')}`).toHaveLength(1);
  return rows[0];
}

/** The text from the first match of `phrase` on. */
export function after(text: string, phrase: RegExp): string {
  const i = text.search(phrase);
  if (i < 0) throw new Error(`no ${phrase} in "${text.slice(0, 400)}"`);
  return text.slice(i);
}

const monthAbbr = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const dayPatterns = (isoDay: string) => {
  const [y, m, d] = isoDay.split('-');
  return [`${d}-${m}-${y}`, `${Number(d)} ${monthAbbr[Number(m) - 1]}`];
};

/** Asserts that a local day (YYYY-MM-DD) is shown, as "21-07-2026", "21 jul 2026" or "21 juli 2026". */
export function expectDay(text: string, isoDay: string, what = ''): void {
  const [numeric, words] = dayPatterns(isoDay);
  const year = isoDay.slice(0, 4);
  expect(text.includes(numeric) || new RegExp(`\\b${words}[a-z]*\\.? ${year}`).test(text), `${what}: ${isoDay} in "${text.slice(0, 300)}"`).toBe(true);
}

/** Asserts that a moment (ISO with offset, in the contract's zone) is shown: its day and its clock time. */
export function expectMoment(text: string, iso: string, what = ''): void {
  expectDay(text, iso.slice(0, 10), what);
  expect(text, what).toContain(iso.slice(11, 16));
}

/**
 * Whole minutes from a written duration: "45 min", "3 u 20 min", "1.081 u", "45 d 1 u",
 * "8 uur 0 min", "nog 9 u". Null for "–".
 */
export function minutesIn(text: string): number | null {
  if (/^\s*[–-]\s*$/.test(text)) return null;
  let minutes = 0;
  let found = false;
  for (const [, n, unit] of text.matchAll(/(\d[\d.]*)\s*(d|dag|dagen|u|uur|min)\b/g)) {
    const value = Number(n.replace(/\./g, ''));
    minutes += unit.startsWith('d') ? value * 1440 : unit.startsWith('u') ? value * 60 : value;
    found = true;
  }
  if (!found) throw new Error(`no duration in "${text}"`);
  return minutes;
}

/** Asserts that a shown duration is the hand value in minutes. */
export function expectMinutes(text: string, minutes: number | null, what = ''): void {
  expect(minutesIn(text), `${what}: "${text}"`).toBe(minutes);
}

/** Asserts that the first percentage in `text` is part/whole at the decimals it shows ("66,7%", "67%"). */
export function expectShare(text: string, part: number, whole: number, what = ''): void {
  const m = text.match(/(\d+)(?:,(\d+))?\s?%/);
  expect(m, `${what}: no percentage in "${text}"`).not.toBeNull();
  const decimals = m![2]?.length ?? 0;
  const shown = Number(`${m![1]}.${m![2] ?? '0'}`);
  expect(shown, `${what}: "${text}"`).toBe(Number(((100 * part) / whole).toFixed(decimals)));
}

/** Asserts "1 / 2", "1 van 2" or "1/2" (or "–" for null). */
export function expectPair(text: string, pair: readonly [number, number] | null, what = ''): void {
  if (pair === null) {
    expect(text.trim(), what).toMatch(/^[–-]$/);
    return;
  }
  const m = text.match(/^\s*(\d+)\s*(?:\/|van)\s*(\d+)\s*$/);
  expect(m, `${what}: "${text}"`).not.toBeNull();
  expect([Number(m![1]), Number(m![2])], `${what}: "${text}"`).toEqual([pair[0], pair[1]]);
}

/** The whole number in a cell ("1.081" -> 1081; "1 (1 ✗ verstreken)" -> 1). */
export function countIn(text: string): number {
  const m = text.match(/\d[\d.]*/);
  if (!m) throw new Error(`no count in "${text}"`);
  return Number(m[0].replace(/\./g, ''));
}

/** The number just before a phrase in flat text ("10 storingen geregistreerd" -> 10). */
export function countBefore(text: string, phrase: RegExp): number {
  const m = text.match(new RegExp(`(\\d[\\d.]*)\\s+${phrase.source}`, phrase.flags));
  if (!m) throw new Error(`no count before ${phrase} in "${text.slice(0, 400)}"`);
  return Number(m[1].replace(/\./g, ''));
}

/** "X van Y <phrase>" in flat text: [X, Y]. */
export function pairBefore(text: string, phrase: RegExp): [number, number] {
  const m = text.match(new RegExp(`(\\d+) van (?:de )?(\\d+)\\s+${phrase.source}`, phrase.flags));
  if (!m) throw new Error(`no "X van Y ${phrase.source}" in "${text.slice(0, 400)}"`);
  return [Number(m[1]), Number(m[2])];
}

/** The sentence of flat text that contains `phrase`, up to its full stop or the next sentence. */
export function sentenceWith(text: string, phrase: RegExp): string {
  const i = text.search(phrase);
  if (i < 0) throw new Error(`no ${phrase} in "${text.slice(0, 400)}"`);
  const start = Math.max(text.lastIndexOf('. ', i) + 2, 0);
  const end = text.indexOf('. ', i);
  return text.slice(start, end < 0 ? undefined : end + 1);
}

const unitRank = (unit: string) => (unit.startsWith('d') ? 3 : unit.startsWith('u') ? 2 : 1);

/**
 * Every duration written in `text`, in minutes, in order: "29 u 8 u te laat" is 1740 and 480,
 * "nog 0 min 4 uur" is 0 and 240 (a duration's units only get smaller: d, u, min).
 */
export function durationsIn(text: string): number[] {
  const out: number[] = [];
  let rank = 0;
  for (const [, n, unit] of text.matchAll(/(\d[\d.]*)\s*(d|dag|dagen|u|uur|min)\b/g)) {
    const r = unitRank(unit);
    const value = Number(n.replace(/\./g, '')) * (r === 3 ? 1440 : r === 2 ? 60 : 1);
    if (r >= rank) out.push(value);
    else out[out.length - 1] += value;
    rank = r;
  }
  return out;
}

/** The lines of a PDF's layout text that start with a ticket id, by id (a row of a storingen table). */
export function pdfRows(layoutText: string, id: string): string[] {
  return layoutText.split('\n').filter((l) => new RegExp(`^\\s*${id}\\s`).test(l)).map((l) => l.replace(/\s+/g, ' ').trim());
}
