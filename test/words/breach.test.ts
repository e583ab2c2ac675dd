// One line per breached storing (the client PDF's summary), worded from the model's figures.
import { describe, expect, it } from 'vitest';
import { breachLineText, streeftijdWithClock } from '../../src/words/index.ts';
import type { Minutes } from '../../src/report/model.ts';

const m = (n: number) => n as Minutes;

describe('breachLineText', () => {
  it('says what, how late and why, with the wait for the client left out', () => {
    // 2 werkdagen came to 16 dienstvenster hours for this storing (960 min); hersteltijd 19 u 12 min (1152 min)
    // after 2 u 5 min (125 min) of waiting for the client was left out: 1152 - 960 = 192 min = 3 u 12 min late.
    const line = breachLineText({
      id: 'X1', type: 'incident', judgedPriority: 2, streeftijd: '2 werkdagen', measure: 'dienstvenster',
      hersteltijdMinutes: m(1152), targetMinutes: m(960), marginMinutes: null, minutesLate: m(192), waitingMinutes: m(125),
    });
    expect(line).toBe('X1, incident niveau 2: 3 u 12 min te laat. Hersteltijd 19 u 12 min tegen de streeftijd 2 werkdagen (16 u); 2 u 5 min wachten op de klant telt niet mee.');
  });

  it('"1 à 2 maanden": late against the end of the margin, in calendar days', () => {
    // Registered 5 January, margin to 5 March: 59 days (84,960 min); resolved a minute after: 1 min late.
    const line = breachLineText(
      { id: 'B1', type: 'bug', judgedPriority: 2, streeftijd: '1 à 2 maanden', measure: 'kalender', hersteltijdMinutes: m(84961), targetMinutes: m(44640), marginMinutes: m(84960), minutesLate: m(1), waitingMinutes: m(0) },
      'Intramed',
    );
    expect(line).toBe('B1, bug niveau 2 (Intramed): 1 min te laat. Hersteltijd 59 d 0 u tegen het einde van de marge van 1 à 2 maanden (59 d 0 u); geen wachttijd op de klant.');
  });

  it('names the clock time of a streeftijd only when it says something the words do not', () => {
    expect(streeftijdWithClock({ streeftijd: '4 uur', targetMinutes: m(240), measure: 'dienstvenster' })).toBe('4 uur (4 u)');
    expect(streeftijdWithClock({ streeftijd: '1 werkdag', targetMinutes: m(720), measure: 'dienstvenster' })).toBe('1 werkdag (12 u)');
    expect(streeftijdWithClock({ streeftijd: 'Volgende halfjaarlijkse update', targetMinutes: null, measure: 'kalender' })).toBe('Volgende halfjaarlijkse update');
  });
});
