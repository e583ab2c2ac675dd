// Progress lines appear on a terminal only, with count, rate and time left.
import { describe, expect, it } from 'vitest';
import { progress } from '../../src/pdf/progress.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progress', () => {
  it('stays quiet when stderr is not a terminal (CI, pipes)', () => {
    const s = stream(false);
    const p = progress(100, 'Rapporten', s.stream);
    p.tick(50);
    p.tick(100);
    p.finish();
    expect(s.written).toEqual([]);
  });

  it('shows count, rate and time left on a terminal', () => {
    const s = stream(true);
    let now = 0;
    const p = progress(100, 'Rapporten 2025-12', s.stream, () => now);
    now = 10_000;
    p.tick(40);
    expect(s.written.at(-1)).toContain('Rapporten 2025-12: 40/100 (4/s, nog 15 s)');
    p.finish();
    expect(s.written.at(-1)).toBe('\r\x1b[K');
  });
});
