// A storing's clock moments in words (words/moments.ts): the site's dossier timeline
// and the PDF dossier read the same sentences. Hand-made rows; times as the model
// carries them (ISO with offset, in the contract's zone).
import { describe, expect, it } from 'vitest';
import type { TicketRow } from '../../src/report/build-model.ts';
import { clockMoments } from '../../src/words/index.ts';

const base = {
  channel: 'phone', streeftijd: '4 uur', measure: 'dienstvenster', clockStart: null, statusUpdateDue: null, clientReportDue: null,
  deadline: null, marginDeadline: null, resolvedAt: null, hersteltijdMinutes: null, waitingSince: null,
  waits: [], reopenGaps: [], statusUpdates: [], statusUpdatesOnTime: [],
};
const row = (fields: Record<string, unknown>) => ({ ...base, ...fields }) as unknown as TicketRow;
const texts = (t: TicketRow) => clockMoments(t).map((m) => `${m.at.slice(11, 16)} ${m.text}`);

describe('clock moments', () => {
  it('phoned inside the dienstvenster: the clock starts at registration; resolved 2 h 30 min later', () => {
    // Registered 09:00, clock 09:00, resolved 11:30: 150 min = "2 u 30 min" in the dienstvenster.
    const t = row({ registeredAt: '2026-03-03T09:00:00+01:00', clockStart: '2026-03-03T09:00:00+01:00', statusUpdateDue: '2026-03-03T11:00:00+01:00',
      deadline: '2026-03-03T13:00:00+01:00', resolvedAt: '2026-03-03T11:30:00+01:00', hersteltijdMinutes: 150, asOf: '2026-03-31T23:59:00+02:00',
      statusUpdates: ['2026-03-03T10:45:00+01:00'], statusUpdatesOnTime: [true] });
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
    const t = row({ channel: 'email', registeredAt: '2026-03-02T22:10:00+01:00', clockStart: '2026-03-03T08:00:00+01:00',
      asOf: '2026-03-03T12:00:00+01:00', waitingSince: '2026-03-03T09:00:00+01:00',
      waits: [['2026-03-03T08:30:00+01:00', '2026-03-03T08:45:00+01:00'], ['2026-03-03T09:00:00+01:00', '2026-03-03T12:00:00+01:00']] });
    expect(texts(t)).toEqual([
      '22:10 Geregistreerd (per e-mail gemeld)',
      '08:00 Klok gestart (eerstvolgende opening van het dienstvenster)',
      '08:30 Wachten op de klant begonnen (klok staat stil)',
      '08:45 Wachten op de klant beëindigd (klok loopt weer)',
      '09:00 Wachten op de klant begonnen (klok staat stil)',
      '12:00 Wachten op de klant loopt nog op de peildatum',
      '12:00 Peildatum: nog niet hersteld',
    ]);
  });

  it('a "1 à 2 maanden" bug resolved, reopened and resolved again, with the end of its margin', () => {
    // Calendar time: registered 1 Jan 10:00, resolved 16 Jan 12:00 = 15 d 2 h = 21,720 min -> "15 d 2 u".
    const t = row({ channel: 'portal', streeftijd: '1 à 2 maanden', measure: 'kalender', registeredAt: '2026-01-01T10:00:00+01:00',
      clockStart: '2026-01-01T10:00:00+01:00', deadline: '2026-02-01T10:00:00+01:00',
      marginDeadline: '2026-03-01T10:00:00+01:00', reopenGaps: [['2026-01-05T10:00:00+01:00', '2026-01-06T10:00:00+01:00']],
      resolvedAt: '2026-01-16T12:00:00+01:00', hersteltijdMinutes: 21_720, asOf: '2026-03-31T23:59:00+02:00' });
    expect(clockMoments(t).map((m) => m.text)).toEqual([
      'Geregistreerd (via het portaal gemeld)',
      'Klok gestart',
      'Hersteld gemeld',
      'Heropend (klok loopt weer)',
      'Hersteld; hersteltijd 15 d 2 u',
      'Deadline: streeftijd (1 à 2 maanden) verstreken',
      'Einde marge (1 à 2 maanden): daarna buiten de streeftijd',
    ]);
  });
});
