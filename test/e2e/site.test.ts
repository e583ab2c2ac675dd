// The built report site in a real browser (Debian's Chromium): the figures a reader
// sees equal the engine's output, charts are drawn, filters work, nothing is loaded
// from elsewhere, links resolve, hostile names stay text. Screenshots go to test-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, formatShare } from '../../src/words/index.ts';
import { cli, fixture, root } from '../support/cli.ts';
import type { Session } from './support/browser.ts';
import { atRiskNow, cellFigures, distributionFigures, monthFigures, type EvaluateRecord } from './support/expected.ts';
import type { StaticSite } from './support/static-server.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

const AS_OF = '2025-12-15T12:00';
const REPORT_MONTH = '2025-11';
const data = ['--tickets', fixture('site/tickets.csv'), '--events', fixture('site/events.csv'), '--releases', fixture('site/releases.csv'), '--as-of', AS_OF];
const shots = join(root, 'test-results');

let out: string;
let site: StaticSite;
let session: Session;
let built: BuiltSite;
let records: EvaluateRecord[];

beforeAll(async () => {
  built = await openBuiltSite('sla-site-', data);
  ({ out, site, session } = built);
  records = JSON.parse(cli(['evaluate', ...data, '--format', 'json']).stdout);
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await built?.close();
});

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the overview', () => {
  it('shows the report month as the engine judged it, and draws the trend', async () => {
    const page = await session.open('/');
    const expected = monthFigures(records, REPORT_MONTH);
    expect(text(await page.textContent('[data-figure="resolved"]'))).toBe(formatNumber(expected.resolved));
    expect(text(await page.textContent('[data-figure="breached"]'))).toBe(formatNumber(expected.breached));
    expect(text(await page.textContent('[data-figure="shareMet"]'))).toBe(formatShare(expected.shareMet));
    expect(text(await page.textContent('[data-figure="atRiskNow"]'))).toBe(formatNumber(atRiskNow(records).length));
    const breachRows = await page.$$eval('table.tickets tbody tr', (rows) => rows.map((r) => r.getAttribute('data-ticket')!).sort());
    expect(breachRows).toEqual(expected.breachIds);
    expect(text(await page.textContent('main'))).not.toMatch(/onder de norm|norm gehaald|Norm \d|als stippellijn/);
    expect(await canvasDrawn(page, '#trend canvas')).toBe(true);
    await page.screenshot({ path: join(shots, 'overzicht.png'), fullPage: true });
  });
});

describe('a month report', () => {
  it('shows every cell as the engine judged it, and draws the distribution', async () => {
    const page = await session.open(`/maanden/${REPORT_MONTH}/`);
    // The share within streeftijd with its counts (a figure, no norm: 4.6 sets none), from the evaluate output.
    const month = monthFigures(records, REPORT_MONTH);
    expect(text(await page.textContent('[data-figure="withinStreeftijd"]'))).toBe(`${month.met} van ${month.resolved} binnen streeftijd, ${formatShare(month.shareMet)}`);
    const expected = cellFigures(records, REPORT_MONTH);
    const shown = await page.$$eval('table.cells tbody tr', (rows) =>
      rows.map((r) => ({
        key: r.getAttribute('data-cell')!,
        figures: Object.fromEntries(Array.from(r.querySelectorAll('[data-figure]')).map((td) => [td.getAttribute('data-figure'), td.textContent!.trim()])),
      })),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const { key, figures } of shown) {
      const e = expected.get(key) ?? { registered: 0, resolved: 0, met: 0, breached: 0 };
      expect({ key, registered: figures.registered, resolved: figures.resolved, met: figures.met, breached: figures.breached }).toEqual({
        key, registered: formatNumber(e.registered), resolved: formatNumber(e.resolved), met: formatNumber(e.met), breached: formatNumber(e.breached),
      });
    }
    expect(shown.map((s) => s.key).sort()).toEqual([...expected.keys()].sort());
    // 4.6's distribution per cell counts exactly the evaluate output's per-ticket booleans.
    const distribution = distributionFigures(records, REPORT_MONTH);
    for (const { key, figures } of shown) {
      const d = distribution.get(key) ?? { sameDay: '–', overWeek: '–', clientReports: '–' };
      expect({ key, sameDay: figures.sameDay, overWeek: figures.overWeek, clientReports: figures.clientReports }).toEqual({ key, ...d });
    }
    // No verdict on the share within streeftijd: the contract sets no percentage for it (4.6).
    const body = text(await page.textContent('main'));
    expect(body).not.toMatch(/onder de norm|norm gehaald|Norm \d/);
    expect(body).toContain('SLA 4.6: „dezelfde dag (circa 95%)”, indicatief.');
    expect(await canvasDrawn(page, '#verdeling canvas')).toBe(true);
    await page.screenshot({ path: join(shots, 'maand.png'), fullPage: true });
  });

  it('filters and sorts the storingen in the browser', async () => {
    const page = await session.open(`/maanden/${REPORT_MONTH}/storingen/`);
    const all = await page.$$eval('table.tickets tbody tr', (rows) => (rows as HTMLTableRowElement[]).map((r) => r.cells[2].textContent!.trim()));
    await page.selectOption('form.filters select[name="product"]', 'Intramed Online');
    const visible = await page.$$eval('table.tickets tbody tr:not([hidden])', (rows) => (rows as HTMLTableRowElement[]).map((r) => r.cells[2].textContent!.trim()));
    expect(visible.length).toBe(all.filter((p) => p === 'Intramed Online').length);
    expect(new Set(visible)).toEqual(new Set(['Intramed Online']));
    expect(text(await page.textContent('.filter-count'))).toBe(`${visible.length} van ${all.length} rijen`);
    await page.fill('form.filters input[name="klant"]', 'zzz-niemand');
    expect(await page.$$eval('table.tickets tbody tr:not([hidden])', (rows) => rows.length)).toBe(0);
    await page.fill('form.filters input[name="klant"]', '');
    await page.click('table.tickets thead th:nth-child(6) button');
    const sorted = await page.$$eval('table.tickets tbody tr', (rows) => (rows as HTMLTableRowElement[]).map((r) => r.cells[5].getAttribute('data-sort')!));
    expect(sorted).toEqual([...sorted].sort());
  });

  it('opens filtered from a link in the month report', async () => {
    const page = await session.open(`/maanden/${REPORT_MONTH}/storingen/?product=Intramed&soort=Incident&niveau=1`);
    const rows = await page.$$eval('table.tickets tbody tr:not([hidden])', (rs) => (rs as HTMLTableRowElement[]).map((r) => [r.cells[2].textContent!.trim(), r.cells[3].textContent!.trim(), r.cells[4].textContent!.trim()]));
    for (const r of rows) expect(r).toEqual(['Intramed', 'Incident', '1']);
  });
});

describe('a count leads to exactly the storingen it counts', () => {
  /** The distinct count links in a page's main content: where each leads and the number it shows (the first in its text). */
  const countLinks = async (path: string) => {
    const page = await session.open(path);
    const links = await page.$$eval('main a[href*="telt="]', (as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    await page.close();
    // A link whose text is a count ("28", "(3 van 6)"); a month's name leading to its breaches is not one.
    const seen = new Map(links.filter((l) => /^\(?\d/.test(l.text)).map((l) => [l.href, l]));
    return [...seen.values()].map((l) => ({ href: l.href, count: Number(l.text.match(/\d[\d.]*/)![0].replace(/\./g, '')) }));
  };
  /** The list a link opens: the storingen shown and the sentence saying what they are. */
  const listAt = async (href: string) => {
    const page = await session.open(href);
    const ids = await page.$$eval('table.tickets tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-ticket')!));
    const says = text(await page.textContent('.list-says'));
    await page.close();
    return { ids, says };
  };
  /** At most `n` links spread over the page, so a page with hundreds of clients stays quick. */
  const spread = <T,>(list: T[], n: number) => (list.length <= n ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]));
  const busiestClient = () => {
    const byClient = new Map<string, number>();
    for (const r of records) byClient.set(r.clientId, (byClient.get(r.clientId) ?? 0) + 1);
    return [...byClient].sort((a, b) => b[1] - a[1])[0][0];
  };

  it.each([['the overview', '/'], ['a month report', `/maanden/${REPORT_MONTH}/`], ['the months', '/maanden/'], ['a client page', 'busiest']])('on %s, the rows shown equal the count', async (_, where) => {
    const path = where === 'busiest' ? `/klanten/${busiestClient()}/` : where;
    const links = await countLinks(path);
    expect(links.length, path).toBeGreaterThan(3);
    // Links spread over the page, and one of every kind of count on it.
    const kindOf = (href: string) => new URL(href, site.origin).searchParams.get('telt')!.replace(/-\d{4}-\d{2}$/, '');
    const firstOfKind = [...new Map(links.map((l) => [kindOf(l.href), l])).values()];
    for (const link of new Set([...firstOfKind, ...spread(links, 20)])) {
      const { ids, says } = await listAt(link.href);
      expect({ href: link.href, shown: ids.length, distinct: new Set(ids).size }).toEqual({ href: link.href, shown: link.count, distinct: link.count });
      expect(says, link.href).toMatch(new RegExp(`^${formatNumber(link.count)} storing(en)? `));
    }
  });

  it('opens "geregistreerd" of a cell with exactly its storingen, and says so', async () => {
    const key = 'incident|intramed|2';
    const expected = records.filter((r) => `${r.type}|${r.product}|${r.priority}` === key && r.registeredAt.slice(0, 7) === REPORT_MONTH).map((r) => r.id).sort();
    const page = await session.open(`/maanden/${REPORT_MONTH}/`);
    const href = await page.$eval(`table.cells tr[data-cell="${key}"] [data-figure="registered"] a`, (a) => a.getAttribute('href')!);
    await page.close();
    const { ids, says } = await listAt(href);
    expect(ids.sort()).toEqual(expected);
    expect(says).toBe(`${formatNumber(expected.length)} storingen geregistreerd in november 2025, Intramed, incident, niveau 2`);
  });
});

describe('the whole site', () => {
  it('has no broken internal links on its main pages', async () => {
    const pages = ['/', '/maanden/', `/maanden/${REPORT_MONTH}/`, `/maanden/${REPORT_MONTH}/storingen/`, '/klanten/', '/klanten/K9001/', '/sla/', '/datakwaliteit/', '/begrippen/'];
    const hrefs = new Set<string>();
    for (const path of pages) {
      const page = await session.open(path);
      for (const href of await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) hrefs.add(href);
      await page.close();
    }
    const broken: string[] = [];
    const bodies = new Map<string, string>();
    for (const href of [...hrefs].filter((h) => h.startsWith(site.origin))) {
      const url = new URL(href);
      const key = url.pathname;
      if (!bodies.has(key)) {
        const res = await fetch(`${site.origin}${url.pathname}`);
        bodies.set(key, res.ok ? await res.text() : '');
        if (!res.ok) broken.push(`${href} (${res.status})`);
      }
      if (url.hash && !bodies.get(key)!.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${href} (anker ontbreekt)`);
    }
    expect(broken).toEqual([]);
    expect(hrefs.size).toBeGreaterThan(50);
  });

  it('shows hostile client names as text and runs none of them', async () => {
    for (const [id, name] of [['K9001', '<script>alert(1)</script>'], ['K9002', '"><img src=x onerror=alert(1)>']]) {
      const page = await session.open(`/klanten/${id}/`);
      expect(text(await page.textContent('h1'))).toBe(name);
      expect(await page.$$eval('main img, main script', (els) => els.length)).toBe(0);
      await page.close();
    }
    const clients = await session.open('/klanten/');
    expect(await clients.textContent('tr[data-client="K9002"] td')).toContain('"><img src=x onerror=alert(1)>');
    expect(session.dialogs).toEqual([]);
  });

  it('loaded nothing from elsewhere and logged no errors', () => {
    expect(session.external).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

async function canvasDrawn(page: import('playwright-core').Page, selector: string): Promise<boolean> {
  await page.waitForSelector(selector);
  return page.$eval(selector, (c) => {
    const canvas = c as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });
}
