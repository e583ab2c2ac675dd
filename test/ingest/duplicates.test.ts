// Two overlapping Zendesk exports: the same ticket in both is judged once, from
// the row with the latest update ("Updated at"); on a tie the later file wins.
// A repeat inside one file is an error and is set aside.
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';

const week1 = 'test/fixtures/exports/zendesk-week1.csv';
const week2 = 'test/fixtures/exports/zendesk-week2.csv';
const judge = (files: string[]) => judgeData({ sla: 'content/sla', tickets: files[0], exports: files.slice(1), releases: null }, '2026-04-01');
const resolved = (data: Awaited<ReturnType<typeof judge>>, id: string) => data.judged.find((j) => j.record.ticket.id === id)!.record.ticket.resolvedAt;

describe('week 1 then week 2', async () => {
  const data = await judge([week1, week2]);

  it('reconciles: 7 rows read = 4 judged + 1 set aside + 2 merged', () => {
    expect(data.counts).toMatchObject({ ticketRows: 7, judged: 4, setAside: 1, duplicatesMerged: 2 });
    expect(data.judged.map((j) => j.record.ticket.id).sort()).toEqual(['ZD-20001', 'ZD-20002', 'ZD-20003', 'ZD-20004']);
  });

  it('keeps the row updated last: 20001 resolved in week 2 (updated 3 March) beats open in week 1 (updated 2 March)', () => {
    expect(resolved(data, 'ZD-20001')).toBe(Date.parse('2026-03-03T08:00:00Z'));
    expect(data.duplicates).toContainEqual({ ticketId: 'ZD-20001', file: week1, line: 2, keptFile: week2, keptLine: 2 });
  });

  it('on an equal update the later file wins: 20004 from week 2', () => {
    expect(resolved(data, 'ZD-20004')).toBe(Date.parse('2026-03-04T08:00:00Z'));
    expect(data.duplicates).toContainEqual({ ticketId: 'ZD-20004', file: week1, line: 4, keptFile: week2, keptLine: 4 });
  });

  it('sets aside the repeat of 20003 inside week 2', () => {
    expect(data.setAside.map((s) => [s.file, s.line, s.reason, s.value])).toEqual([[week2, 5, 'duplicate-id', '20003']]);
  });
});

describe('week 2 then week 1', async () => {
  const data = await judge([week2, week1]);

  it('still keeps 20001 from week 2 (its update is later), but the tie on 20004 now goes to week 1 (open)', () => {
    expect(resolved(data, 'ZD-20001')).toBe(Date.parse('2026-03-03T08:00:00Z'));
    expect(resolved(data, 'ZD-20004')).toBeNull();
    expect(data.counts).toMatchObject({ ticketRows: 7, judged: 4, setAside: 1, duplicatesMerged: 2 });
  });
});
