// Mapping files: the shipped ones are valid, an invalid one names file and field,
// and an export is matched to its mapping by its header.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/ingest/data-error.ts';
import { loadMappingFile, loadMappings, MappingError, pickMapping } from '../../src/ingest/mapping-load.ts';

describe('mappings', () => {
  const shipped = loadMappings('data/mappings');

  it('ships valid mappings for Zendesk, Jira Service Management and TOPdesk', () => {
    expect(shipped.map((m) => m.mapping.name)).toEqual(['Jira Service Management CSV', 'TOPdesk incidentexport', 'Zendesk ticketexport']);
  });

  it('an invalid mapping stops with the file and the field', () => {
    expect(() => loadMappingFile('test/fixtures/mappings/invalid.yaml')).toThrow(MappingError);
    expect(() => loadMappingFile('test/fixtures/mappings/invalid.yaml')).toThrow(/invalid\.yaml: ongeldige mapping:\n {2}- test\/fixtures\/mappings\/invalid\.yaml:9: fields\.niveau\.map\.Urgent: mag hoogstens 3 zijn/);
  });

  it('picks the mapping whose detect columns are all in the header', () => {
    expect(pickMapping(['Issue key', 'Issue Type', 'Created', 'Resolved', 'Updated', 'Priority', 'Component/s', 'Custom field (Organizations)', 'Custom field (Channel)', 'Comment', 'Comment'], shipped, 'x.csv')?.mapping.name).toBe('Jira Service Management CSV');
    expect(pickMapping(['what', 'ever'], shipped, 'x.csv')).toBeNull();
  });

  it('a header that fits a mapping but lacks one of its columns stops, naming the column', () => {
    expect(() => pickMapping(['Issue key', 'Issue Type', 'Created', 'Resolved'], shipped, 'x.csv')).toThrow(DataError);
    expect(() => pickMapping(['Issue key', 'Issue Type', 'Created', 'Resolved'], shipped, 'x.csv')).toThrow(/Custom field \(Organizations\)/);
  });
});
