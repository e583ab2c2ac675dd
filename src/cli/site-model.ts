// The report model handed to the site: in this process, through
// @sla-rapport/model-handoff (see src/site/model-source.ts), and the model of the
// bundled sample for `astro dev`.
import { provideModel, releaseModel } from '@sla-rapport/model-handoff';
import type { ReportModel } from '../report/model.ts';
import { dataPaths, normsPaths } from './data-options.ts';
import { judgeData } from '../pipeline/judge-data.ts';
import { reportModelFor } from '../pipeline/report-model.ts';

/** Hands the model to the site's pages; `release` lets go of it once they are rendered. */
export function handModelToSite(model: ReportModel): { release: () => void } {
  provideModel(model);
  return { release: releaseModel };
}

/** The model `sla-rapport build` makes without options (the bundled sample): what `astro dev` shows. */
export async function sampleModel(): Promise<ReportModel> {
  const data = await judgeData(dataPaths({}));
  return (await reportModelFor(data, dataPaths({}), normsPaths({}))).model;
}
