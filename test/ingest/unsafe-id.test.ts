// A debiteurnummer names page folders and PDF files, so one with a path in it is set aside.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../src/pipeline/judge-data.ts';

describe('unsafe client ids', () => {
  it.each([['../buiten'], ['a/b'], ['..']])('client_id %s is set aside as unsafe-id, the other row is judged', async (clientId) => {
    const dir = mkdtempSync(join(tmpdir(), 'unsafe-'));
    const tickets = join(dir, 'tickets.csv');
    writeFileSync(tickets, [
      'id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version',
      `U1,${clientId},Praktijk,intramed,incident,1,1,phone,2026-03-02T09:00,2026-03-02T10:00,2026.1`,
      'U2,K1,Praktijk,intramed,incident,1,1,phone,2026-03-02T09:00,2026-03-02T10:00,2026.1',
      '',
    ].join('\n'));
    const data = await judgeData({ sla: 'content/sla', tickets, events: null, releases: null });
    expect(data.setAside.map((s) => [s.line, s.reason, s.column])).toEqual([[2, 'unsafe-id', 'client_id']]);
    expect(data.judged.map((j) => j.evaluation.ticket.id)).toEqual(['U2']);
  });
});
