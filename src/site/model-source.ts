// Where the site's pages get the report model: the one the build command made
// (handed over in-process), or, under `astro dev`, one built from the bundled
// data with the other norms attached the way the build does it.
import type { ReportModel } from '../report/build-model.ts';
import { judgeData, type DataPaths } from '../pipeline/judge-data.ts';
import { reportModelFor } from '../pipeline/report-model.ts';
import { siteSlaPath } from '../contract/site-source.ts';

const KEY = Symbol.for('sla-rapport.report-model');
type Holder = { [KEY]?: ReportModel | Promise<ReportModel> };

/** Called by the build command before Astro renders the pages. */
export function provideReportModel(model: ReportModel): void {
  (globalThis as Holder)[KEY] = model;
}

async function bundledModel(): Promise<ReportModel> {
  const paths: DataPaths = { sla: siteSlaPath(), tickets: 'data/tickets.csv', events: 'data/events.csv', releases: 'data/releases.csv' };
  const data = await judgeData(paths);
  return (await reportModelFor(data, paths, { complaints: 'data/complaints.csv', backups: 'data/backups.csv' })).model;
}

export async function reportModel(): Promise<ReportModel> {
  const holder = globalThis as Holder;
  holder[KEY] ??= bundledModel();
  return holder[KEY];
}
