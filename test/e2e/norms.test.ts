// The complaints, dossier and norms pages in a real browser, built from the site
// fixture plus small complaints and back-up files (test/fixtures/norms/). Every
// expectation is worked out by hand from those files and the as-of date below.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, root } from '../support/cli.ts';
import type { Session } from './support/browser.ts';
import type { StaticSite } from './support/static-server.ts';
import { openBuiltSite, type BuiltSite } from './support/built-site.ts';

// Tuesday 20 January 2026: KL-T1 (discussed Saturday 20 December 2025) was due 28 days later, on 17 January.
const AS_OF = '2026-01-20T12:00';
const data = [
  '--tickets', fixture('site/tickets.csv'), '--events', fixture('site/events.csv'), '--releases', fixture('site/releases.csv'),
  '--complaints', fixture('norms/complaints.csv'), '--backups', fixture('norms/backups.csv'), '--as-of', AS_OF,
];
const shots = join(root, 'test-results');

let out: string;
let site: StaticSite;
let session: Session;
let built: BuiltSite;

beforeAll(async () => {
  built = await openBuiltSite('sla-norms-', data);
  ({ out, site, session } = built);
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await built?.close();
});

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

type Page = import('playwright-core').Page;

async function complaintRow(page: Page, id: string): Promise<Record<string, string>> {
  return page.$eval(`tr[data-complaint="${id}"]`, (tr) =>
    Object.fromEntries(Array.from(tr.querySelectorAll('[data-field]')).map((td) => [td.getAttribute('data-field'), td.textContent!.replace(/\s+/g, ' ').trim()])),
  );
}

describe('the complaints overview', () => {
  const cases = [
    // 20-12-2025 + 4 weeks = 17-01-2026; on 20-01-2026 not delivered: 3 days over.
    { id: 'KL-T1', table: 'open-complaints', discussed: '20-12-2025', planDue: '17-01-2026', planDelivered: '–', status: '✗ plan van aanpak te laat, nog niet geleverd', daysRemaining: '3 dagen over tijd' },
    // 09-01-2026 + 28 days = 06-02-2026: 11 days left in January + 6 = 17.
    { id: 'KL-T2', table: 'open-complaints', discussed: '09-01-2026', planDue: '06-02-2026', planDelivered: '–', status: '! plan van aanpak verwacht', daysRemaining: 'nog 17 dagen' },
    { id: 'KL-T5', table: 'open-complaints', discussed: '–', planDue: '–', planDelivered: '–', status: '○ nog niet besproken', daysRemaining: '–' },
    // 10-06-2025 + 28 days = 08-07-2025, delivered that very day: on time.
    { id: 'KL-T3', table: 'closed-complaints', discussed: '10-06-2025', planDue: '08-07-2025', planDelivered: '08-07-2025', status: '✓ plan van aanpak op tijd geleverd', daysRemaining: '–' },
    // 05-08-2025 + 28 days = 02-09-2025, delivered 03-09-2025: one day late.
    { id: 'KL-T4', table: 'closed-complaints', discussed: '05-08-2025', planDue: '02-09-2025', planDelivered: '03-09-2025', status: '✗ plan van aanpak te laat geleverd', daysRemaining: '–' },
  ];

  it.each(cases)('shows $id with its plan van aanpak deadline and state on 20-01-2026', async ({ id, table, ...expected }) => {
    const page = await session.open('/klachten/');
    expect(await page.$$eval(`table.${table} tr[data-complaint="${id}"]`, (rows) => rows.length)).toBe(1);
    expect(await complaintRow(page, id)).toEqual(expected);
    await page.close();
  });

  it('counts open, overdue and delivered plans, and leaves out the complaint that was set aside', async () => {
    const page = await session.open('/klachten/');
    const figure = async (name: string) => text(await page.textContent(`[data-figure="${name}"]`));
    expect({ open: await figure('open'), overdue: await figure('overdue'), due: await figure('due'), notDiscussed: await figure('notDiscussed'), onTime: await figure('onTime'), late: await figure('late') })
      .toEqual({ open: '3', overdue: '1', due: '1', notDiscussed: '1', onTime: '1', late: '1' });
    // KL-T6's period ends before it starts: set aside, shown on the data quality page only.
    expect(await page.$$eval('tr[data-complaint]', (rows) => rows.map((r) => r.getAttribute('data-complaint')).sort())).toEqual(['KL-T1', 'KL-T2', 'KL-T3', 'KL-T4', 'KL-T5']);
    expect(await page.getAttribute('tr[data-complaint="KL-T1"] a[href$=".pdf"]', 'href')).toBe('/rapporten/dossiers/KL-T1.pdf');
    await page.screenshot({ path: join(shots, 'klachten.png'), fullPage: true });
    await page.close();
  });
});

describe('a complaint dossier', () => {
  it('shows the plan van aanpak state and each breach with its whole clock', async () => {
    const page = await session.open('/klachten/KL-T1/');
    expect(text(await page.textContent('[data-field="planDue"]'))).toBe('17-01-2026 (bespreking + 4 weken)');
    expect(text(await page.textContent('[data-field="status"]'))).toBe('✗ plan van aanpak te laat, nog niet geleverd · 3 dagen over tijd');
    // K1434 in September-November 2025 (test/fixtures/site/tickets.csv): one breach and one niveau 1 storing by e-mail.
    // T2025-008976, incident niveau 2 Intramed (2 werkdagen), registered Tue 18-11 09:51 via the portal: deadline Thu 20-11 09:51
    // (target 7 h 09 + 9 h + 1 h 51 = 18 h), status update due at half of it, Wed 19-11 09:51 (7 h 09 + 1 h 51 = 9 h);
    // resolved Fri 21-11 11:15 after 7 h 09 + 9 h + 12 h + 3 h 15 = 31 h 24: 13 h 24 over.
    const findings = await page.$$eval('table.findings tbody tr', (rows) => rows.map((r) => Array.from((r as HTMLTableRowElement).cells).map((c) => c.textContent!.trim())));
    // T2025-007161, incident niveau 3 registered Fri 19-09 08:02, resolved Mon 22-09 08:11: not on its melding day, and
    // nothing reported to the client (a wait for the client is not a report) by Friday's close, 17:00, nor before the window opened again
    // Mon 08:00 (resolved 08:11; 4.6, this product's reading, on the clock).
    expect(findings).toEqual([
      ['T2025-007161', '4.6', 'rapportage aan de klant', 'Niet op de dag van de melding opgelost en niet uiterlijk 19-09-2025 17:00 aan de klant gerapporteerd (moment volgens de uitleg van deze rapportage, gemeten op de klok).'],
      ['T2025-008976', '4.6', 'hersteltijd', 'Hersteld buiten de streeftijd (2 werkdagen): 13 u 24 min te laat.'],
      ['T2025-009026', '4.7', 'niveau 1 telefonisch melden', 'Niveau 1 per e-mail gemeld, niet telefonisch.'],
    ]);
    expect(await page.getAttribute('table.findings a[href="#t-T2025-008976"]', 'href')).toBe('#t-T2025-008976');
    const moments = await page.$$eval('#t-T2025-008976 ol.moments li', (lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
    expect(moments).toEqual([
      '18-11-2025 09:51 Geregistreerd (via het portaal gemeld)',
      '18-11-2025 09:51 Klok gestart',
      // On the clock (4.6): 15:07 Tuesday = 5 h 16 of the 9 h half, on time; 16:13 Wednesday = 7 h 09 + 8 h 13 = 15 h 22, late.
      '18-11-2025 15:07 Statusupdate gegeven (op tijd)',
      // Not resolved on its melding day (Tuesday): the report to the client is due at Tuesday's close, 17:00 (the 15:07 update is it).
      '18-11-2025 17:00 Rapportage aan de klant uiterlijk (incident niet op de dag van de melding opgelost; artikel 4.6, moment volgens de uitleg van deze rapportage)',
      '19-11-2025 09:51 Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)',
      '19-11-2025 16:13 Statusupdate gegeven (te laat)',
      '20-11-2025 09:51 Deadline: streeftijd (2 werkdagen) verstreken',
      // Hersteltijd: the 2 werkdagen (18 h on the clock) plus the 13 h 24 min overrun = 31 h 24 min, in hours as dienstvenster time.
      '21-11-2025 11:15 Hersteld; hersteltijd 31 u 24 min',
    ]);
    expect(await page.$$eval('details.ticket', (s) => s.map((x) => x.id))).toEqual(['t-T2025-008976']);
    await page.screenshot({ path: join(shots, 'klacht.png'), fullPage: true });
    await page.close();
  });
});

describe('the other norms', () => {
  it('lists the back-up gap of 10 December 2025 and no other', async () => {
    const page = await session.open('/normen/');
    // backups.csv: the on-site daily back-up of 2025-12-10 failed; everything else through 2026-01-20 is there.
    const gaps = await page.$$eval('table.backup-gaps tbody tr', (rows) => rows.map((r) => Array.from((r as HTMLTableRowElement).cells).map((c) => c.textContent!.replace(/\s+/g, ' ').trim())));
    expect(gaps).toEqual([['december 2025', 'dagelijkse back-up on-site', '10-12-2025']]);
    expect(await page.$$eval('table.backup-months tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-month'), r.querySelector('[data-figure="gaps"]')!.textContent!.trim()])))
      .toEqual([['2025-12', '1'], ['2026-01', '0']]);
    expect(text(await page.textContent('[data-figure="informWithinWerkdagen"]'))).toBe('op de 2e werkdag na het besluit');
    expect(await page.$$eval('table.release-years tbody tr', (rows) => rows.map((r) => r.getAttribute('data-year')))).toEqual(['2023', '2024', '2025']);
    await page.screenshot({ path: join(shots, 'normen.png'), fullPage: true });
    await page.close();
  });

  it('reconciles the complaints and back-up files on the data quality page', async () => {
    const page = await session.open('/datakwaliteit/');
    const files = await page.$$eval('table.norms-files tbody tr', (rows) =>
      rows.map((r) => [r.getAttribute('data-file'), ...Array.from(r.querySelectorAll('[data-figure]')).map((td) => td.textContent!.trim())]),
    );
    // complaints.csv: 6 rows, KL-T6 set aside; backups.csv: 2 x 51 daily + 7 weekly + 1 monthly = 110, plus one "hourly" row set aside.
    expect(files).toEqual([['complaints.csv', '6', '5', '1'], ['backups.csv', '111', '110', '1']]);
    const lines = await page.$$eval('table.norms-set-aside tbody tr', (rows) => rows.map((r) => [(r as HTMLTableRowElement).cells[0].textContent!.trim(), (r as HTMLTableRowElement).cells[1].textContent!.trim()]));
    expect(lines).toEqual([['complaints.csv', '7'], ['backups.csv', '25']]);
    await page.close();
  });
});

describe('the new pages together', () => {
  it('have no broken links, dossier PDFs included', async () => {
    const pages = ['/klachten/', '/klachten/KL-T1/', '/klachten/KL-T2/', '/klachten/KL-T3/', '/klachten/KL-T4/', '/klachten/KL-T5/', '/normen/', '/datakwaliteit/'];
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
      if (!bodies.has(url.pathname)) {
        const res = await fetch(`${site.origin}${url.pathname}`);
        bodies.set(url.pathname, res.ok ? await res.text() : '');
        if (!res.ok) broken.push(`${href} (${res.status})`);
      }
      if (url.hash && !bodies.get(url.pathname)!.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${href} (anker ontbreekt)`);
    }
    expect(broken).toEqual([]);
    expect([...hrefs].filter((h) => h.endsWith('.pdf')).length).toBeGreaterThanOrEqual(5);
  });

  it('loaded nothing from elsewhere and logged no errors', () => {
    expect(session.external).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
