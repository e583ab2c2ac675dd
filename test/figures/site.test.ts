// The figures of the hand-worked fixture as the built site shows them: the month pages
// (cards, 4.6's incident distribution, every cell, the hersteltijd distribution, breaches,
// open at the month's end with at risk), the overview, the client pages and the complaint's
// dossier page. Expected values: test/figures/expected.ts (worked out by hand).
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientPeriods, clients, dossier, juneAgainstMay, months, periodCounts, repeated, tickets, trend, urgency } from './expected.ts';
import {
  after, buildFigures, cellOf, countBefore, countIn, expectDay, expectMinutes, expectMoment, expectPair, expectShare, mainText, page, pairBefore, rowsWith, rowWhere,
  tableWith, type Table,
} from './support.ts';

let out = '';
beforeAll(() => {
  out = buildFigures('figures-site');
});
afterAll(() => rmSync(dirname(out), { recursive: true, force: true }));

const cellsTable = (html: string) => tableWith(html, /soort/i, /^niveau$/i, /geregistreerd/i, /mediaan/i);
const onlyRow = (table: Table, ...cells: string[]) => {
  const rows = rowsWith(table, ...cells);
  expect(rows, `one row with ${cells.join(', ')}`).toHaveLength(1);
  return rows[0];
};
/** The row of a kind x product x niveau. */
const cellRow = (table: Table, kind: string, product: string, niveau: number) => rowWhere(table, [/soort/i, kind], [/product/i, product], [/^niveau$/i, String(niveau)]);

describe.each(['2026-05', '2026-06'] as const)('month page %s', (month) => {
  const hand = months[month];
  const html = () => page(out, `/maanden/${month}/`);
  const text = () => mainText(html());

  it('cards: registered, resolved with the share within streeftijd, status updates on time', () => {
    expect(countBefore(text(), /storingen geregistreerd/)).toBe(hand.registered);
    expect(pairBefore(text(), /binnen streeftijd/)).toEqual([hand.met, hand.resolved]);
    expectShare(after(text(), /binnen streeftijd/), hand.met, hand.resolved, 'share within');
    const updates = text().match(/(\d+(?:,\d+)?%)\s+statusupdates op tijd/);
    expect(updates, 'status-update card').not.toBeNull();
    expectShare(updates![1], hand.statusUpdates![0], hand.statusUpdates![1], 'status updates');
  });

  it("4.6: same day, over a week and the report to the client (this product's reading)", () => {
    const i = hand.incidents;
    expect(pairBefore(text(), /opgeloste incidenten op de dag/)).toEqual([i.sameDay, i.resolved]);
    expectShare(after(text(), /opgeloste incidenten op de dag/), i.sameDay, i.resolved, 'same day');
    expect(pairBefore(text(), /opgeloste incidenten met een hersteltijd/)).toEqual([i.overWeek, i.resolved]);
    expectShare(after(text(), /opgeloste incidenten met een hersteltijd/), i.overWeek, i.resolved, 'over a week');
    expect(pairBefore(text(), /op tijd aan de klant/)).toEqual([i.clientReportsOnTime, i.clientReportsJudged]);
    expectShare(after(text(), /op tijd aan de klant/), i.clientReportsOnTime, i.clientReportsJudged, 'reports');
  });

  it('every cell of kind x product x niveau, and no other', () => {
    const table = cellsTable(html());
    expect(table.rows).toHaveLength(hand.cells.length);
    for (const c of hand.cells) {
      const row = cellRow(table, c.kind, c.product, c.niveau);
      const at = (h: RegExp) => cellOf(table, row, h);
      const what = `${c.kind} ${c.product} ${c.niveau}`;
      expect(countIn(at(/geregistreerd/i)), `${what} registered`).toBe(c.registered);
      expect(countIn(at(/^opgelost$/i)), `${what} resolved`).toBe(c.resolved);
      expect(countIn(at(/binnen streeftijd/i)), `${what} met`).toBe(c.met);
      expect(countIn(at(/buiten streeftijd/i)), `${what} breached`).toBe(c.breached);
      if (c.resolved === 0) expect(at(/aandeel/i), `${what} share`).toMatch(/^[–-]$/);
      else expectShare(at(/aandeel/i), c.met, c.resolved, `${what} share`);
      expectMinutes(at(/mediaan/i), c.median, `${what} median`);
      expectMinutes(at(/percentiel|p90/i), c.p90, `${what} p90`);
      expectPair(at(/statusupdate/i), c.statusUpdates, `${what} status updates`);
      expectPair(at(/zelfde dag/i), c.sameDay, `${what} same day`);
      expectPair(at(/week/i), c.overWeek, `${what} over a week`);
      expectPair(at(/gerapporteerd|rapportage/i), c.clientReports, `${what} reports to the client`);
      expectPair(at(/telefonisch/i), c.niveau1ByPhone, `${what} niveau 1 by phone`);
      expect(countIn(at(/afwijkend/i)), `${what} niveau differs from the client's`).toBe(c.disagreements);
      const open = at(/open/i);
      expect(countIn(open), `${what} open at end`).toBe(c.openAtEnd);
      const breached = open.match(/\((\d+)[^)]*verstreken\)/);
      expect(breached ? Number(breached[1]) : 0, `${what} open-breached at end: "${open}"`).toBe(c.openBreachedAtEnd);
    }
  });

  it('hersteltijd against streeftijd: the distribution table', () => {
    const table = tableWith(html(), /hersteltijd \/ streeftijd/i, /incidenten/i, /bugs/i);
    expect(table.rows.map((r) => countIn(cellOf(table, r, /incidenten/i)))).toEqual([...hand.distribution.incidents]);
    expect(table.rows.map((r) => countIn(cellOf(table, r, /bugs/i)))).toEqual([...hand.distribution.bugs]);
  });

  it('breaches: the storingen resolved outside their streeftijd, with their hersteltijd', () => {
    const table = tableWith(html(), /ticket/i, /hersteltijd/i, /status/i);
    expect(table.rows.map((r) => r[0]).sort()).toEqual([...hand.breaches]);
    for (const r of table.rows) expectMinutes(cellOf(table, r, /hersteltijd/i), tickets[r[0]].hersteltijdMinutes, r[0]);
  });

  it('open at the month end: deadline, consumed, time left or how late, at risk or over', () => {
    const table = tableWith(html(), /ticket/i, /verbruikt/i, /te laat of nog/i);
    expect(table.rows.map((r) => r[0]).sort()).toEqual(hand.openAtEnd.map((o) => o.id));
    for (const o of hand.openAtEnd) {
      const row = onlyRow(table, o.id);
      expectMoment(cellOf(table, row, /deadline/i), tickets[o.id].deadline!, `${o.id} deadline`);
      expectMinutes(cellOf(table, row, /verbruikt/i), o.consumed, `${o.id} consumed`);
      const left = cellOf(table, row, /te laat of nog/i);
      expectMinutes(left, o.remaining, `${o.id} remaining or late`);
      expect(left, o.id).toMatch(o.state === 'verstreken' ? /te laat$/ : /^nog /);
      const status = cellOf(table, row, /status/i);
      if (o.state === 'open') expect(status, o.id).not.toMatch(/risico|verstreken/);
      // Past its streeftijd: "open, te laat" (the product's one result word for it).
      else expect(status, o.id).toMatch(o.state === 'verstreken' ? /te laat/ : /risico/);
    }
  });

  it('the erkende feestdagen of the month (4.1)', () => {
    const lead = text().slice(0, text().indexOf('storingen geregistreerd'));
    for (const day of hand.feestdagen) expectDay(lead, day, 'feestdag');
    if (hand.feestdagen.length === 0) expect(lead).not.toMatch(/feestdag/);
  });
});

describe.each(['2026-05', '2026-06'] as const)('month page %s: counts, comparison and clients', (month) => {
  const html = () => page(out, `/maanden/${month}/`);
  const text = () => mainText(html());

  it("the period's counts: open at the start, registered, resolved, open at the end", () => {
    const p = periodCounts[month];
    const period = after(text(), /Telling van de maand/);
    expect(countBefore(period, /open aan het begin/)).toBe(p.openAtStart);
    expect(countBefore(period, /geregistreerd/)).toBe(p.registered);
    expect(countBefore(period, /opgelost \(met of zonder streeftijd\)/)).toBe(p.resolved);
    expect(countBefore(period, /open aan het einde/)).toBe(p.openAtEnd);
  });

  it('previous and next month', () => {
    const nav = html().match(/<nav class="month-nav"[\s\S]*?<\/nav>/)![0];
    const links = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(month === '2026-05' ? ['/maanden/2026-06/'] : ['/maanden/2026-05/', '/maanden/2026-07/']);
  });

  it('the change against the month before and the same month last year: figures with a sign', () => {
    const table = tableWith(html(), /kerncijfer/i);
    const change = (label: RegExp, column: RegExp) => cellOf(table, table.rows.find((r) => label.test(r[0]))!, column);
    // No month a year earlier in the report: nothing to compare with.
    for (const row of table.rows) expect(row.slice(-2)).toEqual(['–', '–']);
    if (month === '2026-05') {
      for (const row of table.rows) expect(row.slice(2, 4)).toEqual(['–', '–']);
      return;
    }
    const e = juneAgainstMay;
    expect(change(/^geregistreerd/i, /verschil met mei/i)).toBe(e.registered);
    expect(change(/^opgelost/i, /verschil met mei/i)).toBe(e.resolved);
    expect(change(/^binnen/i, /verschil met mei/i)).toBe(e.met);
    expect(change(/^binnen/i, /^juni 2026$/i)).toBe('4 van 6 (66,7%)');
    expect(change(/^binnen/i, /^mei 2026$/i)).toBe('5 van 7 (71,4%)');
    expect(change(/^buiten/i, /verschil met mei/i)).toBe(e.breached);
    expect(change(/^open/i, /verschil met mei/i)).toBe(e.openAtEnd);
    expect(text()).not.toMatch(/verbeterd|verslechterd|beter dan|slechter dan/);
  });

  it('clients with repeated breaches, each leading to its page', () => {
    const table = tableWith(html(), /klant/i, /maanden met overschrijding/i);
    // Columns: client, its dossier (the report month only), debiteurnummer, breaches in the month, months with breaches.
    expect(table.rows.map((r) => [r[2], countIn(r[3]), r[4].split(',').map((m) => m.trim())])).toEqual(repeated[month].map((r) => [r.id, r.inMonth, [...r.months]]));
    for (const r of repeated[month]) expect(html()).toContain(`href="/klanten/${r.id}/"`);
  });

  it('the clients with storingen in the month, with their counts', () => {
    const table = tableWith(html(), /klant/i, /debiteurnummer/i, /opgelost \(alle\)/i);
    const shown = Object.fromEntries(table.rows.map((r) => [cellOf(table, r, /debiteurnummer/i), {
      openAtStart: countIn(cellOf(table, r, /open aan begin/i)), registered: countIn(cellOf(table, r, /geregistreerd/i)), resolved: countIn(cellOf(table, r, /opgelost/i)),
      breached: countIn(cellOf(table, r, /buiten/i)), openAtEnd: countIn(cellOf(table, r, /open aan einde/i)),
    }]));
    expect(shown).toEqual(clientPeriods[month]);
  });

  it('open at the end in the order of urgency', () => {
    const open = tableWith(html(), /ticket/i, /verbruikt/i, /te laat of nog/i);
    expect(open.rows.map((r) => r[0])).toEqual([...urgency[month]]);
  });
});

describe('overview (report month June 2026)', () => {
  it('June: resolved, share within, breached; open now at risk or over: F12 and F13', () => {
    const html = page(out, '/');
    const text = mainText(html);
    const june = months['2026-06'];
    expect(countBefore(text, /storingen opgelost/)).toBe(june.resolved);
    expect(text).toMatch(new RegExp(`binnen streeftijd \\(${june.met} van ${june.resolved}\\)`));
    expectShare(text.match(/[\d,]+%(?= binnen streeftijd \()/)![0], june.met, june.resolved, 'overview share');
    expect(countBefore(text, /buiten streeftijd/)).toBe(june.breached);
    // Open now (1 July 00:00, the end of June) at risk or past the streeftijd: F12 (at risk) and F13 (over).
    const atRiskOrOver = june.openAtEnd.filter((o) => o.state !== 'open').map((o) => o.id);
    expect(countBefore(text, /nu open met risico/)).toBe(atRiskOrOver.length);
    const open = tableWith(html, /ticket/i, /verbruikt/i, /te laat of nog/i);
    expect(open.rows.map((r) => r[0]).sort()).toEqual(atRiskOrOver);
    // In the order of urgency: F13 is late, F12 has time left.
    expect(open.rows.map((r) => r[0])).toEqual([...urgency['2026-06']]);
  });

  it('the trend: share within streeftijd per niveau and month', () => {
    const table = tableWith(page(out, '/'), /maand/i, /niveau 1/i, /niveau 3/i);
    expect(table.rows).toHaveLength(2);
    for (const [row, month] of [[table.rows[0], '2026-05'], [table.rows[1], '2026-06']] as const) {
      trend[month].forEach(([part, whole], k) => expectShare(cellOf(table, row, new RegExp(`niveau ${k + 1}`, 'i')), part, whole, `${month} niveau ${k + 1}`));
    }
  });
});

describe.each(['K10', 'K20'] as const)('client page %s', (id) => {
  const hand = clients[id];
  const html = () => page(out, `/klanten/${id}/`);

  it('totals over the period: resolved, share within, breached, open now', () => {
    const text = mainText(html());
    expect(text).toContain(hand.name);
    expect(countBefore(text, /storingen opgelost/)).toBe(hand.totals.resolved);
    expect(text).toMatch(new RegExp(`binnen streeftijd \\(${hand.totals.met} van ${hand.totals.resolved}\\)`));
    expectShare(text.match(/[\d,]+%(?= binnen streeftijd \()/)![0], hand.totals.met, hand.totals.resolved, 'share within');
    expect(countBefore(text, /buiten streeftijd/)).toBe(hand.totals.breached);
    expect(countBefore(text, /nu open/)).toBe(hand.totals.openNow);
  });

  it('per month: registered, resolved, met, breached, share, status updates, open at the end', () => {
    const table = tableWith(html(), /maand/i, /geregistreerd/i, /open/i);
    for (const [month, m] of Object.entries(hand.months)) {
      const label = month === '2026-05' ? 'mei 2026' : 'juni 2026';
      const row = onlyRow(table, label);
      const at = (h: RegExp) => cellOf(table, row, h);
      expect(countIn(at(/geregistreerd/i)), `${month} registered`).toBe(m.registered);
      expect(countIn(at(/opgelost/i)), `${month} resolved`).toBe(m.resolved);
      expect(countIn(at(/binnen streeftijd/i)), `${month} met`).toBe(m.met);
      expect(countIn(at(/buiten streeftijd/i)), `${month} breached`).toBe(m.breached);
      expectShare(at(/aandeel/i), m.met, m.resolved, `${month} share`);
      expectShare(at(/statusupdate/i), m.statusUpdates[0], m.statusUpdates[1], `${month} status updates`);
      expect(countIn(at(/open aan einde/i)), `${month} open at end`).toBe(m.openAtEnd);
      const period = clientPeriods[month as keyof typeof clientPeriods][id];
      expect(countIn(at(/open aan begin/i)), `${month} open at start`).toBe(period.openAtStart);
    }
  });

  it('every ticket with its hersteltijd (open: consumed so far) and status', () => {
    const table = tableWith(html(), /ticket/i, /hersteltijd/i, /status/i);
    for (const row of table.rows) {
      const t = tickets[row[0]];
      expectMinutes(cellOf(table, row, /hersteltijd/i), t.hersteltijdMinutes ?? t.consumedMinutes ?? null, row[0]);
      const status = cellOf(table, row, /status/i);
      if (t.status === 'met') expect(status, row[0]).toMatch(t.withinMargin ? /binnen marge/ : /binnen streeftijd/);
      if (t.status === 'breached') expect(status, row[0]).toMatch(/buiten streeftijd/);
      if (t.status === 'open') expect(status, row[0]).toMatch(t.atRisk ? /risico/ : /open/);
    }
    const breached = table.rows.filter((r) => /buiten streeftijd/.test(cellOf(table, r, /status/i))).map((r) => r[0]);
    expect(breached).toEqual([...hand.breaches]);
  });
});

describe('complaint KL-F1: dossier page', () => {
  const html = () => page(out, '/klachten/KL-F1/');

  it('plan van aanpak: discussed 23 June, due 21 July (+ 4 weeks, 5.2), 20 days left on 1 July', () => {
    const text = mainText(html());
    expectDay(after(text, /plan uiterlijk|uiterlijk/i), dossier.planDue, 'plan due');
    expect(text).toMatch(new RegExp(`nog ${dossier.daysLeft} dagen`));
  });

  it("the client's figures per kind, product and niveau", () => {
    const table = tableWith(html(), /soort/i, /storingen/i, /open/i);
    expect(table.rows).toHaveLength(dossier.figures.length);
    for (const f of dossier.figures) {
      const row = cellRow(table, f.kind, f.product, f.niveau);
      const at = (h: RegExp) => cellOf(table, row, h);
      const what = `${f.kind} ${f.niveau}`;
      expect(countIn(at(/storingen/i)), what).toBe(f.storingen);
      expect(countIn(at(/opgelost/i)), what).toBe(f.resolved);
      expect(countIn(at(/binnen/i)), what).toBe(f.met);
      expect(countIn(at(/buiten/i)), what).toBe(f.breached);
      expect(countIn(at(/^open$/i)), what).toBe(f.open);
      expectShare(at(/aandeel/i), f.met, f.resolved, what);
      expectPair(at(/statusupdate/i), f.statusUpdates, what);
    }
  });

  it('4.6: same day, over a week, reports to the client over the period', () => {
    const text = mainText(html());
    const i = dossier.incidents;
    expect(pairBefore(text, /opgeloste incidenten op de dag/)).toEqual([i.sameDay, i.resolved]);
    expect(pairBefore(text, /opgeloste incidenten met een hersteltijd/)).toEqual([i.overWeek, i.resolved]);
    expect(pairBefore(text, /op tijd aan de klant/)).toEqual([i.clientReportsOnTime, i.clientReportsJudged]);
  });

  it('findings per storing with their clause; how late each breach was', () => {
    const table = tableWith(html(), /ticket/i, /artikel/i, /bevinding/i);
    const byTicket: Record<string, string[]> = {};
    for (const r of table.rows) (byTicket[r[0]] ??= []).push(cellOf(table, r, /artikel/i));
    expect(byTicket).toEqual(dossier.findings);
    for (const id of ['F02', 'F03', 'F10'] as const) {
      const late = table.rows.find((r) => r[0] === id && /te laat/.test(r.join(' ')) && /streeftijd \(/.test(r.join(' ')))!;
      expect(late, id).toBeDefined();
      const words = late.join(' ');
      expectMinutes(words.slice(words.indexOf('):') + 2, words.indexOf('te laat')), tickets[id].minutesLate!, `${id} late`);
    }
  });

  it('every storing of the period, and the feestdagen that closed the dienstvenster', () => {
    const table = tableWith(html(), /ticket/i, /geregistreerd/i, /hersteltijd/i);
    expect(table.rows.map((r) => r[0]).sort()).toEqual(['F01', 'F02', 'F03', 'F10', 'F11', 'F15']);
    for (const r of table.rows) expectMinutes(cellOf(table, r, /hersteltijd/i), tickets[r[0]].hersteltijdMinutes, r[0]);
    const text = mainText(html());
    for (const day of dossier.feestdagen) expectDay(after(text, /feestdagen/i), day, 'feestdag');
  });
});
