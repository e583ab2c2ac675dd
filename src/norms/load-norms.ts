// Loads the other norms' data files when present (data/complaints.csv,
// data/backups.csv); a missing file means no data, not an error.
import { existsSync } from 'node:fs';
import { requireRegularFile } from '../ingest/input-file.ts';
import type { SetAsideRecord } from '../ingest/set-aside.ts';
import type { BackupRow } from './backup-period.ts';
import type { Complaint } from './complaints.ts';
import { readBackups, readComplaints } from './read-norms-data.ts';

export interface NormsData {
  complaints: Complaint[];
  /** Back-up rows with their line; `backupsFile` names their file. */
  backups: BackupRow[];
  backupsFile: string | null;
  setAside: SetAsideRecord[];
  files: { file: string; rows: number; read: number; setAside: number }[];
}

export async function loadNormsData(paths: { complaints?: string | null; backups?: string | null }): Promise<NormsData> {
  const out: NormsData = { complaints: [], backups: [], backupsFile: null, setAside: [], files: [] };
  if (paths.complaints && existsSync(paths.complaints)) {
    requireRegularFile(paths.complaints);
    const r = await readComplaints(paths.complaints);
    out.complaints = r.items;
    out.setAside.push(...r.setAside);
    out.files.push({ file: r.file, rows: r.rows, read: r.items.length, setAside: r.setAside.length });
  }
  if (paths.backups && existsSync(paths.backups)) {
    requireRegularFile(paths.backups);
    const r = await readBackups(paths.backups);
    out.backups = r.items;
    out.backupsFile = r.file;
    out.setAside.push(...r.setAside);
    out.files.push({ file: r.file, rows: r.rows, read: r.items.length, setAside: r.setAside.length });
  }
  return out;
}
