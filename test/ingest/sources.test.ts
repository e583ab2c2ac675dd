// A file no mapping fits is named with the first cells of its header. A header is
// data: a cell may carry a terminal escape sequence or a direction override, or
// run to megabytes. Hand-made header of 11 cells: the message shows the first 8,
// each written out and cut to 40 characters.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleShort } from '../../src/ingest/visible.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { cli } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'sources-'));
const file = join(dir, 'onbekend.csv');
// Cell 1 clears a terminal (ESC [2J), cell 2 turns the reading direction (U+202E), cell 3 is 100 characters.
writeFileSync(file, `Naam\u001b[2J,Kolom\u202eB,${'L'.repeat(100)},d,e,f,g,h,i,j,k\n1,2,3,4,5,6,7,8,9,10,11\n`);
// Cells 1-8 shown, then "...": the ESC and U+202E as \uXXXX, the long cell as 39 L's and "…".
const SHOWN = `geen mapping past bij de kop (Naam\\u001b[2J, Kolom\\u202eB, ${'L'.repeat(39)}…, d, e, f, g, h, ...); voeg er een toe in data/mappings/`;

describe('a header no mapping fits', () => {
  it('is quoted with its cells written out and cut', async () => {
    await expect(judgeData({ sla: 'content/sla', tickets: null, exports: [file] })).rejects.toThrow(SHOWN);
  });

  it('reaches the terminal without an escape sequence or direction character', () => {
    const r = cli(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(SHOWN);
    expect(r.stderr).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('visibleShort', () => {
  it('keeps a short value whole and cuts a long one by characters, never inside a pair', () => {
    expect(visibleShort('K1003', 40)).toBe('K1003');
    // 50 emoji (two UTF-16 units each): 39 of them and "…".
    expect(visibleShort('😀'.repeat(50), 40)).toBe(`${'😀'.repeat(39)}…`);
    expect(visibleShort('😀'.repeat(40), 40)).toBe('😀'.repeat(40));
  });
});
