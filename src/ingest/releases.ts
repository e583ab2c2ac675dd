// Reads data/releases.csv (version, date, half_yearly): the releases that fix
// niveau 3 bugs ("volgende halfjaarlijkse update", 4.6) and count for 3.4.
import { basename } from 'node:path';
import { daysFromCivil } from '../engine/civil.ts';
import type { Release } from '../engine/contract.ts';
import { streamCsv } from './csv.ts';
import { DataError } from './data-error.ts';
import type { SetAsideRecord } from './set-aside.ts';
import { visible } from './visible.ts';

export async function readReleases(path: string): Promise<{ releases: Release[]; setAside: SetAsideRecord[]; rows: number }> {
  const file = basename(path);
  const releases: Release[] = [];
  const setAside: SetAsideRecord[] = [];
  const { rows, header } = await streamCsv(path, ({ fields, line }, head) => {
    const get = (c: string) => (fields[head.indexOf(c)] ?? '').trim();
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(get('date'));
    const half = get('half_yearly').toLowerCase();
    if (!get('version')) setAside.push({ file, line, column: 'version', value: '', reason: 'missing-value', message: 'versie ontbreekt', scope: 'release' });
    else if (!date) setAside.push({ file, line, column: 'date', value: visible(get('date')), reason: 'bad-date', message: `datum niet te lezen: "${visible(get('date'))}"`, scope: 'release' });
    else if (!['true', 'false', 'ja', 'nee'].includes(half)) {
      setAside.push({ file, line, column: 'half_yearly', value: visible(half), reason: 'bad-boolean', message: `half_yearly moet true of false zijn: "${visible(half)}"`, scope: 'release' });
    } else {
      releases.push({ version: get('version'), dayNumber: daysFromCivil(+date[1], +date[2], +date[3]), halfYearly: half === 'true' || half === 'ja' });
    }
  });
  for (const c of ['version', 'date', 'half_yearly']) {
    if (!header.includes(c)) throw new DataError(file, `verplichte kolom ontbreekt in de kop: ${c}`);
  }
  return { releases, setAside, rows };
}
