// The machine's time zone and locale change nothing: `evaluate` and a full build under
// three zones with an English locale give identical output. Times come from the contract's
// zone (Europe/Amsterdam) and texts are nl-NL, whatever the machine says.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fixture } from '../support/cli.ts';
import { SMALL_DATA, checksums, cliAsync, scratchDir } from '../support/small-build.ts';

const machines = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((TZ) => ({ TZ, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }));
// A year of tickets across both DST changes, plus one registered in the fall-back hour.
const year = [
  '--tickets', fixture('site/tickets.csv'), '--events', fixture('site/events.csv'), '--releases', fixture('site/releases.csv'),
  '--export', fixture('canonical/tickets-dst.csv'), '--as-of', '2025-12-15T12:00',
];

const dir = scratchDir('sla-time-zone');
afterAll(() => rmSync(dir, { recursive: true, force: true }));


it('evaluate prints the same records in every zone', async () => {
  const runs = await Promise.all(machines.map((env) => cliAsync(['evaluate', ...year, '--format', 'json'], env)));
  // Exit 1: the fixture's tickets registered after the as-of moment are set aside, in every zone alike.
  expect(runs.map((r) => r.status)).toEqual([1, 1, 1]);
  expect(JSON.parse(runs[0].stdout).length).toBeGreaterThan(900);
  for (const r of runs.slice(1)) expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: runs[0].stdout, stderr: runs[0].stderr });
  expect(runs[0].stdout).toContain('+01:00');
  expect(runs[0].stdout).toContain('+02:00');
});

it('a full build writes the same bytes in every zone', async () => {
  const build = async (env: Record<string, string>, i: number) => {
    const out = join(dir, `zone-${i}`);
    const r = await cliAsync(['build', ...SMALL_DATA, '--out', out], env);
    if (r.status !== 0) throw new Error(`build under TZ=${env.TZ} failed (${r.status}):\n${r.stderr}`);
    return checksums(out);
  };
  // The first build alone refreshes Astro's shared caches; the others can then overlap.
  const first = await build(machines[0], 0);
  const others = await Promise.all(machines.slice(1).map((env, i) => build(env, i + 1)));
  for (const sums of others) expect(sums).toEqual(first);
});
