// Debian's Chromium driven by playwright-core, offline: every request that does
// not go to the local test server is blocked and recorded, so a test can fail on it.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Fails loudly (never skips) when Chromium is not installed. */
export function requireChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const how = 'npm test installs it when run as root; otherwise: sudo apt-get install -y chromium';
  throw new Error(`Browser tests need Chromium at ${CHROMIUM}, which is missing: ${how}. These tests do not pass without it.`);
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  /** Requests to anywhere but the local server (blocked). */
  external: string[];
  consoleErrors: string[];
  dialogs: string[];
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** A desk window unless a test asks for another size (a phone: 390 px wide). */
export async function startSession(origin: string, viewport = { width: 1280, height: 900 }): Promise<Session> {
  requireChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport });
  const external: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  const open = async (path: string) => {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${path}: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(`${path}: ${d.message()}`);
      void d.dismiss();
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
    return page;
  };
  return { browser, context, external, consoleErrors, dialogs, open, close: () => browser.close() };
}
