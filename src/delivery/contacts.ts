// Who receives a client's monthly report: data/contacts.csv, read with the same
// nothing-lost accounting as the other data files (every row becomes a contact or
// is set aside with file, line and reason), then checked against the report's
// clients: an unknown debiteurnummer is set aside too, and a client with a report
// but no contact is listed by the run (run.ts).
import { EMAIL_ADDRESS } from '../contract/leveranciers.ts';
import type { SetAsideRecord } from '../ingest/set-aside.ts';
import { nfc } from '../ingest/look-alike.ts';
import { visible, visibleName } from '../ingest/visible.ts';
import { Cells, readTable, requireOneScript, requireVisibleId, RowProblem, type TableRead } from '../norms/read-norms-data.ts';
import type { ProductId } from '../report/model.ts';

export interface Contact {
  clientId: string;
  /** The practice's name as the contact file writes it, for whoever keeps the file; messages use the name in the data. */
  name: string;
  /** One or more addresses, in the order written. */
  to: string[];
  cc: string[];
  optOut: boolean;
  /** Decides the Leverancier the message comes from (SLA frontmatter products[].leverancier). */
  product: ProductId;
  line: number;
}

export const CONTACT_COLUMNS = ['client_id', 'name', 'email', 'cc', 'opt_out', 'product'] as const;
const PRODUCTS = ['intramed', 'intramed-online'] as const;

/** "a@x.nl; b@x.nl" as addresses; every one must be a bare, valid address. */
function addresses(c: Cells, column: string, required: boolean): string[] {
  const cell = c.text(column, required);
  if (cell === '') return [];
  const list = cell.split(';').map((a) => a.trim());
  for (const a of list) {
    if (!EMAIL_ADDRESS.test(a)) {
      throw new RowProblem(column, a, 'invalid-address', `geen geldig e-mailadres in kolom ${column}: "${visible(a)}" (verwacht naam@domein.nl, meerdere gescheiden door ;)`);
    }
  }
  return list;
}

/** ja/yes or nee/no; an empty cell is nee (the client receives the report). */
function optOut(c: Cells): boolean {
  const v = c.text('opt_out', false).toLowerCase();
  if (v === '' || v === 'nee' || v === 'no') return false;
  if (v === 'ja' || v === 'yes') return true;
  throw new RowProblem('opt_out', v, 'unknown-value', `onbekende waarde in kolom opt_out: "${visible(v)}" (verwacht ja of nee)`);
}

/** The table read, and per line the debiteurnummer it names (also on a row set aside for another of its cells). */
export type ContactsRead = TableRead<Contact> & {
  clientOfLine: ReadonlyMap<number, string>;
  /** Debiteurnummers that a row with a wrong number of columns names a second time (no duplicate-id record for them). */
  doubled: ReadonlySet<string>;
};

export async function readContacts(path: string): Promise<ContactsRead> {
  const seen = new Set<string>();
  const clientOfLine = new Map<number, string>();
  const doubled = new Set<string>();
  const idOf = (c: Cells) => requireOneScript('client_id', requireVisibleId('client_id', nfc(c.text('client_id'))));
  const read = await readTable(path, 'contact', [...CONTACT_COLUMNS], (c, line) => {
    const clientId = idOf(c);
    clientOfLine.set(line, clientId);
    // One row per client: a second one would leave which addresses count to chance. Counted before the row's
    // other cells are checked, so an earlier row set aside for a bad cell still makes this one a duplicate.
    if (seen.has(clientId)) throw new RowProblem('client_id', clientId, 'duplicate-id', `debiteurnummer staat al op een eerdere regel: "${visible(clientId)}"`);
    seen.add(clientId);
    const contact: Contact = {
      clientId,
      name: visibleName(nfc(c.text('name', false))),
      to: addresses(c, 'email', true),
      cc: addresses(c, 'cc', false),
      optOut: optOut(c),
      product: c.oneOf('product', PRODUCTS),
      line,
    };
    return contact;
  }, (fields, header, line) => {
    // A row with a column too many or too few (a comma in a name) still names its client when client_id is the first
    // column: it counts for that debiteurnummer, so another row of the same client, before or after it, is a
    // duplicate and not the contact.
    if (header[0] !== 'client_id') return;
    try {
      const clientId = idOf(new Cells([fields[0] ?? ''], ['client_id']));
      clientOfLine.set(line, clientId);
      if (seen.has(clientId)) doubled.add(clientId);
      seen.add(clientId);
    } catch {
      // No readable id: the row is set aside as it is.
    }
  });
  return { ...read, clientOfLine, doubled };
}

/**
 * Sets aside the contacts of debiteurnummers that are not in the data (a typo would otherwise go unnoticed) and
 * those whose product the client does not have in the data (the product decides the sender, which must be the
 * Leverancier the client's report names).
 */
export function knownContacts(read: ContactsRead, clientProducts: ReadonlyMap<string, readonly string[]>): { contacts: Contact[]; setAside: SetAsideRecord[]; setAsideByClient: Map<string, string> } {
  const setAside = [...read.setAside];
  // A debiteurnummer on two rows: neither row counts (which addresses, opt-out or product hold is not
  // for this program to guess), so the first row is set aside too and the client has no contact.
  const doubled = new Set([...read.setAside.filter((r) => r.reason === 'duplicate-id').map((r) => r.value), ...[...read.doubled].map((id) => visible(id))]);
  const contacts: Contact[] = [];
  for (const contact of read.items) {
    if (doubled.has(visible(contact.clientId))) {
      const value = visible(contact.clientId);
      setAside.push({ file: read.file, line: contact.line, column: 'client_id', value, reason: 'duplicate-id', message: `debiteurnummer staat op meer regels: "${value}" (geen van die regels telt)`, scope: 'contact' });
    } else if (clientProducts.get(contact.clientId)?.includes(contact.product)) contacts.push(contact);
    else if (clientProducts.has(contact.clientId)) {
      const has = clientProducts.get(contact.clientId)!.join(', ');
      setAside.push({ file: read.file, line: contact.line, column: 'product', value: contact.product, reason: 'unknown-value', message: `product ${contact.product} hoort niet bij deze klant in de data (wel: ${has}); het product bepaalt de afzender`, scope: 'contact' });
    } else {
      const value = visible(contact.clientId);
      setAside.push({ file: read.file, line: contact.line, column: 'client_id', value, reason: 'unknown-client', message: `debiteurnummer komt niet voor in de data: "${value}"`, scope: 'contact' });
    }
  }
  setAside.sort((a, b) => a.line - b.line);
  // Which clients lost their contact row, for the run's note on each (a row without a readable id names none).
  const setAsideByClient = new Map<string, string>();
  for (const r of setAside) {
    const client = read.clientOfLine.get(r.line);
    if (client !== undefined && !setAsideByClient.has(client)) setAsideByClient.set(client, `${r.file}:${r.line}: ${r.message}`);
  }
  return { contacts, setAside, setAsideByClient };
}
