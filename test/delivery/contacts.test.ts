// data/contacts.csv: every row becomes a contact or is set aside with file, line,
// column and reason in Dutch; a debiteurnummer not in the data is set aside too.
// Input: test/fixtures/delivery/contacts-bad.csv, one problem per line from line 3.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownContacts, readContacts } from '../../src/delivery/contacts.ts';
import { EMAIL_ADDRESS } from '../../src/contract/leveranciers.ts';
import { root } from '../support/cli.ts';
import { tempDir } from '../pdf/support.ts';

const file = join(root, 'test/fixtures/delivery/contacts-bad.csv');

describe('contacts.csv', () => {
  it('reads a good row: several addresses split on ";", cc, opt-out and product', async () => {
    const read = await readContacts(file);
    expect(read.items[0]).toEqual({
      clientId: 'K1',
      name: 'Fysiotherapie Zoë',
      to: ['praktijk.k1@example.org', 'eigenaar.k1@example.org'],
      cc: ['administratie.k1@example.com'],
      optOut: false,
      product: 'intramed',
      line: 2,
    });
  });

  it('sets aside every bad row with file, line, column and reason; nothing is lost', async () => {
    const read = await readContacts(file);
    const { contacts, setAside } = knownContacts(read, new Map(['K1', 'K2', 'K3', 'K4', 'K5', 'K6'].map((k) => [k, ['intramed', 'intramed-online']])));
    expect(setAside.map((r) => `${r.file}:${r.line}: ${r.reason}: ${r.message}`)).toEqual([
      // K1 is on lines 2 and 5: neither row counts, so K1 has no contact.
      'contacts-bad.csv:2: duplicate-id: debiteurnummer staat op meer regels: "K1" (geen van die regels telt)',
      'contacts-bad.csv:3: invalid-address: geen geldig e-mailadres in kolom email: "praktijk.k2@example" (verwacht naam@domein.nl, meerdere gescheiden door ;)',
      'contacts-bad.csv:4: unknown-client: debiteurnummer komt niet voor in de data: "K9"',
      'contacts-bad.csv:5: duplicate-id: debiteurnummer staat al op een eerdere regel: "K1"',
      'contacts-bad.csv:6: invalid-address: geen geldig e-mailadres in kolom cc: "geen adres" (verwacht naam@domein.nl, meerdere gescheiden door ;)',
      'contacts-bad.csv:7: unknown-value: onbekende waarde in kolom opt_out: "misschien" (verwacht ja of nee)',
      'contacts-bad.csv:8: missing-value: verplicht veld email is leeg',
      'contacts-bad.csv:9: unknown-value: onbekende waarde in kolom product: "intramed-cloud" (verwacht intramed, intramed-online)',
      'contacts-bad.csv:10: wrong-column-count: rij heeft een ander aantal kolommen dan de kop',
      'contacts-bad.csv:11: invalid-address: geen geldig e-mailadres in kolom email: "Praktijk K7 <praktijk.k7@example.org>" (verwacht naam@domein.nl, meerdere gescheiden door ;)',
    ]);
    expect(contacts.map((c) => c.clientId)).toEqual([]);
    // 10 rows read = 0 contacts + 10 set aside.
    expect(read.rows).toBe(10);
    expect(contacts.length + setAside.length).toBe(read.rows);
  });

  it('a row set aside for a bad cell still counts for its debiteurnummer: a later row of the same client is set aside too', async () => {
    // Line 2: K1 opted out, with a typo in cc; line 3: K1 again, not opted out, an old address. Taking line 3
    // would send the report to a client that opted out.
    const dir = tempDir('sla-contacts-');
    writeFileSync(join(dir, 'contacts.csv'), 'client_id,name,email,cc,opt_out,product\nK1,Praktijk,nieuw.k1@example.org,geen adres,ja,intramed\nK1,Praktijk,oud.k1@example.org,,nee,intramed\n');
    const read = await readContacts(join(dir, 'contacts.csv'));
    const { contacts, setAside, setAsideByClient } = knownContacts(read, new Map([['K1', ['intramed']]]));
    expect(contacts).toEqual([]);
    expect(setAside.map((r) => `${r.line}: ${r.reason}`)).toEqual(['2: invalid-address', '3: duplicate-id']);
    expect(setAsideByClient.get('K1')).toBe('contacts.csv:2: geen geldig e-mailadres in kolom cc: "geen adres" (verwacht naam@domein.nl, meerdere gescheiden door ;)');
  });

  it('a row with a column too many still counts for its debiteurnummer: an opt-out with a comma in the name is not undone by a later row', async () => {
    const dir = tempDir('sla-contacts-');
    writeFileSync(join(dir, 'contacts.csv'), 'client_id,name,email,cc,opt_out,product\nK3,Fysio Smit, Zuid,nieuw.k3@example.org,,ja,intramed\nK3,Fysio Smit,oud.k3@example.org,,nee,intramed\n');
    const read = await readContacts(join(dir, 'contacts.csv'));
    const { contacts, setAside, setAsideByClient } = knownContacts(read, new Map([['K3', ['intramed']]]));
    expect(contacts).toEqual([]);
    expect(setAside.map((r) => `${r.line}: ${r.reason}`)).toEqual(['2: wrong-column-count', '3: duplicate-id']);
    expect(setAsideByClient.get('K3')).toBe('contacts.csv:2: rij heeft een ander aantal kolommen dan de kop');
  });

  it('the same, with the opt-out row (a column too many) after the older row: neither row counts', async () => {
    const dir = tempDir('sla-contacts-');
    writeFileSync(join(dir, 'contacts.csv'), 'client_id,name,email,cc,opt_out,product\nK3,Fysio Smit,oud.k3@example.org,,nee,intramed\nK3,Fysio Smit, Zuid,nieuw.k3@example.org,,ja,intramed\n');
    const read = await readContacts(join(dir, 'contacts.csv'));
    const { contacts, setAside } = knownContacts(read, new Map([['K3', ['intramed']]]));
    expect(contacts).toEqual([]);
    expect(setAside.map((r) => `${r.line}: ${r.reason}`)).toEqual(['2: duplicate-id', '3: wrong-column-count']);
  });

  it('sets aside a contact whose product the client does not have: the product decides the sender', async () => {
    const read = await readContacts(file);
    // K1's row on line 2 (intramed) read alone, for a client that has only Intramed Online in the data.
    const { contacts, setAside } = knownContacts({ ...read, setAside: [] }, new Map([['K1', ['intramed-online']]]));
    expect(contacts).toEqual([]);
    expect(setAside.filter((r) => r.line === 2).map((r) => `${r.line}: ${r.column}: ${r.message}`)).toEqual([
      '2: product: product intramed hoort niet bij deze klant in de data (wel: intramed-online); het product bepaalt de afzender',
    ]);
  });

  it('refuses an address with a leading, trailing or doubled dot in its local part', () => {
    expect(['.a@example.org', 'a.@example.org', 'a..b@example.org'].filter((a) => EMAIL_ADDRESS.test(a))).toEqual([]);
    expect(['a.b@example.org', 'a+b@example.org'].every((a) => EMAIL_ADDRESS.test(a))).toBe(true);
  });

  it('the bundled data/contacts.csv uses only reserved example domains and reads without a row set aside', async () => {
    const read = await readContacts(join(root, 'data/contacts.csv'));
    expect(read.setAside).toEqual([]);
    const domains = new Set(read.items.flatMap((c) => [...c.to, ...c.cc]).map((a) => a.split('@')[1]));
    expect([...domains].sort()).toEqual(['example.com', 'example.org']);
  });
});
