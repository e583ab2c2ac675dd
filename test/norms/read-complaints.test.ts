// The complaints file's optional `complaint` column (what the client raised): read
// and validated like the other columns, with file, line and reason for a bad row;
// a file from before the column existed still reads, every complaint without text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_TEXT_MAX, readComplaints } from '../../src/norms/read-norms-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'sla-complaints-'));
const write = (name: string, lines: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};
const HEAD = 'id,client_id,received,period_from,period_to,discussed,plan_delivered,outcome';

describe('the complaint column', () => {
  it('is optional: a file without it reads every row, each without text', async () => {
    const read = await readComplaints(write('old.csv', [HEAD, 'KL-1,K1,2025-12-05,2025-11-01,2025-11-30,,,']));
    expect(read.items.map((c) => [c.id, c.complaintText])).toEqual([['KL-1', null]]);
    expect(read.setAside).toEqual([]);
  });

  it('reads the text as written (quoted, with a comma), an empty cell as none, and writes out a hiding character', async () => {
    const read = await readComplaints(write('new.csv', [
      `${HEAD},complaint`,
      'KL-1,K1,2025-12-05,2025-11-01,2025-11-30,,,,"Storingen op maandag duurden te lang, ook na melding."', // 2
      'KL-2,K1,2025-12-06,2025-11-01,2025-11-30,,,,', // 3: empty
      'KL-3,K1,2025-12-07,2025-11-01,2025-11-30,,,,Trage\u200bafhandeling', // 4: a zero-width space
    ]));
    expect(read.items.map((c) => c.complaintText)).toEqual(['Storingen op maandag duurden te lang, ook na melding.', null, 'Trage\\u200bafhandeling']);
  });

  it(`sets aside a text over ${COMPLAINT_TEXT_MAX} characters, naming line, column and reason in Dutch`, async () => {
    const read = await readComplaints(write('long.csv', [
      `${HEAD},complaint`,
      `KL-1,K1,2025-12-05,2025-11-01,2025-11-30,,,,${'a'.repeat(COMPLAINT_TEXT_MAX)}`, // 2: exactly the limit: read
      `KL-2,K1,2025-12-05,2025-11-01,2025-11-30,,,,${'b'.repeat(COMPLAINT_TEXT_MAX + 1)}`, // 3: one over: set aside
    ]));
    expect(read.items.map((c) => c.id)).toEqual(['KL-1']);
    expect(read.setAside.map((s) => [s.file, s.line, s.column, s.reason])).toEqual([['long.csv', 3, 'complaint', 'text-too-long']]);
    expect(read.setAside[0].message).toBe('klachttekst is langer dan 1.000 tekens, in kolom complaint (een samenvatting volstaat)');
  });
});
