// Every kind of page of the built site on a 390 px phone and a 1400 px desk, in
// Debian's Chromium: the page never scrolls sideways, no text is cut off, the key
// figures and dossier links stay in sight (wide tables scroll inside a box that
// shows it does; on a phone they become cards, so that the share within streeftijd
// and the dossier links need no sideways scrolling at all), and axe-core finds no serious or critical accessibility
// violation. Screenshots of the overview, a month and a client page at both
// widths go to test-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, root } from '../support/cli.ts';
import { startSession, type Session } from './support/browser.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';
import { hiddenKeys, layoutReport } from './support/layout.ts';
import { axeViolations } from './support/axe.ts';

// The site fixture with complaints and back-ups, so that the complaint pages and the norms page have content.
const AS_OF = '2026-01-20T12:00';
const data = [
  '--tickets', fixture('site/tickets.csv'), '--events', fixture('site/events.csv'), '--releases', fixture('site/releases.csv'),
  '--complaints', fixture('norms/complaints.csv'), '--backups', fixture('norms/backups.csv'), '--as-of', AS_OF,
];
const shots = join(root, 'test-results');

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1400, height: 900 };

/** One page of each kind; the month 2025-11 has every cell kind, K1434 has a complaint (KL-T1). */
const PAGES = [
  { path: '/', shot: 'overzicht' },
  { path: '/maanden/' },
  { path: '/maanden/2025-11/', shot: 'maand' },
  { path: '/maanden/2025-11/storingen/' },
  { path: '/klanten/' },
  { path: '/klanten/K1434/', shot: 'klant' },
  { path: '/klachten/' },
  { path: '/klachten/KL-T1/' },
  { path: '/normen/' },
  { path: '/sla/' },
  { path: '/begrippen/' },
  { path: '/datakwaliteit/' },
];

/** Everything a reader looks for: every figure and every link to a dossier. */
const ALL_KEYS = '[data-figure], [data-dossier] a';
/** What must be in sight on a desk without scrolling any box: what, counts, share within streeftijd, what is open, the dossier links. */
const DESK_KEYS = ['registered', 'resolved', 'met', 'breached', 'shareMet', 'openAtEnd'].map((f) => `[data-figure="${f}"]`).join(', ') + ', [data-dossier] a';
/** What must be in sight on a phone without scrolling any box: every share within streeftijd (also "vóór" and "na") and the dossier links. */
const PHONE_KEYS = '[data-figure^="shareMet"], [data-dossier] a';

let built: BuiltSite;
let phone: Session;
let desk: Session;

beforeAll(async () => {
  built = await openBuiltSite('sla-widths-', data);
  phone = await startSession(built.site.origin, PHONE);
  desk = await startSession(built.site.origin, DESK);
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await phone?.close();
  await desk?.close();
  await built?.close();
});

const widths = [
  { name: 'telefoon', viewport: PHONE, session: () => phone },
  { name: 'bureau', viewport: DESK, session: () => desk },
];

describe.each(widths)('at $viewport.width px', ({ name, viewport, session }) => {
  it.each(PAGES)('$path: no sideways page scroll, nothing cut off, key figures in sight', async ({ path, shot }) => {
    const page = await session().open(path);
    const layout = await layoutReport(page);
    expect(layout.innerWidth).toBe(viewport.width);
    expect(layout.scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(layout.innerWidth);
    expect(layout.cutOff, `${path}: text cut off`).toEqual([]);
    expect(layout.unmarkedScrollBoxes, `${path}: a box scrolls without showing it`).toEqual([]);
    expect(await hiddenKeys(page, ALL_KEYS, false), `${path}: figures or dossier links out of sight`).toEqual([]);
    const keys = viewport === DESK ? DESK_KEYS : PHONE_KEYS;
    expect(await hiddenKeys(page, keys, true), `${path}: key columns need scrolling`).toEqual([]);
    if (shot) await page.screenshot({ path: join(shots, `${shot}-${viewport.width}.png`), fullPage: true });
    await page.close();
  });

  it.each(PAGES)('$path: no serious or critical axe-core violation', async ({ path }) => {
    const page = await session().open(path);
    expect(await axeViolations(page), `${path} (${name})`).toEqual([]);
    await page.close();
  });
});

describe('a wide table', () => {
  it('on a phone: becomes one card per row, headed by soort, product and niveau, the share first, every value labelled', async () => {
    const page = await phone.open('/maanden/2025-11/');
    const wrap = page.locator('.table-wrap:has(table.cells)');
    expect(await wrap.getAttribute('data-cards')).not.toBeNull();
    expect(await wrap.getAttribute('data-scrolls')).toBeNull();
    expect(await page.$$eval('.scroll-hint', (hints) => hints.length)).toBe(0);
    const card = await page.$eval('table.cells tbody tr[data-cell="incident|intramed|1"]', (tr) => {
      const row = tr as HTMLTableRowElement;
      const box = (el: Element) => el.getBoundingClientRect();
      const cell = (figure: string) => row.querySelector(`[data-figure="${figure}"]`)!;
      const heads = Array.from(row.querySelectorAll('[data-card="head"]'));
      return {
        heading: heads.map((el) => el.textContent!.trim()),
        headingOnOneLine: heads.every((el) => Math.abs(box(el).top - box(heads[0]).top) < 2),
        // Shown right under the heading, above the streeftijd (the cell before the counts in the table).
        shareBelowHeading: box(cell('shareMet')).top >= box(heads[0]).bottom - 1 && box(cell('shareMet')).bottom <= box(row.cells[3]).top + 1,
        labels: Array.from(row.cells).map((td) => td.dataset.label),
        headers: Array.from((row.closest('table') as HTMLTableElement).tHead!.rows[0].cells).map((th) => th.textContent!.trim()),
        shareLabel: getComputedStyle(cell('shareMet'), '::before').content,
        width: box(row).width,
      };
    });
    expect(card.heading).toEqual(['Incident', 'Intramed', '1']);
    expect(card.headingOnOneLine).toBe(true);
    expect(card.shareBelowHeading).toBe(true);
    expect(card.labels).toEqual(card.headers);
    expect(card.labels).toHaveLength(18);
    expect(card.shareLabel).toBe('"Aandeel binnen"');
    expect(card.width).toBeLessThanOrEqual(390);
    // Filtering still hides rows, cards included.
    await page.selectOption('form.filters select[name="niveau"]', '1');
    const shown = await page.$$eval('table.cells tbody tr', (rows) => rows.filter((r) => r.getBoundingClientRect().height > 0).map((r) => r.getAttribute('data-cell')!.split('|')[2]));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['1']));
    await page.close();
  });

  it('on a phone: the cards are still a table to a screen reader (Chromium\'s accessibility tree)', async () => {
    const page = await phone.open('/maanden/');
    expect(await page.$$eval('.table-wrap[data-cards] table', (tables) => tables.length)).toBe(3);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
    const named = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
    expect(named('table')).toContain('Storingen per maand');
    expect(named('columnheader').filter((n) => n === 'Aandeel binnen').length).toBe(3);
    const rows = await page.$$eval('table.sortable tbody tr', (trs) => trs.length);
    // Every figure is a cell of its row (seven columns, one per header).
    expect(nodes.filter((n) => !n.ignored && n.role?.value === 'cell').length).toBeGreaterThanOrEqual(rows * 7);
    await page.close();
  });

  it('on a phone: a table that fits stays a table', async () => {
    const page = await phone.open('/normen/');
    const wrap = page.locator('.table-wrap:has(table.release-years)');
    expect(await wrap.getAttribute('data-cards')).toBeNull();
    expect(await page.$eval('table.release-years thead', (el) => (el as HTMLElement).getBoundingClientRect().height)).toBeGreaterThan(1);
    await page.close();
  });

  it('on a narrow desk window: scrolls in a bordered, focusable box with a hint, and keeps its first column in place', async () => {
    const page = await desk.open('/maanden/2025-11/');
    await page.setViewportSize({ width: 1000, height: 900 });
    const wrap = page.locator('.table-wrap:has(table.cells)');
    await page.waitForFunction(() => document.querySelector('.table-wrap:has(table.cells)')!.hasAttribute('data-scrolls'));
    expect(await wrap.getAttribute('data-cards')).toBeNull();
    expect(await wrap.getAttribute('tabindex')).toBe('0');
    expect(await wrap.getAttribute('role')).toBe('region');
    expect(await wrap.getAttribute('aria-label')).toMatch(/^Alle cijfers, .* \(scrollt opzij\)$/);
    expect(await wrap.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    expect(await wrap.evaluate((el) => (el.previousElementSibling as HTMLElement).className)).toBe('scroll-hint');
    // Scrolled 200 px: the caption and the first column's cell stay where they were, the next cell moves with the table.
    const lefts = () => page.$eval('table.cells', (t) => {
      const table = t as HTMLTableElement;
      return [table.caption!, table.tBodies[0].rows[0].cells[0], table.tBodies[0].rows[0].cells[1]].map((el) => el.getBoundingClientRect().left);
    });
    const before = await lefts();
    await wrap.evaluate((el) => el.scrollBy(200, 0));
    const after = await lefts();
    expect(after).toEqual([before[0], before[1], before[2] - 200]);
    // The caption wraps within the box instead of running on behind its edge.
    const [caption, box] = await Promise.all([page.locator('table.cells caption').boundingBox(), wrap.boundingBox()]);
    expect(caption!.x + caption!.width).toBeLessThanOrEqual(box!.x + box!.width);
    await page.close();
  });

  it('on a 1920 px screen: the month table uses the window beyond the text column and shows all 18 columns', async () => {
    const page = await desk.open('/maanden/2025-11/');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => !document.querySelector('.table-wrap:has(table.cells)')!.hasAttribute('data-scrolls'));
    expect(await page.$$eval('table.cells thead th', (ths) => ths.length)).toBe(18);
    expect(await hiddenKeys(page, ALL_KEYS, true)).toEqual([]);
    expect((await layoutReport(page)).scrollWidth).toBeLessThanOrEqual(1920);
    await page.close();
  });

  it('on a desk: a table that fits shows no scroll box', async () => {
    const page = await desk.open('/klachten/');
    const wrap = page.locator('.table-wrap:has(table.open-complaints)');
    // Where it stands wraps inside its cell, so the ten columns fit beside each other.
    expect(await wrap.getAttribute('data-scrolls')).toBeNull();
    expect(await wrap.getAttribute('tabindex')).toBeNull();
    expect(await page.$$eval('.scroll-hint', (hints) => hints.length)).toBe(0);
    await page.close();
  });
});

describe('the checks themselves', () => {
  it('see a page that scrolls sideways, clipped text and a scroll box that does not show it', async () => {
    const page = await phone.open('/begrippen/');
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<p id="wide" style="white-space:nowrap;width:max-content">Een regel die veel breder is dan een telefoon van 390 pixels breed</p>');
      main.insertAdjacentHTML('beforeend', '<p id="clipped" style="overflow:hidden;white-space:nowrap;width:5rem">Afgeknipte tekst in een smal vak</p>');
      main.insertAdjacentHTML('beforeend', '<div id="box" style="overflow-x:auto;width:5rem"><span style="white-space:nowrap" data-figure="proef">Verborgen cijfer achter de rand</span></div>');
      main.insertAdjacentHTML('beforeend', '<div style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)"><span style="white-space:nowrap">Alleen voor een schermlezer, met opzet buiten beeld</span></div>');
    });
    const layout = await layoutReport(page);
    expect(layout.scrollWidth).toBeGreaterThan(layout.innerWidth);
    expect(layout.cutOff.some((c) => c.startsWith('p "Een regel die veel breder'))).toBe(true);
    expect(layout.cutOff.some((c) => c.startsWith('p "Afgeknipte tekst'))).toBe(true);
    expect(layout.cutOff.some((c) => c.includes('Alleen voor een schermlezer'))).toBe(false);
    expect(layout.unmarkedScrollBoxes).toEqual(['div "Verborgen cijfer achter de rand"']);
    expect(await hiddenKeys(page, '[data-figure="proef"]', false)).toHaveLength(1);
    await page.close();
  });
});
