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

  it('names each mistake in Dutch with file, line and field; a misspelt key gets the key meant', () => {
    // misspelt.yaml, by hand: line 4 a zone that does not exist, line 10 text where a niveau (a number) belongs,
    // line 13 "reopen" for "reopens" (one letter off). zod's own text was "Unrecognized key(s) in object: 'reopen'".
    const file = 'test/fixtures/mappings/misspelt.yaml';
    let problems: string[] = [];
    try {
      loadMappingFile(file);
    } catch (e) {
      problems = (e as Error).message.split('\n').slice(1);
    }
    expect(problems).toEqual([
      `  - ${file}:4: timeZone: onbekende tijdzone "Europe/Amsterdm"; bedoelt u "Europe/Amsterdam"?`,
      `  - ${file}:10: fields.niveau.map.Urgent: verwacht een getal, gekregen tekst`,
      `  - ${file}:13: fields.reopen: onbekende sleutel; bedoelt u "reopens"?`,
    ]);
  });

  it('a JSON mapping that is not JSON names the line in Dutch', () => {
    // broken.json, by hand: line 4 lacks the comma before "fields" on line 5; the parser notices on line 5.
    expect(() => loadMappingFile('test/fixtures/mappings/broken.json')).toThrow(/broken\.json: ongeldige mapping:\n {2}- test\/fixtures\/mappings\/broken\.json: regel 5, kolom \d+: geen geldige JSON: /);
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
