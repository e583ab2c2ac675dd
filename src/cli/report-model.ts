// The report model as every rendering command builds it: judged data, the other
// norms' data (complaints, back-ups) and the provenance of all inputs.
import { isoInZone, zone } from '../engine/zone.ts';
import { loadNormsData, type NormsData } from '../norms/load-norms.ts';
import type { JudgedData } from '../pipeline/judge-data.ts';
import { inputPaths, provenanceOf } from '../pipeline/provenance.ts';
import { buildReportModel, type ReportModel } from '../report/build-model.ts';
import { withNorms } from '../report/norms-report.ts';
import { dataPaths, normsPaths, type Values } from './data-options.ts';

export async function reportModelFor(data: JudgedData, values: Values): Promise<{ model: ReportModel; normsData: NormsData }> {
  const norms = normsPaths(values);
  const normsData = await loadNormsData(norms);
  const asOf = isoInZone(data.asOf, zone(data.slaSources[0].frontmatter.timeZone));
  const provenance = provenanceOf(data.slaSources, inputPaths(dataPaths(values), norms), asOf);
  return { model: { ...withNorms(buildReportModel(data), data, normsData), provenance }, normsData };
}
