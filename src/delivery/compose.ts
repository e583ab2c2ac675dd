// One client's report message as fields: from the Leverancier that serves the
// contact's product (SLA frontmatter products[].leverancier, art. 1 "Leverancier":
// Intramed BV for Intramed, Convenient BV for Intramed Online), to the contact's
// addresses, with the month's summary from the report model. Pure: no clock, no files.
import type { Leverancier, LeverancierSender } from '../contract/leveranciers.ts';
import type { ClientReport, ProductId, ReportModel } from '../report/model.ts';
import { helpdeskLines, monthName, monthSummaryText, reportMessageText, reportSubject, type EarlierMessage } from '../words/index.ts';
import type { Contact } from './contacts.ts';

export interface MessageFields {
  clientId: string;
  month: string;
  from: { name: string; address: string };
  replyTo: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  /** The attachment's file name; its bytes are the client's PDF. */
  attachmentName: string;
}

/** A content problem that stops the run: the Leverancier of a product has no sender details. */
export class SenderError extends Error {}

/** The Leverancier that serves a product, with its sender details. */
export function senderFor(model: Pick<ReportModel, 'sla'>, leveranciers: readonly Leverancier[], file: string | null, product: ProductId): { leverancier: Leverancier; sender: LeverancierSender } {
  const p = model.sla.products.find((x) => x.id === product);
  if (!p) throw new SenderError(`het product ${product} staat niet in de SLA (products)`);
  const leverancier = leveranciers.find((l) => l.name === p.leverancier);
  if (!leverancier) throw new SenderError(`geen gegevens voor ${p.leverancier}, de Leverancier van ${p.name}: ${file ?? 'content/leveranciers.yaml'} ontbreekt of noemt haar niet`);
  if (!leverancier.sender) throw new SenderError(`${leverancier.at}: ${p.leverancier}: sender ontbreekt (afzender van de rapportmails: fromName, fromAddress, signature)`);
  return { leverancier, sender: leverancier.sender };
}

export interface ComposeInput {
  model: Pick<ReportModel, 'sla'>;
  client: ClientReport;
  month: string;
  contact: Contact;
  leverancier: Leverancier;
  sender: LeverancierSender;
  attachmentName: string;
  /** A message of this report that went (or may have gone) to the client before (an --opnieuw send); else null. */
  earlier: EarlierMessage | null;
}

export function composeMessage(input: ComposeInput): MessageFields {
  const { client, month, contact, sender } = input;
  const clientMonth = client.months.find((m) => m.month === month);
  if (!clientMonth) throw new Error(`no month ${month} for client ${client.id}`);
  const helpdesk = input.model.sla.leveranciers.filter((l) => l.name === input.leverancier.name);
  return {
    clientId: client.id,
    month,
    from: { name: sender.fromName, address: sender.fromAddress },
    replyTo: sender.replyTo ?? sender.fromAddress,
    to: contact.to,
    cc: contact.cc,
    subject: reportSubject(month, client.name, client.id, input.earlier),
    text: reportMessageText({
      month,
      clientName: client.name,
      clientId: client.id,
      headline: monthSummaryText(monthName(month), clientMonth.total),
      helpdesk: helpdeskLines(helpdesk),
      signature: sender.signature,
      earlier: input.earlier,
    }),
    attachmentName: input.attachmentName,
  };
}
