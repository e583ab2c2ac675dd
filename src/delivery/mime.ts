// The message as MIME bytes, built by nodemailer: the .eml in the outbox is exactly
// what --send hands to the SMTP server, so what a person reviewed is what leaves.
// Exactly one attachment: the client's PDF. The bytes follow from the fields, the
// PDF, the message id and the date alone (the MIME boundary is derived from the
// message id, not drawn at random), so --send can build a message again and find
// out whether it still equals the one reviewed.
import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { MessageFields } from './compose.ts';

export interface BuiltMessage {
  /** The whole message, headers and body (RFC 5322), with CRLF line ends as SMTP sends them. */
  eml: Buffer;
  messageId: string;
  envelope: { from: string; to: string[] };
}

const builder = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** "<2025-11.K1024.3f9a1c2b7e41.1@intramed.nl>": month, client, the PDF's hash and which send of it this is. */
export function messageIdFor(fields: Pick<MessageFields, 'month' | 'clientId' | 'from'>, pdfSha256: string, sendNumber: number): string {
  const domain = fields.from.address.split('@')[1];
  const client = fields.clientId.replace(/[^A-Za-z0-9_-]/g, (c) => `=${c.codePointAt(0)!.toString(16)}`);
  return `<${fields.month}.${client}.${pdfSha256.slice(0, 12)}.${sendNumber}@${domain}>`;
}

export async function buildMessage(fields: MessageFields, pdf: Buffer, messageId: string, date: Date): Promise<BuiltMessage> {
  const info = await builder.sendMail({
    from: { name: fields.from.name, address: fields.from.address },
    replyTo: fields.replyTo,
    to: fields.to,
    cc: fields.cc.length ? fields.cc : undefined,
    subject: fields.subject,
    text: fields.text,
    messageId,
    date,
    attachments: [{ filename: fields.attachmentName, content: pdf, contentType: 'application/pdf' }],
    headers: { 'Content-Language': 'nl' },
    baseBoundary: createHash('sha256').update(messageId).digest('hex').slice(0, 16),
  } as Parameters<typeof builder.sendMail>[0]);
  const eml = info.message as Buffer;
  return { eml, messageId, envelope: { from: fields.from.address, to: uniqueAddresses([...fields.to, ...fields.cc]) } };
}

/** Each address once (an address in both email and cc, in any case, is one recipient), in the order written. */
export function uniqueAddresses(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
