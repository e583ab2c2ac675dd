// Check (not a test): counts the PDFs in a folder (default dist/rapporten/<latest month>)
// with a heading alone at the foot of a page or a page holding a single row of text,
// read back with poppler (test/pdf/pages.ts).
//
//   node --import tsx scripts/check-pagination.ts [folder]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { headingsAtFoot, pdfPages, strayLinePages } from '../test/pdf/pages.ts';

const dir = process.argv[2] ?? join('dist/rapporten', readdirSync('dist/rapporten').filter((d) => /^\d{4}-\d{2}$/.test(d)).sort().at(-1)!);
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
let headings = 0;
let strays = 0;
for (const f of files) {
  const pages = pdfPages(join(dir, f));
  const h = headingsAtFoot(pages);
  const s = strayLinePages(pages);
  if (h.length) headings++;
  if (s.length) strays++;
  if (h.length || s.length) console.log(`${f}: ${h.length ? `kop onderaan pagina ${h.join(', ')}` : ''}${h.length && s.length ? '; ' : ''}${s.length ? `één regel op pagina ${s.join(', ')}` : ''}`);
}
console.log(`${files.length} PDF's in ${dir}: ${headings} met een kop alleen onderaan een pagina, ${strays} met een pagina van één regel`);
