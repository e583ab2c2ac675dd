// The build's PDF step: the reports of the latest complete month in the data go
// to <out>/rapporten/<YYYY-MM>/. One month only, so that a build at scale (5,000
// clients) stays well under a minute; earlier months: `sla-rapport pdf --month`.
import type { ReportModel } from '../report/model.ts';
import { writeMonthReports } from './write.ts';

/** The month the build reports on: the latest complete one, else the current one. */
export function buildMonth(model: ReportModel): string | null {
  return (model.months.filter((m) => m.complete).at(-1) ?? model.months.at(-1))?.month ?? null;
}

export async function writeBuildReports(model: ReportModel, out: string, write = (s: string) => process.stderr.write(s)): Promise<void> {
  const month = buildMonth(model);
  if (month === null) return;
  write(`PDF-rapportages ${month} schrijven...\n`);
  const started = performance.now();
  const result = await writeMonthReports(model, { outDir: `${out}/rapporten`, month });
  write(`${result.clientFiles.length} klantrapporten en het managementrapport in ${((performance.now() - started) / 1000).toFixed(1)} s: ${out}/rapporten/${month}/\n`);
}
