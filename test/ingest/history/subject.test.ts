// A ticket's subject read from saved API pages: only when the history mapping names
// it (`fields.subject`, here Jira's `fields.summary`), cleaned as an export's is
// (src/ingest/subject.ts). The shipped Jira mapping (data/mappings/jira-api.yaml)
// names none; the same mapping with `subject: { path: fields.summary }` added reads it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeData } from '../../../src/pipeline/judge-data.ts';
import { jiraIssue, pageFolder } from './pages.ts';

function mappingFolder(extra: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sla-history-mapping-'));
  writeFileSync(join(dir, 'jira-api.yaml'), readFileSync('data/mappings/jira-api.yaml', 'utf8') + extra);
  return dir;
}

const issue = (key: string, summary: string | undefined) => {
  const i = jiraIssue(key, '2026-03-02T09:00:00.000+0100', 'Done', [{ at: '2026-03-02T10:00:00.000+0100', items: [{ field: 'status', from: 'Open', to: 'Done' }] }]);
  if (summary !== undefined) (i.fields as Record<string, unknown>).summary = summary;
  return i;
};

describe('subjects from a Jira search page', async () => {
  const pages = pageFolder({ 'search-1.json': { issues: [issue('SD-1', 'Kassa\r\nweigert\u200b pin'), issue('SD-2', ''), issue('SD-3', undefined)] } });
  const subjects = async (mappings: string) => {
    const data = await judgeData({ sla: 'content/sla', tickets: null, exports: [pages], releases: null, mappings }, '2026-04-01');
    return Object.fromEntries(data.judged.map(({ record }) => [record.ticket.id, record.subject]));
  };

  it('are read, cleaned, when the mapping names the field', async () => {
    // "Kassa<CR LF>weigert<zero-width space> pin": the line break a space, the zero-width space dropped; empty or absent: none.
    expect(await subjects(mappingFolder('  subject: { path: fields.summary }\n'))).toEqual({ 'SD-1': 'Kassa weigert pin', 'SD-2': undefined, 'SD-3': undefined });
  });

  it('are never read by the shipped mapping, which names no subject', async () => {
    expect(await subjects('data/mappings/jira-api.yaml')).toEqual({ 'SD-1': undefined, 'SD-2': undefined, 'SD-3': undefined });
  });

  it('a subject field with both a path and a custom field is refused with a Dutch message', async () => {
    const bad = mappingFolder('  subject: { path: fields.summary, customField: 5 }\n');
    await expect(subjects(bad)).rejects.toThrow(/fields\.subject.*geef precies één van "path" of "customField"/s);
  });
});
