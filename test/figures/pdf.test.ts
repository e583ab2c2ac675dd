// The figures of the hand-worked fixture as the PDFs of one build show them: the client
// reports of June 2026 (the report month), the management report (with the clients with
// repeated breaches) and the Article 5 dossier of KL-F1. Read back with pdftotext.
// Expected values: test/figures/expected.ts (worked out by hand).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, pdfText, requireTool } from '../pdf/support.ts';
import { clientPdfs, dossier, months, repeated, tickets } from './expected.ts';
import { after, buildFigures, countBefore, durationsIn, expectDay, expectMoment, expectPair, expectShare, pairBefore, pdfRows } from './support.ts';

let out = '';
beforeAll(() => {
  requireTool('pdftotext');
  out = buildFigures('figures-pdf');
});
afterAll(() => rmSync(dirname(out), { recursive: true, force: true }));

/** Layout text (a table row stays on its line) and the same text flattened. */
function read(file: string): { layout: string; text: string } {
  const layout = pdfText(join(out, 'rapporten', file), true);
  return { layout, text: flat(layout) };
}

/** The one row of ticket `id`, checked for its duration, result and status update. */
function expectRow(layout: string, id: string, minutes: number[], result: RegExp, update: string): string {
  const rows = pdfRows(layout, id);
  expect(rows, `one row for ${id}`).toHaveLength(1);
  const durations = durationsIn(rows[0].replace(/^\S+/, ''));
  for (const m of minutes) expect(durations, `${id}: "${rows[0]}"`).toContain(m);
  expect(rows[0], id).toMatch(result);
  // The status update column is the row's last: a mark and words (✓ op tijd / ✗ te laat), or – when not judged.
  // (The dossier's table still says ja / nee.)
  const updateWords: Record<string, RegExp> = { ja: /(?:✓ op tijd| ja)$/, nee: /(?:✗ te laat| nee)$/, '–': / –$/ };
  expect(rows[0], `${id} status update`).toMatch(updateWords[update]);
  return rows[0];
}

/** "Van de N storingen zijn er M binnen de streeftijd hersteld" (or "De herstelde storing is (niet) binnen"). */
function expectResolvedMet(text: string, resolved: number, met: number, what: string): void {
  const many = text.match(/Van de (\d+) storingen zijn er (\d+) binnen de streeftijd/);
  if (resolved === 1 && !many) expect(text, what).toMatch(met === 1 ? /De herstelde storing is binnen/ : /De herstelde storing is niet binnen/);
  else expect(many && [Number(many[1]), Number(many[2])], what).toEqual([resolved, met]);
  expectShare(after(text, /binnen de streeftijd hersteld/), met, resolved, `${what} share`);
}

/**
 * "Aan het eind van de maand stonden er nog N storingen open, waarvan M over de streeftijd"
 * ("stond er nog 1 storing open, die al over de streeftijd was"), or no such sentence for none.
 */
function expectOpen(text: string, open: number, openBreached: number, what: string): void {
  const m = text.match(/eind van de maand stond(?:en)? er nog (\d+) storing(?:en)? open(?:, waarvan (\d+) over|(, die al over))?/);
  expect(m ? [Number(m[1]), m[3] ? 1 : Number(m[2] ?? 0)] : [0, 0], what).toEqual([open, openBreached]);
}

describe.each(['K10', 'K20', 'K30'] as const)('client PDF of June 2026, %s', (id) => {
  const hand = clientPdfs[id];
  const pdf = () => read(`2026-06/${id}.pdf`);

  it('summary: registered, resolved within streeftijd with the share, status updates, open at the end', () => {
    const { text } = pdf();
    expect(countBefore(text, /storing(?:en)? geregistreerd/)).toBe(hand.registered);
    expectResolvedMet(text, hand.resolved, hand.met, id);
    if ('withinMargin' in hand) expect(Number(text.match(/waarvan (\d+) binnen de marge/)?.[1]), `${id} within margin`).toBe(hand.withinMargin);
    expect(pairBefore(text, /op tijd/), `${id} status updates`).toEqual([...hand.statusUpdates]);
    expectOpen(text, hand.open, hand.openBreached, id);
  });

  it('4.6: same day, over a week and the report to the client, over the incidents resolved in June', () => {
    const { text } = pdf();
    const i = hand.incidents;
    if (i === null) {
      expect(text).not.toMatch(/opgeloste incidenten/);
      return;
    }
    expect(pairBefore(text, /opgeloste incidenten op de dag/)).toEqual([i.sameDay, i.resolved]);
    expectShare(after(text, /opgeloste incidenten op de dag/), i.sameDay, i.resolved, 'same day');
    expect(pairBefore(text, /opgeloste incidenten met een hersteltijd/)).toEqual([i.overWeek, i.resolved]);
    expectShare(after(text, /opgeloste incidenten met een hersteltijd/), i.overWeek, i.resolved, 'over a week');
    if (i.clientReportsJudged === 0) expect(text).not.toMatch(/aan de klant gerapporteerd \(/);
    else expect(pairBefore(text, /op tijd aan de klant/)).toEqual([i.clientReportsOnTime, i.clientReportsJudged]);
  });

  it('the storingen of the month: hersteltijd (open: time left at the month end), result, status update', () => {
    const { layout } = pdf();
    // The storingen table only: the open storingen follow in a table of their own.
    const table = layout.slice(layout.indexOf('Storingen in juni 2026'), layout.indexOf('Open aan het eind van juni 2026'));
    for (const r of hand.rows) expectRow(table, r.id, [r.minutes], r.result, r.update);
  });

  it('the erkende feestdagen from the earliest registration among them (4.1)', () => {
    const { text } = pdf();
    // The days that applied come first in the section, the reading after them.
    const list = after(text, /Dienstvensters en feestdagen/).slice(0, 1500);
    for (const day of hand.feestdagen) expectDay(list, day, `${id} feestdag`);
    for (const day of ['2026-05-05', '2026-05-14', '2026-05-25'].filter((d) => !(hand.feestdagen as readonly string[]).includes(d))) {
      expect(list, `${id}: ${day} lies before the earliest registration`).not.toMatch(new RegExp(`(?<![\\d-])(${Number(day.slice(8))} mei |${day.slice(8)}-05-)2026`));
    }
  });
});

describe('client PDF K10: the share within streeftijd over the last months', () => {
  it('May 1 of 3, June 2 of 3', () => {
    const chart = after(read('2026-06/K10.pdf').text, /afgelopen 12 maanden/);
    const shares = [...chart.matchAll(/\d+,\d%/g)].map(([s]) => s);
    expectShare(shares[0], 1, 3, 'May');
    expectShare(shares[1], 2, 3, 'June');
  });
});

describe('management PDF of June 2026', () => {
  const june = months['2026-06'];
  const pdf = () => read('2026-06/management.pdf');

  it('the month in figures: registered, resolved, within streeftijd and margin, status updates, open', () => {
    const { text } = pdf();
    expect(countBefore(text, /storing(?:en)? geregistreerd/)).toBe(june.registered);
    expectResolvedMet(text, june.resolved, june.met, 'June');
    expect(Number(text.match(/waarvan (\d+) binnen de marge/)?.[1]), 'within margin (F08)').toBe(1);
    expect(pairBefore(text, /op tijd/)).toEqual([...june.statusUpdates!]);
    expectOpen(text, 2, 1, 'open at the end of June');
  });

  it('4.6 over all clients: same day, over a week, reports to the client', () => {
    const { text } = pdf();
    const i = june.incidents;
    expect(pairBefore(text, /opgeloste incidenten op de dag/)).toEqual([i.sameDay, i.resolved]);
    expect(pairBefore(text, /opgeloste incidenten met een hersteltijd/)).toEqual([i.overWeek, i.resolved]);
    expect(pairBefore(text, /op tijd aan de klant/)).toEqual([i.clientReportsOnTime, i.clientReportsJudged]);
  });

  it('every cell: registered, resolved, met, share, median, status updates, open', () => {
    const { layout } = pdf();
    // Soort, product (cut to fit), niveau, streeftijd, then the counts, share, median, updates, open.
    const line = /^(incident|bug)\s+(Intramed(?: Online| ?O\S*)?)\s+(\d)\s+(.*?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+%|\d+,\d%|–)\s+(.+?)\s+(\d+\/\d+|–)\s+(\d+)$/i;
    const rows = layout.split('\n').map((l) => l.trim().replace(/\s+/g, ' ').match(line)).filter((m) => m !== null);
    expect(rows).toHaveLength(june.cells.length);
    for (const c of june.cells) {
      const online = c.product === 'Intramed Online';
      const m = rows.find((r) => r[1].toLowerCase() === c.kind.toLowerCase() && (r[2] !== 'Intramed') === online && Number(r[3]) === c.niveau)!;
      const what = `${c.kind} ${c.product} ${c.niveau}`;
      expect(m, what).toBeDefined();
      expect([Number(m[5]), Number(m[6]), Number(m[7])], `${what} registered, resolved, met`).toEqual([c.registered, c.resolved, c.met]);
      if (c.resolved === 0) expect(m[8], what).toBe('–');
      else expectShare(m[8], c.met, c.resolved, `${what} share`);
      expect(m[9] === '–' ? null : durationsIn(m[9])[0], `${what} median`).toBe(c.median);
      expectPair(m[10], c.statusUpdates, `${what} status updates`);
      expect(Number(m[11]), `${what} open`).toBe(c.openAtEnd);
    }
  });

  it('the trend: share within streeftijd in May (5 of 7) and June (4 of 6)', () => {
    const chart = after(pdf().text, /Trend/);
    const shares = [...chart.matchAll(/\d+,\d%/g)].map(([s]) => s);
    expectShare(shares[0], 5, 7, 'May');
    expectShare(shares[1], 4, 6, 'June');
  });

  it('clients with repeated breaches: K10 (one breach in June, breaches in May and June); K20 (one) is not', () => {
    const { layout } = pdf();
    const section = after(layout, /herhaalde overschrijdingen/i);
    const list = section.slice(0, section.search(/Overschrijdingen per klant/));
    const [hand] = repeated['2026-06'];
    const row = list.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l.includes(` ${hand.id} `))!;
    expect(row, 'K10 listed').toBeDefined();
    const [, inMonth, monthsText] = row.match(new RegExp(`${hand.id} (\\d+) (.*)$`))!;
    expect(Number(inMonth)).toBe(hand.inMonth);
    expect(monthsText.split(/,\s*/)).toEqual([...hand.months]);
    expect(list).not.toMatch(/\bK20\b/);
    expect(list).not.toMatch(/\bK30\b/);
  });

  it('every breach of June by client, with its hersteltijd', () => {
    const section = after(pdf().layout, /Overschrijdingen per klant/);
    for (const id of june.breaches) {
      const rows = pdfRows(section.split('\n').map((l) => l.replace(/^.*?\s(?=F\d\d\b)/, '')).join('\n'), id);
      expect(rows, id).toHaveLength(1);
      expect(durationsIn(rows[0]), id).toContain(tickets[id].hersteltijdMinutes);
    }
  });
});

describe('dossier PDF of complaint KL-F1 (K10, May and June 2026)', () => {
  const pdf = () => read('dossiers/KL-F1.pdf');

  it('plan van aanpak: due 21 July 2026 (discussed 23 June + 4 weeks, 5.2), 20 days left on 1 July', () => {
    const { text } = pdf();
    expectDay(after(text, /uiterlijk/), dossier.planDue, 'plan due');
    expect(text).toMatch(new RegExp(`nog ${dossier.daysLeft} dagen`));
  });

  it("the client's figures per kind, product and niveau", () => {
    const { layout } = pdf();
    const line = /^(incident|bug)\s+(Intramed(?: Online| ?O\S*)?)\s+(\d)\s+(.*?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+%|\d+,\d%|–)\s+(\d+\/\d+|–)$/i;
    const rows = layout.split('\n').map((l) => l.trim().replace(/\s+/g, ' ').match(line)).filter((m) => m !== null);
    expect(rows).toHaveLength(dossier.figures.length);
    for (const f of dossier.figures) {
      const m = rows.find((r) => r[1].toLowerCase() === f.kind.toLowerCase() && Number(r[3]) === f.niveau)!;
      const what = `${f.kind} ${f.niveau}`;
      expect(m, what).toBeDefined();
      expect(m.slice(5, 10).map(Number), `${what} storingen, resolved, met, breached, open`).toEqual([f.storingen, f.resolved, f.met, f.breached, f.open]);
      expectShare(m[10], f.met, f.resolved, `${what} share`);
      expectPair(m[11], f.statusUpdates, `${what} status updates`);
    }
  });

  it('4.6 over the period: same day, over a week, reports to the client', () => {
    const { text } = pdf();
    const i = dossier.incidents;
    expect(pairBefore(text, /opgeloste incidenten op de dag/)).toEqual([i.sameDay, i.resolved]);
    expect(pairBefore(text, /opgeloste incidenten met een hersteltijd/)).toEqual([i.overWeek, i.resolved]);
    expectShare(after(text, /opgeloste incidenten met een hersteltijd/), i.overWeek, i.resolved, 'over a week');
    expect(pairBefore(text, /op tijd aan de klant/)).toEqual([i.clientReportsOnTime, i.clientReportsJudged]);
  });

  it('every storing of the period with its deadline, hersteltijd, how late and status update', () => {
    const { layout, text } = pdf();
    for (const id of ['F01', 'F15', 'F02', 'F03', 'F10', 'F11'] as const) {
      const t = tickets[id];
      const minutes = t.minutesLate === undefined ? [t.hersteltijdMinutes!] : [t.hersteltijdMinutes!, t.minutesLate];
      const row = expectRow(layout, id, minutes, t.status === 'met' ? /binnen streeftijd/ : /te laat/, t.statusUpdateMet ? 'ja' : 'nee');
      expectMoment(row, t.deadline!, `${id} deadline`);
    }
    // Findings other than the hersteltijd: F02 and F03 status update and report (4.6), F10 not by phone (4.7).
    expect(text).toMatch(/F10\W+(?:artikel )?4\.7\W[^•]*niet telefonisch/);
    for (const id of ['F02', 'F03']) expect(text.match(new RegExp(`${id}\\W+(?:artikel )?4\\.6`, 'g'))?.length, id).toBeGreaterThanOrEqual(2);
  });

  it('the erkende feestdagen of the period (4.1)', () => {
    const list = after(pdf().text, /dienstvenster gesloten op/);
    for (const day of dossier.feestdagen) expectDay(list, day, 'feestdag');
  });
});
