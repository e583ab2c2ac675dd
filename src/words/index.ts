// The product's Dutch vocabulary in one place, for the site and the PDFs alike:
// names of codes, result words, clock moments, one duration format, dates, numbers
// and the sentences of the reports. Pure: no Astro, no file system, no pdfkit.
export * from './numbers.ts';
export * from './duration.ts';
export * from './dates.ts';
export * from './labels.ts';
export * from './results.ts';
export * from './moments.ts';
export * from './niveau.ts';
export * from './distribution.ts';
export * from './sentences.ts';
export * from './dossier.ts';
export * from './verdict.ts';
export * from './counts.ts';
export * from './compare.ts';
export * from './breach.ts';
export * from './client-report.ts';
export * from './delivery.ts';
