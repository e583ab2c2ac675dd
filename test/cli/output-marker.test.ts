// Removing a folder the product made (cli/output-marker.ts) never follows a link: given a
// link, only the link goes; a link inside the folder goes as a link. What it points to stays.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, removeOwnFolder, writeMarker } from '../../src/cli/output-marker.ts';

const dir = mkdtempSync(join(tmpdir(), 'sla-marker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder with the marker and one page: what a build leaves. */
function ownFolder(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  writeMarker(folder);
  writeFileSync(join(folder, 'index.html'), '<!doctype html>\n');
  return folder;
}

describe('removing a folder the product made', () => {
  it('removes the folder and everything in it', () => {
    const folder = ownFolder('eigen');
    removeOwnFolder(folder);
    expect(existsSync(folder)).toBe(false);
  });

  it('given a link to such a folder: removes the link only; the folder keeps every file', () => {
    const folder = ownFolder('doel');
    const link = join(dir, 'doel-koppeling');
    symlinkSync(folder, link);
    removeOwnFolder(link);
    expect(() => lstatSync(link)).toThrow();
    expect(readdirSync(folder).sort()).toEqual([OUTPUT_MARKER, 'index.html']);
  });

  it('a link inside the folder is removed as a link: the folder it points to keeps its files', () => {
    const outside = join(dir, 'buiten');
    mkdirSync(outside);
    writeFileSync(join(outside, 'notities.txt'), 'eigen aantekeningen\n');
    const folder = ownFolder('met-koppeling');
    symlinkSync(outside, join(folder, 'koppeling'));
    removeOwnFolder(folder);
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(outside)).toEqual(['notities.txt']);
  });

  it('a link pointing nowhere is removed; a missing path is no error', () => {
    const link = join(dir, 'nergens');
    symlinkSync(join(dir, 'bestaat-niet'), link);
    removeOwnFolder(link);
    expect(() => lstatSync(link)).toThrow();
    expect(() => removeOwnFolder(join(dir, 'bestaat-niet'))).not.toThrow();
  });
});
