// axe-core, the standard accessibility rules engine, run inside the page: its
// script is injected from node_modules (nothing loaded from elsewhere).
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** Selectors of the offending elements (at most five). */
  targets: string[];
}

/** Violations of the given impacts (by default serious and critical) on the page as it is now. */
export async function axeViolations(page: Page, impacts: string[] = ['serious', 'critical']): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: axePath });
  const violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] = await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  );
  return violations
    .filter((v) => v.impact !== null && impacts.includes(v.impact))
    .map((v) => ({ rule: v.id, impact: v.impact!, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
