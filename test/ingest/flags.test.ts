// The `flags` of an evaluation carry plain codes, as the README's output contract
// documents them ("ambiguous-local-time"), once per ticket, whichever of its
// timestamps (registration, resolution, an event) fell in the repeated hour.
import { describe, expect, it } from 'vitest';
import { zone } from '../../src/engine/zone.ts';
import { toEvaluationRecord } from '../../src/pipeline/evaluation-record.ts';
import { judgeData } from '../../src/pipeline/judge-data.ts';
import { flagText } from '../../src/report/reconciliation.ts';

describe('flags in the documented plain form', async () => {
  const data = await judgeData(
    { sla: 'content/sla', tickets: 'test/fixtures/canonical/tickets-ambiguous.csv', events: 'test/fixtures/canonical/events-ambiguous.csv', releases: null },
    '2025-11-01',
  );
  const flags = Object.fromEntries(data.judged.map(({ evaluation, record }) => [record.ticket.id, toEvaluationRecord(evaluation, record, data.asOf, zone('Europe/Amsterdam')).flags]));

  it('F1: registered 02:10 and resolved 02:50 on 26 October 2025 (both in the repeated hour): the code once', () => {
    expect(flags.F1).toEqual(['ambiguous-local-time']);
  });

  it('F2: a wait that starts at 02:30 that night: the same plain code, no column or line appended', () => {
    expect(flags.F2).toEqual(['ambiguous-local-time']);
  });

  it('F3: nothing in the repeated hour: no flag', () => {
    expect(flags.F3).toEqual([]);
  });

  it('the site has a Dutch text for the code (the data-quality page lists flags by code)', () => {
    expect(flagText['ambiguous-local-time']).toMatch(/wintertijd/);
  });
});
