// The report model as every renderer needs it: judged data, the other norms' data
// (complaints, back-ups) and the provenance of all inputs. Used by the build, the
// pdf and dossier commands, and the site under `astro dev`.
import { isoInZone, zone } from '../engine/zone.ts';
import { loadNormsData, type NormsData } from '../norms/load-norms.ts';
import { buildReportModel, type ReportModel } from '../report/build-model.ts';
import { withNorms } from '../report/norms-report.ts';
import type { DataPaths, JudgedData } from './judge-data.ts';
import { inputPaths, provenanceOf } from './provenance.ts';

export interface NormsPaths {
  complaints: string | null;
  backups: string | null;
}

export async function reportModelFor(data: JudgedData, paths: DataPaths, norms: NormsPaths): Promise<{ model: ReportModel; normsData: NormsData }> {
  const normsData = await loadNormsData(norms);
  const asOf = isoInZone(data.asOf, zone(data.slaSources[0].frontmatter.timeZone));
  const provenance = provenanceOf(data.slaSources, inputPaths(paths, norms, data.files.some((f) => f.kind === 'export')), asOf);
  return { model: { ...withNorms(buildReportModel(data), data, normsData), provenance }, normsData };
}
