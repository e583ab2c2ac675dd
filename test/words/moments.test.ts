// A storing's clock moments in words (words/moments.ts): the site's dossier timeline
// and the PDF dossier read the same sentences. Tickets judged by the bundled contract
// (dienstvenster Mon and Thu 08:00-20:00, Tue, Wed and Fri 08:00-17:00), read as the
// report model's row (its moments, in time order).
import { describe, expect, it } from 'vitest';
import type { TicketRow } from '../../src/report/model.ts';
import { clockMoments } from '../../src/words/index.ts';
import { rowOf } from '../support/model.ts';

const texts = (t: TicketRow) => clockMoments(t).map((m) => `${m.at.slice(11, 16)} ${m.text}`);

describe('clock moments', () => {
  it('phoned inside the dienstvenster: the clock starts at registration; resolved 2 h 30 min later', () => {
    // Intramed Online incident niveau 1, "4 uur": Tue 3 Mar 2026 09:00, clock 09:00, half (2 h) at 11:00,
    // deadline 13:00; update 10:45 (on time), resolved 11:30: 150 min = "2 u 30 min". Resolved that day: no report due.
    const t = rowOf({ product: 'intramed-online', registered: '2026-03-03 09:00', resolved: '2026-03-03 11:30',
      events: [['status_update', '2026-03-03 10:45'], ['resolved', '2026-03-03 11:30']] });
    expect(texts(t)).toEqual([
      '09:00 Geregistreerd (telefonisch gemeld)',
      '09:00 Klok gestart',
      '10:45 Statusupdate gegeven (op tijd)',
      '11:00 Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)',
      '11:30 Hersteld; hersteltijd 2 u 30 min',
      '13:00 Deadline: streeftijd (4 uur) verstreken',
    ]);
  });

  it('e-mailed at night: the clock starts at the next opening; a wait for the client still runs at the peildatum', () => {
    // Mon 2 Mar 22:10 (closed since 20:00): the clock starts Tue 08:00. Waits 08:30-08:45 and from 09:00, still
    // running at the peildatum Tue 12:00, ending there: 45 min consumed. The status update (2 h) is then due
    // 75 min after 12:00 = 13:15, the deadline (4 h) 195 min after = 15:15; the report to the client at Tuesday's
    // close, 17:00 (this product's reading of 4.6).
    const t = rowOf({ product: 'intramed-online', channel: 'email', registered: '2026-03-02 22:10',
      events: [['waiting_start', '2026-03-03 08:30'], ['waiting_end', '2026-03-03 08:45'], ['waiting_start', '2026-03-03 09:00']] }, '2026-03-03 12:00');
    expect(texts(t)).toEqual([
      '22:10 Geregistreerd (per e-mail gemeld)',
      '08:00 Klok gestart (eerstvolgende opening van het dienstvenster)',
      '08:30 Wachten op de klant begonnen (klok staat stil)',
      '08:45 Wachten op de klant beëindigd (klok loopt weer)',
      '09:00 Wachten op de klant begonnen (klok staat stil)',
      '12:00 Wachten op de klant loopt nog op de peildatum',
      '12:00 Peildatum: nog niet hersteld',
      '13:15 Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)',
      '15:15 Deadline: streeftijd (4 uur) verstreken',
      expect.stringMatching(/^17:00 Rapportage aan de klant uiterlijk/),
    ]);
  });

  it('a "1 à 2 maanden" bug resolved, reopened and resolved again, with the end of its margin', () => {
    // Calendar time from the registration, Thu 1 Jan 2026 10:00. Resolved 5 Jan 10:00, reopened 6 Jan 10:00 (a day
    // not counted), resolved 16 Jan 12:00: 15 d 2 h - 1 d = 14 d 2 h = "14 d 2 u". One month = 31 days from 1 Jan,
    // plus the day resolved: deadline 2 Feb 10:00; two months = 59 days: margin end 2 Mar 10:00; half of 31 days
    // = 15 d 12 h, plus the day: status update due 17 Jan 22:00.
    const t = rowOf({ type: 'bug', niveau: 2, channel: 'portal', registered: '2026-01-01 10:00', resolved: '2026-01-16 12:00',
      events: [['resolved', '2026-01-05 10:00'], ['reopened', '2026-01-06 10:00'], ['resolved', '2026-01-16 12:00']] });
    expect(clockMoments(t).map((m) => `${m.at.slice(0, 16)} ${m.text}`)).toEqual([
      '2026-01-01T10:00 Geregistreerd (via het portaal gemeld)',
      '2026-01-01T10:00 Klok gestart',
      '2026-01-05T10:00 Hersteld gemeld',
      '2026-01-06T10:00 Heropend (klok loopt weer)',
      '2026-01-16T12:00 Hersteld; hersteltijd 14 d 2 u',
      '2026-01-17T22:00 Statusupdate uiterlijk (helft van de streeftijd, artikel 4.6)',
      '2026-02-02T10:00 Deadline: streeftijd (1 à 2 maanden) verstreken',
      '2026-03-02T10:00 Einde marge (1 à 2 maanden): daarna buiten de streeftijd',
    ]);
  });
});
