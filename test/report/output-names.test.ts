// Every id gets one file/URL name that no other id, and none of the product's own
// names, can take, also where a file system ignores case. Expected names are
// worked out by hand from the scheme in src/report/output-names.ts: a plain id
// (capitals, digits, inner hyphens) stays as it is; anything else is "_" plus each
// character of [a-z0-9-] as it is and every other one as "_<hex code point>_".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierName, MAX_NAME, monthName, nameClashes, outputName, requireDistinctDossierNames, requireDistinctNames, OutputNameError } from '../../src/report/output-names.ts';
import { paths, ticketAnchor } from '../../src/site/paths.ts';

/** The scheme read backwards (short names only): proves that two ids never share a name. */
function decode(name: string): string {
  if (!name.startsWith('_')) return name;
  let id = '';
  for (let i = 1; i < name.length; i++) {
    if (name[i] !== '_') id += name[i];
    else {
      const end = name.indexOf('_', i + 1);
      id += String.fromCodePoint(parseInt(name.slice(i + 1, end), 16));
      i = end;
    }
  }
  return id;
}

describe('output names', () => {
  it.each([
    ['a usual debiteurnummer stays readable', 'K1024', 'K1024'],
    ['a usual complaint id stays readable', 'KL-2025-01', 'KL-2025-01'],
    // m a n a g e m e n t are all kept characters: "_" + the id; never "management".
    ['a client named like the management report', 'management', '_management'],
    // MANAGEMENT is plain but reserved: M=4d A=41 N=4e G=47 E=45 T=54.
    ['the management report in capitals (one file with management.pdf where case is ignored)', 'MANAGEMENT', '__4d__41__4e__41__47__45__4d__45__4e__54_'],
    // C=43 O=4f N=4e: a Windows device name.
    ['a Windows device name', 'CON', '__43__4f__4e_'],
    // K=4b, space=20.
    ['a space', 'K 3000', '__4b__20_3000'],
    // underscore=5f.
    ['an underscore', 'K_3000', '__4b__5f_3000'],
    // ?=3f.
    ['a question mark', 'K?3000', '__4b__3f_3000'],
    // The old page name of "K 3000" is now a name of its own, not that page's.
    ['an id shaped like the old escaped form of K 3000', 'k-4b2033303030', '_k-4b2033303030'],
    ['lower case', 'k2000', '_k2000'],
    ['upper case', 'K2000', 'K2000'],
    // P=50, space=20, M=4d, ü=fc.
    ['a Zendesk organisation with an umlaut', 'Praktijk Müller', '__50_raktijk_20__4d__fc_ller'],
    // ö=f6.
    ['the organisation one letter away', 'Praktijk Möller', '__50_raktijk_20__4d__f6_ller'],
    // L=4c.
    ['complaint id with a space', 'KL 1', '__4b__4c__20_1'],
    ['complaint id with an underscore', 'KL_1', '__4b__4c__5f_1'],
    // -=2d is kept only inside an encoded name; a leading hyphen is not plain.
    ['a leading hyphen', '-K1', '_-_4b_1'],
    // .=2e: "." and ".." never name a folder.
    ['a dot name', '..', '__2e__2e_'],
  ])('%s: %s -> %s', (_what, id, name) => {
    expect(outputName(id)).toBe(name);
    expect(decode(name)).toBe(id);
  });

  it('no two of the reported ids share a name, nor with management.pdf, also when case is ignored', () => {
    const ids = ['management', 'MANAGEMENT', 'Management', 'K 3000', 'K_3000', 'K?3000', 'k-4b2033303030', 'K2000', 'k2000', 'Praktijk Müller', 'Praktijk Möller', 'KL 1', 'KL_1', 'KL-1'];
    const folded = ids.map((id) => outputName(id).toLowerCase());
    expect(new Set(folded).size).toBe(ids.length);
    expect(folded).not.toContain('management');
    expect(nameClashes(ids, ['management'])).toEqual([]);
  });

  it('any id up to the length limit reads back from its name (so no two ids share one), and names differ without case', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme-composite', maxLength: 12 }), { minLength: 2, maxLength: 8 }), (ids) => {
        for (const id of ids) {
          const name = outputName(id);
          if (name.includes('~')) expect(name.length).toBeLessThanOrEqual(MAX_NAME);
          else expect(decode(name)).toBe(id);
        }
        expect(new Set(ids.map((id) => outputName(id).toLowerCase())).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a 300-character debiteurnummer gets a bounded name: its first 40 characters, "~" and 16 hex digits of its hash', () => {
    const id = 'K'.repeat(300);
    const name = outputName(id);
    expect(name).toMatch(/^K{40}~[0-9a-f]{16}$/);
    expect(outputName('K'.repeat(301))).not.toBe(name);
    expect(outputName('K'.repeat(301))).toMatch(/^K{40}~/);
  });

  it('a 133-character complaint id gets a bounded name that never ends inside an escape', () => {
    // KL- then 130 x: "_" "_4b_" "_4c_" "-" and the x's; the first 40 characters hold 4 escape underscores.
    const id = `KL-${'x'.repeat(130)}`;
    expect(outputName(id)).toMatch(new RegExp(`^__4b__4c_-x{30}~[0-9a-f]{16}$`));
    // 38 a's, É (c9), 30 a's: the cut at 40 falls after "_" of "_c9_", so the name keeps only "_" and the 38 a's.
    expect(outputName(`${'a'.repeat(38)}É${'a'.repeat(30)}`)).toMatch(new RegExp(`^_a{38}~[0-9a-f]{16}$`));
    for (const long of [id, 'K'.repeat(300), 'é'.repeat(200)]) expect(outputName(long).length).toBeLessThanOrEqual(MAX_NAME);
  });

  it('a month folder is JJJJ-MM and nothing else', () => {
    expect(monthName('2025-10')).toBe('2025-10');
    for (const bad of ['2025-13', '2025-1', '../2025-10', '2025-10/x', '']) expect(() => monthName(bad)).toThrow();
  });

  it('the site links a client page, its PDF, a complaint and a ticket anchor by the same names', () => {
    expect(paths.client('K 3000')).toBe('/klanten/__4b__20_3000/');
    expect(paths.clientPdf('2025-10', 'k2000')).toBe('/rapporten/2025-10/_k2000.pdf');
    expect(paths.clientPdf('2025-10', 'management')).toBe('/rapporten/2025-10/_management.pdf');
    expect(paths.dossierPdf('KL 1')).toBe('/rapporten/dossiers/__4b__4c__20_1.pdf');
    expect(paths.complaint('KL_1')).toBe('/klachten/__4b__4c__5f_1/');
    // Ticket anchors: "4b2033" (plain) and "K 3" no longer share t-4b2033.
    expect(ticketAnchor('4b2033')).toBe('t-_4b2033');
    expect(ticketAnchor('K 3')).toBe('t-__4b__20_3');
  });

  it('the safety net stops on two ids with one name, naming both (here with the old squashing names)', () => {
    const squash = (id: string) => id.replace(/[^A-Za-z0-9._-]/g, '_');
    const attempt = () => requireDistinctNames('Klantrapporten 2025-10', ['K 3000', 'K?3000', 'K1'], ['management'], squash);
    expect(attempt).toThrow(OutputNameError);
    expect(attempt).toThrow('"K 3000" en "K?3000" krijgen dezelfde bestandsnaam "K_3000"');
    // A client whose squashed name is the management report's, and case-only differences.
    expect(nameClashes(['Management'], ['management'], squash)).toEqual([{ ids: ['management', 'Management'], name: 'Management' }]);
    expect(nameClashes(['K2000', 'k2000'], [], squash)).toEqual([{ ids: ['K2000', 'k2000'], name: 'k2000' }]);
    // A repeated id is a clash too (one file for two dossiers).
    expect(nameClashes(['KL-2', 'KL-2'])).toEqual([{ ids: ['KL-2', 'KL-2'], name: 'KL-2' }]);
  });
});

describe('dossier names: a complaint\'s, or <client>_<from>_<to> without a complaint', () => {
  const ready = (clientId: string) => ({ kind: 'zonder-klacht' as const, clientId, from: '2025-01-01', to: '2025-03-31' });
  const complaint = (complaintId: string) => ({ kind: 'klacht' as const, complaintId });

  it('names each as the dossier command names its file', () => {
    expect(dossierName(complaint('KL-1'))).toBe('KL-1');
    expect(dossierName(ready('K1024'))).toBe('K1024_2025-01-01_2025-03-31');
    // k2000 is encoded as _k2000, then the period follows.
    expect(dossierName(ready('k2000'))).toBe('_k2000_2025-01-01_2025-03-31');
  });

  it('a complaint id spelled like a ready dossier\'s name gets another name: its "_" is written as _5f_', () => {
    expect(dossierName(complaint('K1024_2025-01-01_2025-03-31'))).toBe('__4b_1024_5f_2025-01-01_5f_2025-03-31');
    expect(dossierName(complaint('k2000_2025-01-01_2025-03-31'))).toBe('_k2000_5f_2025-01-01_5f_2025-03-31');
    const refs = [ready('K1024'), ready('k2000'), complaint('K1024_2025-01-01_2025-03-31'), complaint('k2000_2025-01-01_2025-03-31'), complaint('K1024')];
    expect(() => requireDistinctDossierNames('Dossiers', refs)).not.toThrow();
  });

  it('no complaint id takes a ready dossier\'s name (random ids, case ignored)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ minLength: 1, maxLength: 80 }), (complaintId, clientId) => {
        expect(dossierName(complaint(complaintId)).toLowerCase()).not.toBe(dossierName(ready(clientId)).toLowerCase());
      }),
    );
  });

  it('two dossiers with one name stop the build, naming both', () => {
    expect(() => requireDistinctDossierNames('Dossiers', [complaint('KL-1'), complaint('KL-1')])).toThrow(/"KL-1" en "KL-1" krijgen dezelfde bestandsnaam "KL-1"/);
  });
});
