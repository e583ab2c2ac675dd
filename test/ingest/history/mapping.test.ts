// Mappings of saved API pages: validated like the CSV mappings (Dutch, with file,
// line and field), told apart from them by their `api` key.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHistoryMappings } from '../../../src/ingest/history/mapping.ts';
import { loadMappings, MappingError } from '../../../src/ingest/mapping-load.ts';

const VALID = `name: Test
api: zendesk
statuses:
  wait: [pending]
  done: [solved]
fields:
  clientId: { organization: name }
  product: { value: intramed }
  type: { value: incident }
  niveau: { path: priority, map: { urgent: 1 } }
  channel: { value: email }
`;

function folderWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sla-history-mapping-'));
  writeFileSync(join(dir, 'test.yaml'), text);
  return dir;
}

describe('history mappings', () => {
  it('the shipped ones load, and only as history mappings', () => {
    expect(loadHistoryMappings('data/mappings').map((m) => [m.mapping.api, m.mapping.statuses.wait])).toEqual([['jira', ['Waiting for customer']], ['zendesk', ['pending']]]);
    expect(loadMappings('data/mappings').map((m) => m.file)).not.toContainEqual(expect.stringMatching(/-api\.yaml$/));
  });

  it('a status in two lists is refused at its line', () => {
    const dir = folderWith(VALID.replace('done: [solved]', 'done: [solved, Pending]'));
    expect(() => loadHistoryMappings(dir)).toThrow(MappingError);
    expect(() => loadHistoryMappings(dir)).toThrow(/test\.yaml:\d+: statuses\.done: status "Pending" staat ook in "wait"/);
  });

  it('an unknown key names the closest known one; a field needs exactly one source', () => {
    expect(() => loadHistoryMappings(folderWith(VALID.replace('statuses:', 'statusses: {}\nstatuses:')))).toThrow(/statusses: onbekende sleutel; bedoelt u "statuses"\?/);
    expect(() => loadHistoryMappings(folderWith(VALID.replace('product: { value: intramed }', 'product: { path: x, customField: 5 }')))).toThrow(/fields\.product: geef precies één van "path", "customField", "organization" of "value"/);
  });
});
