// The message for one client, composed from the report model, the contact and the
// Leveranciers' content: the sender is the Leverancier of the contact's product
// (SLA art. 1: Intramed BV for Intramed, Convenient BV for Intramed Online), the
// subject is the PDF's title, the text carries the PDF summary's month sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import { composeMessage, senderFor, SenderError } from '../../src/delivery/compose.ts';
import type { EarlierMessage } from '../../src/words/index.ts';
import { contact, fixture, MONTH, type Fixture } from './support.ts';

let f: Fixture;
beforeAll(async () => {
  f = await fixture();
});

function messageFor(clientId: string, product: 'intramed' | 'intramed-online', earlier: EarlierMessage | null = null) {
  const client = f.model.clients.find((c) => c.id === clientId)!;
  const { leverancier, sender } = senderFor(f.model, f.leveranciers.leveranciers, f.leveranciers.file, product);
  return composeMessage({ model: f.model, client, month: MONTH, contact: contact(clientId, { product }), leverancier, sender, attachmentName: `servicerapportage-${MONTH}-${clientId}.pdf`, earlier });
}

const HOURS = 'telefonisch maandag en donderdag 08:00–20:00 uur, dinsdag, woensdag en vrijdag 08:00–17:00 uur; per e-mail 24 uur per dag, 365 dagen per jaar';

describe('composeMessage', () => {
  it('Intramed Online: from Convenient BV, with the month in the PDF summary\'s words and whom to contact', () => {
    const m = messageFor('K2', 'intramed-online');
    expect(m.from).toEqual({ name: 'Convenient BV', address: 'helpdesk@intramed.nl' });
    expect(m.replyTo).toBe('helpdesk@intramed.nl');
    expect(m.to).toEqual(['praktijk.k2@example.org']);
    expect(m.subject).toBe('Servicerapportage november 2025 – Praktijk Zuid (K2)');
    // P-G: one niveau-1 incident, Wed 12 Nov 10:00-11:00, well within 1 werkdag; resolved before its
    // status update was due (half the streeftijd), which counts as on time.
    expect(m.text).toBe(
      [
        'Geachte klant,',
        '',
        'In de bijlage vindt u de servicerapportage over november 2025 voor Praktijk Zuid (debiteurnummer K2): de hersteltijden van uw storingen, getoetst aan de streeftijden uit de SLA.',
        '',
        'In november 2025: 1 storing geregistreerd. De herstelde storing is binnen de streeftijd hersteld (100%). Statusupdates: 1 van de 1 op tijd.',
        '',
        'Heeft u vragen over deze rapportage? Neem dan contact op met de helpdesk.',
        `Helpdesk van Convenient BV (artikel 4.2, 4.4): telefoon 0182 - 62 11 21, e-mail helpdesk@intramed.nl; ${HOURS}.`,
        '',
        'Met vriendelijke groet,',
        '',
        'Convenient BV',
        'via de helpdesk van Intramed',
        '',
      ].join('\n'),
    );
  });

  it('Intramed: from Intramed BV; the headline of a month with a breach and an open storing', () => {
    const m = messageFor('K1', 'intramed');
    expect(m.from).toEqual({ name: 'Intramed BV', address: 'helpdesk@intramed.nl' });
    // P-A..P-F registered, P-A..P-E resolved, P-D over its streeftijd (and without a status update); P-F open.
    expect(m.text).toContain('\nIn november 2025: 6 storingen geregistreerd. Van de 5 storingen zijn er 4 binnen de streeftijd hersteld (80%). Statusupdates: 4 van de 5 op tijd. Aan het eind van de maand stond er nog 1 storing open.\n');
    expect(m.text).toContain('\nMet vriendelijke groet,\n\nde helpdesk van Intramed BV\n');
  });

  it('a message that replaces an earlier version says so, in the subject and the text', () => {
    const m = messageFor('K2', 'intramed-online', { at: '2025-12-03T09:15:00.000Z', changed: true, uncertain: false });
    expect(m.subject).toBe('Servicerapportage november 2025 – Praktijk Zuid (K2) (vervangt eerdere versie)');
    expect(m.text).toContain('Dit bericht vervangt de rapportage over november 2025 die wij u op 03-12-2025 10:15 stuurden: de rapportage is sindsdien bijgewerkt. Gebruikt u voortaan deze versie.');
  });

  it('the same report sent again on request (--opnieuw --klant), also after a delivery that may not have arrived, says it is the same', () => {
    // 09:15 UTC on 3 December 2025 is 10:15 in Amsterdam (CET, UTC+1).
    const m = messageFor('K2', 'intramed-online', { at: '2025-12-03T09:15:00.000Z', changed: false, uncertain: false });
    expect(m.subject).toBe('Servicerapportage november 2025 – Praktijk Zuid (K2) (opnieuw verzonden)');
    expect(m.text).toContain('\n\nWij sturen u de rapportage over november 2025 opnieuw; de inhoud is gelijk aan die van ons eerdere bericht van 03-12-2025 10:15. Heeft u dat bericht al ontvangen, dan kunt u dit bericht negeren.\n\n');
    const uncertain = messageFor('K2', 'intramed-online', { at: '2025-12-03T09:15:00.000Z', changed: false, uncertain: true });
    expect(uncertain.text).toContain('\n\nWij sturen u de rapportage over november 2025 opnieuw: van ons bericht van 03-12-2025 10:15 weten wij niet zeker of het is aangekomen. Heeft u dat bericht al ontvangen, dan kunt u dit bericht negeren.\n\n');
    const replaced = messageFor('K2', 'intramed-online', { at: '2025-12-03T09:15:00.000Z', changed: true, uncertain: true });
    expect(replaced.text).toContain('Dit bericht vervangt de rapportage over november 2025 die wij u op 03-12-2025 10:15 probeerden te sturen: de rapportage is sindsdien bijgewerkt.');
  });

  it('a Leverancier without sender details stops the run, naming file and line', () => {
    const leveranciers = f.leveranciers.leveranciers.map((l) => ({ ...l, sender: l.name === 'Convenient BV' ? null : l.sender }));
    expect(() => senderFor(f.model, leveranciers, f.leveranciers.file, 'intramed-online')).toThrow(
      new SenderError('content/leveranciers.yaml:28: Convenient BV: sender ontbreekt (afzender van de rapportmails: fromName, fromAddress, signature)'),
    );
    expect(senderFor(f.model, leveranciers, f.leveranciers.file, 'intramed').sender.fromName).toBe('Intramed BV');
  });
});
