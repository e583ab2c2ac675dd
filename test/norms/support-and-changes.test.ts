// 4.4/4.7: phone only in the dienstvenster, e-mail acknowledged, niveau 1 by phone;
// 6.3: a refused change request is reported to the client without delay.
import { describe, expect, it } from 'vitest';
import { changeFindings } from '../../src/norms/changes.ts';
import { supportWindowFindings } from '../../src/norms/support-windows.ts';
import { compileContract } from '../../src/engine/contract.ts';
import { at, contractWith, ticket } from '../support/fixture.ts';

const calendar = compileContract(contractWith()).calendar;
/** The niveau in the tickets file; a test that needs a judged niveau of its own passes its own. */
const finalNiveau = (t: { niveau: 1 | 2 | 3 }) => t.niveau;

describe('support windows', () => {
  it('a phone registration on Tuesday 17:00 (closed) is an anomaly, 16:59 is not', () => {
    const f = supportWindowFindings([
      ticket({ id: 'P1', registered: '2026-03-03 17:00' }),
      ticket({ id: 'P2', registered: '2026-03-03 16:59' }),
      ticket({ id: 'P3', registered: '2026-04-27 10:00' }), // Koningsdag
    ], calendar, finalNiveau);
    expect(f.phoneOutsideWindow.map((t) => t.id)).toEqual(['P1', 'P3']);
  });

  it('counts e-mail requests without an automatic acknowledgement and niveau 1 storingen not reported by phone', () => {
    const f = supportWindowFindings([
      ticket({ id: 'E1', channel: 'email', niveau: 2, registered: '2026-03-03 22:00', events: [['acknowledged', '2026-03-03 22:00']] }),
      ticket({ id: 'E2', channel: 'email', niveau: 1, registered: '2026-03-03 22:00' }),
      ticket({ id: 'M1', channel: 'monitoring', niveau: 1, product: 'intramed-online', registered: '2026-03-03 03:00' }),
    ], calendar, finalNiveau);
    expect(f.emailTotal).toBe(2);
    expect(f.emailWithoutAcknowledgement.map((t) => t.id)).toEqual(['E2']);
    expect(f.niveau1NotByPhone.map((t) => t.id)).toEqual(['E2']);
  });

  it('niveau 1 not by phone goes by the judged niveau (4.7), not the final one', () => {
    // J1 ends at niveau 3 but is judged at 1; J2 ends at niveau 1 but is judged at 3.
    const judged: Record<string, 1 | 2 | 3> = { J1: 1, J2: 3 };
    const f = supportWindowFindings([
      ticket({ id: 'J1', channel: 'email', niveau: 3, registered: '2026-03-03 10:00' }),
      ticket({ id: 'J2', channel: 'email', niveau: 1, registered: '2026-03-03 10:00' }),
    ], calendar, (t) => judged[t.id]);
    expect(f.niveau1NotByPhone.map((t) => t.id)).toEqual(['J1']);
  });
});

describe('change requests (art. 6)', () => {
  const asOf = at('2026-06-01 00:00');
  const change = (id: string, events: Parameters<typeof ticket>[0]['events']) => ticket({ id, type: 'change', niveau: 3, registered: '2026-03-02 09:00', events });

  it.each([
    ['no decision recorded', change('W1', []), 'geen-besluit', null],
    ['accepted', change('W2', [['change_decision', '2026-03-04 10:00', 'accepted']]), 'geaccepteerd', null],
    // decided Wednesday 4 March 10:00; 2 werkdagen: Thursday, Friday -> by Friday 6 March 17:00
    ['refused Wednesday, client told Friday 16:59', change('W3', [['change_decision', '2026-03-04 10:00', 'refused'], ['client_informed', '2026-03-06 16:59']]), 'afgewezen-tijdig-gemeld', '2026-03-06 17:00'],
    ['refused Wednesday, client told Monday 08:00', change('W4', [['change_decision', '2026-03-04 10:00', 'refused'], ['client_informed', '2026-03-09 08:00']]), 'afgewezen-te-laat-gemeld', '2026-03-06 17:00'],
    ['refused, never told', change('W5', [['change_decision', '2026-03-04 10:00', 'refused']]), 'afgewezen-niet-gemeld', '2026-03-06 17:00'],
  ] as const)('%s', (_n, t, outcome, informBy) => {
    const [f] = changeFindings([t], calendar, 2, asOf);
    expect(f.outcome).toBe(outcome);
    expect(f.informBy).toBe(informBy === null ? null : at(informBy));
  });
});
