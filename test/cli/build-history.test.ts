// `build` from status histories alone prints the same two reconciliations as `check`: the
// tickets and the status history's changes, each "sluitend". Counted by hand from the sample
// pages (data/exports/zendesk-api, data/exports/jira-api):
// - tickets: the Zendesk ticket page holds 10300, 10302, 10305, 10306 (4), the Jira search page
//   SD-1201, SD-1204, SD-1205 (3): 7 read, all judged.
// - changes (status and priority, also those set at creation): Zendesk event page 1: 10300
//   create status + priority, to open, to solved (4); 10302 create 2, to open, to solved, back to
//   open (5); 10305 create 2 (2); 10306 create 2, to open (3) = 14; page 2: 10305 to pending (1),
//   10306 to pending, to open + priority, to solved (4), 10302 to solved (1) = 6. Jira: SD-1201 2,
//   SD-1204 4, SD-1205 4 status + 1 priority = 5. 14 + 6 + 2 + 4 + 5 = 31, none read twice.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { cliAsync, scratchDir } from '../support/small-build.ts';

const HISTORIES = ['--export', 'data/exports/zendesk-api', '--export', 'data/exports/jira-api'];
const TICKETS = 'Aansluiting: 7 gelezen = 7 beoordeeld + 0 apart gezet + 0 samengevoegd: sluitend';
const CHANGES = 'Aansluiting statusgeschiedenis: 31 wijzigingen gelezen = 31 bij tickets + 0 dubbel gelezen + 0 bij apart gezette tickets + 0 apart gezet: sluitend';

let parent: string;
beforeAll(() => {
  parent = scratchDir('build-history');
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('the reconciliation of a status history', () => {
  it('check prints it', () => {
    const r = cli(['check', ...HISTORIES]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(TICKETS);
    expect(r.stdout).toContain(CHANGES);
  });

  it('build prints it on standard error, beside the tickets\' reconciliation', async () => {
    const r = await cliAsync(['build', ...HISTORIES, '--out', join(parent, 'dist')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(TICKETS);
    expect(r.stderr).toContain(CHANGES);
  });
});
