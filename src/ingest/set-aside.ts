// A data row or ticket that could not be judged: where it came from, what was
// wrong with it (a stable reason code), and a sentence a manager understands.
export interface SetAsideRecord {
  file: string;
  line: number;
  column?: string;
  value?: string;
  reason: string;
  ticketId?: string;
  message: string;
  /** What the row was: a ticket row (counts in read = judged + set aside + merged), an event row or a release row. */
  scope?: 'ticket' | 'event' | 'release' | 'complaint' | 'backup' | 'page' | 'contact';
}

/** Dutch explanation of each reason code, for the CLI and the site. */
export const reasonText: Record<string, string> = {
  'unknown-value': 'onbekende waarde',
  'unsafe-id': 'debiteurnummer bevat een schuine streep, stuurteken of is een puntnaam',
  'control-character': 'nummer bevat een stuurteken (zoals NUL, ESC of een regeleinde)',
  'invisible-character': 'nummer bevat een onzichtbaar teken, een leesrichtingsteken of een afwijkende spatie (zoals U+200B, U+202E of U+00A0), waardoor het op een ander nummer kan lijken',
  'bad-period': 'periode eindigt vóór het begin',
  'plan-before-discussion': 'plan van aanpak geleverd zonder bespreking',
  'text-too-long': 'tekst is langer dan toegestaan (klachttekst: 1.000 tekens)',
  'wrong-column-count': 'rij heeft een ander aantal kolommen dan de kop',
  'truncated-row': 'bestand houdt midden in deze rij op (afgebroken export)',
  'row-too-long': 'rij is langer dan 16 miljoen tekens en wordt niet gelezen',
  'unterminated-quote': 'aanhalingsteken wordt niet gesloten',
  'malformed-quotes': 'aanhalingstekens staan verkeerd in een veld',
  'excel-scientific-id': 'nummer is door Excel afgerond tot wetenschappelijke notatie (bijv. 1.03006E+13); het echte nummer is niet meer te achterhalen',
  'bad-number': 'geen geldig getal',
  'missing-column': 'verplichte kolom ontbreekt in de kop',
  'missing-value': 'verplicht veld is leeg',
  'duplicate-id': 'nummer komt vaker voor in hetzelfde bestand',
  'id-mixed-script': 'klacht- of debiteurnummer met letters uit een ander schrift: leest als een ander nummer',
  'unknown-product': 'onbekend product (verwacht intramed of intramed-online, of een waarde uit de mapping)',
  'unknown-type': 'onbekende soort melding (verwacht incident, bug, question of change, of een waarde uit de mapping)',
  'unknown-niveau': 'onbekend storingsniveau (verwacht 1, 2 of 3, of een waarde uit de mapping)',
  'unknown-channel': 'onbekend kanaal (verwacht phone, email, portal of monitoring, of een waarde uit de mapping)',
  'bad-date': 'datum/tijd niet te lezen',
  'date-without-time': 'datum zonder tijdstip; middernacht zou een verzonnen moment zijn',
  'nonexistent-local-time': 'tijdstip bestaat niet in Nederlandse tijd (zomertijdsprong)',
  'unknown-event': 'onbekende gebeurtenis',
  'unknown-decision': 'onbekend besluit over een wijzigingsverzoek (verwacht accepted of refused)',
  'unknown-ticket': 'gebeurtenis bij een onbekend ticket',
  'invalid-event': 'ticket heeft een ongeldige gebeurtenis',
  'resolved-before-registered': 'opgelost vóór de registratie',
  'event-before-registration': 'gebeurtenis vóór de registratie',
  'overlapping-waits': 'wachttijden overlappen elkaar',
  'wait-end-without-start': 'einde wachttijd zonder begin',
  'wait-never-ends': 'wachttijd loopt nog bij de oplossing',
  'reopened-while-open': 'heropend terwijl het ticket niet opgelost was',
  'resolved-twice': 'twee keer opgelost zonder heropening ertussen',
  'resolution-mismatch': 'oplostijd in gebeurtenissen wijkt af van het ticketbestand',
  'wait-while-resolved': 'wachttijd begint terwijl het ticket opgelost was',
  'niveau-mismatch': 'laatste niveauwijziging wijkt af van het definitieve niveau in het ticketbestand',
  'niveau-unknown-at-resolution': 'niveau alleen na het eerste herstel gewijzigd en het niveau daarvóór is onbekend (geen eerdere wijziging, geen niveau van de klant)',
  'no-contract-in-force': 'geregistreerd vóór de eerste SLA-versie',
  'outside-supported-period': 'datum buiten de ondersteunde periode (1970-2199)',
  'registered-after-as-of': 'geregistreerd na de peildatum',
  'beyond-data-period': 'tijdstip ligt meer dan een jaar na de rest van de gegevens (tikfout in het jaar?)',
  'before-data-period': 'datum ligt meer dan een jaar vóór de rest van de gegevens (tikfout in het jaar?)',
  'invalid-page': 'paginabestand is geen geldige JSON (afgebroken of beschadigd)',
  'unknown-status': 'onbekende status (staat niet in de mapping bij wachten op de klant, opgelost of overige)',
  'status-history-gap': 'statusgeschiedenis sluit niet aan: een statuswijziging ontbreekt',
  'history-incomplete': 'statusgeschiedenis is onvolledig: de huidige status van het ticket volgt er niet uit',
  'history-truncated': 'wijzigingsgeschiedenis is afgekapt (niet alle wijzigingen staan in de pagina)',
  'invalid-address': 'geen geldig e-mailadres',
  'unknown-client': 'debiteurnummer komt niet voor in de data',
  'unknown-organization': 'organisatie van het ticket staat in geen enkele pagina',
};
