// What the build says about the site it wrote: how many pages, and how to open them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** HTML pages under a folder. */
export function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countPages(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

/** The lines the build prints once the site is written. */
export function siteSummary(out: string, pages: number, seconds: number): string {
  const preview = out === 'dist' ? 'npm run preview' : `SLA_RAPPORT_OUT_DIR=${out} npm run preview`;
  return `Site: ${pages} pagina's geschreven in ${seconds.toFixed(1)} s naar ${out}/ (bekijken: ${preview}, daarna http://localhost:4321/)\n`;
}
