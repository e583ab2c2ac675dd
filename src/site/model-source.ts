// Where the site's pages get the report model: handed over in this process by
// `sla-rapport build` (src/cli/site-model.ts) through @sla-rapport/model-handoff,
// a package Astro keeps outside its bundle (astro.config.mjs), so the build and
// the pages share one module. Under `astro dev` the project's Astro integration
// hands over the bundled sample's model first, the way `sla-rapport build` reads
// it by default.
import { providedModel } from '@sla-rapport/model-handoff';
import type { ReportModel } from '../report/model.ts';

export function reportModel(): ReportModel {
  const model = providedModel();
  if (model === null) throw new Error('geen rapportmodel: bouw de site met "sla-rapport build" (of "astro dev", dat de voorbeelddata leest)');
  return model as ReportModel;
}
