// 3.5's back-up months are bound like the report period: a back-up row dated a
// year or more outside the report's months is set aside with file, line and
// reason, and no months are built for it. Hand-made tickets and back-up log.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupBounds } from '../../src/norms/backup-period.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { reportModelFor } from '../../src/pipeline/report-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'backup-period-'));
const write = (name: string, lines: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

// One storing on Monday 2 March 2026, report moment 1 April 2026: the report's
// months are 2026-03 (the storing's) to 2026-04 (the report moment's).
const tickets = write('tickets.csv', [
  'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version',
  'T1,K1,Praktijk Noord,intramed,incident,1,1,phone,2026-03-02T09:00,2026-03-02T10:00,2026.1',
]);
// Bounds: 2026-03-01 minus 365 days is 2025-03-01 (no 29 February in between);
// 2026-04-30 plus 365 days is 2027-04-30 (idem).
const backups = write('backups.csv', [
  'date,kind,location,status',
  '0001-01-01,daily,on-site,ok', // 2: ~24,000 months before: set aside
  '2025-02-28,daily,on-site,ok', // 3: one day before the bound: set aside
  '2025-03-01,daily,on-site,ok', // 4: on the bound: kept
  '2026-03-02,daily,on-site,ok', // 5: kept
  '2027-04-30,daily,on-site,ok', // 6: on the bound: kept
  '2027-05-01,daily,on-site,ok', // 7: one day after the bound: set aside
  '2205-03-01,monthly,off-site,ok', // 8: a typo for 2025: set aside
  '2026-13-01,daily,on-site,ok', // 9: no date at all: set aside by the reader, in line order with the others
]);

describe('back-up rows far outside the report period', async () => {
  const data = await judgeData({ sla: 'content/sla', tickets, releases: null }, '2026-04-01');
  const { model, normsData } = await reportModelFor(data, { sla: 'content/sla', tickets }, { complaints: null, backups });

  it('bounds are a year before the first report month and a year after the last', () => {
    expect(backupBounds('2026-03', '2026-04')).toEqual({ from: '2025-03-01', to: '2027-04-30' });
  });

  it('sets aside the rows outside the bounds with file, line and reason, in line order', () => {
    expect(normsData.setAside.map((s) => [s.file, s.line, s.reason])).toEqual([
      ['backups.csv', 2, 'before-data-period'],
      ['backups.csv', 3, 'before-data-period'],
      ['backups.csv', 7, 'beyond-data-period'],
      ['backups.csv', 8, 'beyond-data-period'],
      ['backups.csv', 9, 'bad-date'],
    ]);
    expect(normsData.setAside[0].message).toContain('0001-01-01');
    expect(normsData.files).toEqual([{ file: 'backups.csv', rows: 8, read: 3, setAside: 5 }]);
  });

  it('checks the months from the earliest kept back-up (2025-03) to the last report month (2026-04): 14 months', () => {
    const months = model.norms!.backups.map((b) => b.month);
    expect([months.length, months[0], months.at(-1)]).toEqual([14, '2025-03', '2026-04']);
  });
});
