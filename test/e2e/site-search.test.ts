// The header's search box and the client page's folded timelines, in a real browser
// (Debian's Chromium, every request but the local server's blocked). The expected
// pages are read by hand from test/fixtures/site/tickets.csv: K1229 is
// "Fysiotherapie Het Anker B.V."; "Öztürk Fysiotherapie" (K1113) starts with Öztürk,
// "Fysiotherapiepraktijk Öztürk" (K1458) only contains it; ticket T2025-000020 is K1162's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture } from '../support/cli.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

const data = ['--tickets', fixture('site/tickets.csv'), '--events', fixture('site/events.csv'), '--releases', fixture('site/releases.csv'), '--as-of', '2025-12-15T12:00'];
let built: BuiltSite;

beforeAll(async () => {
  built = await openBuiltSite('sla-search-', data);
});

afterAll(async () => {
  await built?.close();
});

/** Types `query` into the header's search box and returns the hits' texts and links once they show it. */
async function search(page: Page, query: string): Promise<{ text: string; href: string }[]> {
  await page.fill('#site-search-q', query);
  await page.waitForFunction((q) => (document.querySelector('#site-search-status')?.textContent ?? '') !== '' && (document.querySelector('#site-search-q') as HTMLInputElement).value === q, query);
  return page.$$eval('.site-search-hits a', (as) => as.map((a) => ({ text: a.textContent!, href: a.getAttribute('href')! })));
}

describe('the site search', () => {
  it('finds a client by debiteurnummer, by part of its name (accents or not) and a ticket by id, from any page', async () => {
    const page = await built.session.open('/maanden/');
    expect((await search(page, 'K1229'))[0]).toEqual({ text: 'Fysiotherapie Het Anker B.V. (K1229)', href: '/klanten/K1229/' });
    expect((await search(page, 'het anker'))[0].href).toBe('/klanten/K1229/');
    // A name that starts with the words comes before one that only contains them.
    expect((await search(page, 'ozturk')).map((h) => h.href)).toEqual(['/klanten/K1113/', '/klanten/K1458/']);
    expect((await search(page, 't2025-000020'))[0]).toEqual({ text: 'Ticket T2025-000020 · Fysiotherapie Het Kompas B.V.', href: '/klanten/K1162/#t-T2025-000020' });
    expect(await search(page, 'geen klant met deze naam')).toEqual([]);
    expect(await page.textContent('#site-search-status')).toBe('Niets gevonden');
  });

  it('Enter opens the first hit: the ticket\'s timeline on its client\'s page, unfolded', async () => {
    const page = await built.session.open('/');
    await search(page, 'T2025-000020');
    await Promise.all([page.waitForURL('**/klanten/K1162/#t-T2025-000020'), page.press('#site-search-q', 'Enter')]);
    await page.waitForFunction(() => (document.getElementById('t-T2025-000020') as HTMLDetailsElement | null)?.open === true);
    expect(built.session.external).toEqual([]);
    expect(built.session.consoleErrors).toEqual([]);
  });
});

describe('a client page\'s timelines', () => {
  it('are folded, each with one line saying the result and why', async () => {
    const page = await built.session.open('/klanten/K1434/');
    const sections = await page.$$eval('details.ticket', (ds) => ds.map((d) => ({ open: (d as HTMLDetailsElement).open, verdict: d.querySelector('summary .verdict')?.textContent ?? '' })));
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.every((s) => !s.open)).toBe(true);
    // Every line starts with the result's mark (never colour alone).
    expect(sections.filter((s) => !/^[✓✗○!–] /.test(s.verdict))).toEqual([]);
    // Folded, a timeline's drawing is not shown until its summary is clicked; then its axis has dates.
    const first = page.locator('details.ticket').first();
    expect(await first.locator('svg.timeline').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('svg.timeline').isVisible()).toBe(true);
  });
});
