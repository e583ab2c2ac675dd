// The report model as every renderer needs it: judged data, the other norms' data
// (complaints, back-ups) and the provenance of all inputs. Used by the build, the
// pdf and dossier commands, and the site under `astro dev`.
import { zone } from '../engine/zone.ts';
import { backupBounds, boundBackups } from '../norms/backup-period.ts';
import { loadNormsData, type NormsData } from '../norms/load-norms.ts';
import { buildReportModel, modelMonths } from '../report/build-model.ts';
import { instant } from '../report/instant.ts';
import type { ReportModel } from '../report/model.ts';
import type { DataPaths, JudgedData } from './judge-data.ts';
import { inputPaths, provenanceOf } from './provenance.ts';

export interface NormsPaths {
  complaints: string | null;
  backups: string | null;
}

export async function reportModelFor(data: JudgedData, paths: DataPaths, norms: NormsPaths): Promise<{ model: ReportModel; normsData: NormsData }> {
  const normsData = await loadNormsData(norms);
  const asOf = instant(data.asOf, zone(data.slaSources[0].frontmatter.timeZone));
  const leveranciers = data.leveranciers.file === null ? [] : [data.leveranciers.file, ...data.leveranciers.leveranciers.map((l) => l.logoFile)];
  const provenance = provenanceOf(data.slaSources, [...inputPaths(paths, norms, data.files.some((f) => f.kind === 'export' || f.kind === 'history')), ...leveranciers], asOf);
  const months = modelMonths(data);
  boundToReport(normsData, months[0], months.at(-1)!);
  return { model: buildReportModel({ ...data, norms: normsData, provenance }), normsData };
}

/** Sets aside the back-up rows dated far outside the report's months (norms/backup-period.ts), in line order with the file's other set-aside rows. */
function boundToReport(normsData: NormsData, first: string, last: string): void {
  const file = normsData.backupsFile;
  if (file === null) return;
  const { kept, setAside } = boundBackups(normsData.backups, file, backupBounds(first, last));
  if (setAside.length === 0) return;
  normsData.backups = kept;
  const others = normsData.setAside.filter((r) => r.scope !== 'backup');
  const backups = [...normsData.setAside.filter((r) => r.scope === 'backup'), ...setAside].sort((a, b) => a.line - b.line);
  normsData.setAside = [...others, ...backups];
  const counts = normsData.files.find((f) => f.file === file)!;
  counts.read -= setAside.length;
  counts.setAside += setAside.length;
}
