// The report model of judged test data, built the way the pipeline builds it,
// with the other norms' data given (default: none) and a fixed provenance.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileContract } from '../../src/engine/contract.ts';
import { zone } from '../../src/engine/zone.ts';
import type { NormsData } from '../../src/norms/load-norms.ts';
import { judgeData, type JudgedData } from '../../src/pipeline/judge-data.ts';
import { buildReportModel } from '../../src/report/build-model.ts';
import { instant } from '../../src/report/instant.ts';
import type { ReportModel, TicketRow } from '../../src/report/model.ts';
import { toTicketRow } from '../../src/report/ticket-row.ts';
import { at, contractWith, judge, type TicketSpec } from './fixture.ts';

export const noNorms = (): NormsData => ({ complaints: [], backups: [], backupsFile: null, setAside: [], files: [] });

export function modelOf(data: JudgedData, norms: NormsData = noNorms()): ReportModel {
  const sla = data.slaSources.at(-1)!.frontmatter;
  const provenance = {
    productVersion: '0.0.0-test',
    contracts: data.slaSources.map((s) => ({ version: s.frontmatter.version, validFrom: s.frontmatter.validFrom, file: 'content/sla' })),
    inputs: [],
    asOf: instant(data.asOf, zone(sla.timeZone)),
  };
  return buildReportModel({ ...data, norms, provenance });
}

/** One ticket judged by the bundled contract (test/support/fixture.ts) as the report model's row shows it. */
export function rowOf(spec: TicketSpec, asOf = '2027-06-01 00:00', flags: readonly string[] = []): TicketRow {
  const contract = compileContract(contractWith());
  return toTicketRow(judge(spec, asOf), flags, { zone: zone(contract.sla.timeZone), asOf: at(asOf), calendarOf: () => contract.calendar });
}

/** The header of a canonical tickets file (README: Data). */
export const TICKETS_HEADER = 'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version';

/** The model of canonical ticket rows (no events) judged by the bundled contract and releases as of `asOf`. */
export async function modelOfRows(rows: string[], asOf: string): Promise<ReportModel> {
  const dir = mkdtempSync(join(tmpdir(), 'sla-model-'));
  writeFileSync(join(dir, 'tickets.csv'), [TICKETS_HEADER, ...rows].join('\n') + '\n');
  writeFileSync(join(dir, 'events.csv'), 'ticket_id,at,event,value\n');
  return modelOf(await judgeData({ sla: 'content/sla', tickets: join(dir, 'tickets.csv'), events: join(dir, 'events.csv'), releases: 'data/releases.csv' }, asOf));
}
