// The reference reader of a helpdesk export: the plainest reading of the rules
// (export-rules.ts), which the fast path (export-fast/) must equal record for record.
// One pass over the CSV rows in file order on this thread, each row through the
// rules, repeats recognised with a plain Set. Nothing here is for speed.
import { readCsv } from './csv.ts';
import type { Dialect } from './dialect.ts';
import type { ExportData } from './export.ts';
import { exportRecord } from './export-reading.ts';
import { ExportRules } from './export-rules.ts';
import type { TicketRecord } from './canonical.ts';
import type { LoadedMapping } from './mapping-load.ts';
import { laterMoment } from './report-moment.ts';
import type { SetAsideRecord } from './set-aside.ts';

export async function readExportReference(path: string, loaded: LoadedMapping, file: string, dialect: Dialect): Promise<ExportData> {
  const records: TicketRecord[] = [];
  const setAside: SetAsideRecord[] = [];
  const seen = new Set<string>();
  let rules: ExportRules | null = null;
  let latest: number | null = null;
  const result = await readCsv(
    path,
    {
      header(header) {
        rules = new ExportRules(loaded.mapping, header, file);
      },
      row(fields, line, problem) {
        const r = rules!.read(fields, line, problem, seen);
        if (r.kind === 'ticket') {
          seen.add(r.rawId);
          records.push(exportRecord(r, file));
        } else {
          setAside.push(r.record);
        }
        // -Infinity: the row read no instant that can be a report moment.
        if (r.latest !== -Infinity) latest = laterMoment(latest, r.latest);
      },
    },
    dialect,
  );
  return { records, setAside, rows: result.rows, header: result.header, dialect: result.dialect, latestInstant: latest, openEnd: result.openEnd };
}
