// The end-of-run summary of `sla-rapport verzend`, in Dutch: counts per outcome, and per
// client what failed (with the server's reason), changed, may have arrived, differs from
// the reviewed dry run, has no contact (and why) or opted out.
import { describe, expect, it } from 'vitest';
import { deliverySummary, type DeliveryRowWords } from '../../src/words/index.ts';

const row = (client: string, status: DeliveryRowWords['status'], note = '', replaces = false): DeliveryRowWords => ({ client, name: `Praktijk ${client}`, status, note, replaces });

describe('deliverySummary', () => {
  it('a send run: sent (one again with --opnieuw), skipped, changed, failed with the reason, no contact, opted out', () => {
    const rows = [
      row('K1', 'verzonden'),
      row('K2', 'verzonden', 'vervangt de versie verzonden op 03-12-2025 10:15 (--opnieuw)', true),
      row('K3', 'al verzonden'),
      row('K4', 'gewijzigd', 'gewijzigd sinds verzending op 03-12-2025 10:15; opnieuw versturen met --opnieuw'),
      row('K5', 'mislukt', '451 Tijdelijk niet beschikbaar (3 pogingen)'),
      row('K6', 'geen contact', 'geen regel in het contactenbestand'),
      row('K7', 'afgemeld', 'opt_out: ja'),
      row('K8', 'onzeker', 'verbinding verbroken'),
      row('K9', 'gewijzigd sinds proefrun', 'de PDF verschilt van de proefrun'),
    ];
    expect(deliverySummary('2025-11', rows, false)).toEqual([
      'Verzending november 2025: 9 klanten met een rapport',
      '  verzonden: 2 (waarvan 1 opnieuw, met --opnieuw)',
      '  overgeslagen, al verzonden: 1',
      '  overgeslagen, gewijzigd sinds verzending: 1 (hoe opnieuw te versturen staat per klant)',
      '    K4 Praktijk K4: gewijzigd sinds verzending op 03-12-2025 10:15; opnieuw versturen met --opnieuw',
      '  niet verstuurd, anders dan in de proefrun: 1 (maak een nieuwe proefrun en bekijk die)',
      '    K9 Praktijk K9: de PDF verschilt van de proefrun',
      '  onzeker, mogelijk aangekomen: 1 (niet opnieuw verstuurd)',
      '    K8 Praktijk K8: verbinding verbroken',
      '  mislukt: 1',
      '    K5 Praktijk K5: 451 Tijdelijk niet beschikbaar (3 pogingen)',
      '  geen contact: 1',
      '    K6 Praktijk K6: geen regel in het contactenbestand',
      '  afgemeld: 1',
      '    K7 Praktijk K7',
    ]);
  });

  it('a dry run counts what is ready and says nothing was sent', () => {
    expect(deliverySummary('2025-11', [row('K1', 'klaar'), row('K2', 'geweigerd', 'de PDF is van een andere klant (K3), niet van K2')], true)).toEqual([
      'Verzending november 2025 (proefrun: niets verstuurd; bekijk de berichten en verstuur ze dan met --send): 2 klanten met een rapport',
      '  klaar om te versturen: 1',
      '  overgeslagen, al verzonden: 0',
      '  mislukt: 0',
      '  geen contact: 0',
      '  afgemeld: 0',
      '  geweigerd (PDF niet van deze klant): 1',
      '    K2 Praktijk K2: de PDF is van een andere klant (K3), niet van K2',
    ]);
  });
});
