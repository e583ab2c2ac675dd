// What a list opened from a count says it shows (src/words/counts.ts), and the count tokens the
// links carry (src/report/count-sets.ts). Sentences written out by hand.
import { describe, expect, it } from 'vitest';
import { countToken, parseCountToken } from '../../src/report/count-sets.ts';
import { countPhrase, filterWords, listSentence } from '../../src/words/index.ts';

describe('a list says what it shows', () => {
  it('"28 storingen geregistreerd in november 2025, Intramed, incident, niveau 2"', () => {
    const filters = [filterWords('product', 'Intramed'), filterWords('soort', 'Incident'), filterWords('niveau', '2')];
    expect(listSentence(28, countPhrase('geregistreerd', '2025-11'), filters)).toBe('28 storingen geregistreerd in november 2025, Intramed, incident, niveau 2');
  });

  it('one storing, a count of the whole period, thousands with a separator', () => {
    expect(listSentence(1, countPhrase('buiten', null), [])).toBe('1 storing opgelost buiten streeftijd');
    expect(listSentence(1234, countPhrase('open-begin', '2026-06'), [])).toBe('1.234 storingen open aan het begin van juni 2026');
  });
});

describe('count tokens', () => {
  it('read back as written, with and without a month; anything else is none', () => {
    expect(countToken('open-einde-te-laat', '2026-05')).toBe('open-einde-te-laat-2026-05');
    expect(parseCountToken('open-einde-te-laat-2026-05')).toEqual({ kind: 'open-einde-te-laat', month: '2026-05' });
    expect(parseCountToken('open-einde')).toEqual({ kind: 'open-einde', month: null });
    expect(parseCountToken('niveau1-telefonisch-2025-11')).toEqual({ kind: 'niveau1-telefonisch', month: '2025-11' });
    expect(parseCountToken('alles-2026-05')).toBeNull();
    expect(parseCountToken('<script>')).toBeNull();
  });
});
