// PDF/A for the reports (ISO 19005-2, part 2, conformance a: tagged, Unicode text,
// language). pdfkit writes the identification, the sRGB output intent and XMP
// metadata; its XMP however names the Creator as producer, leaves out the
// modification date and puts the title, author and subject in unescaped, which breaks
// the XML for a client name with "&" and would not match the info dictionary as
// PDF/A requires (6.6.2.3). The reports write their own XMP description instead.
import type { Doc } from './layout.ts';

export const PDFA_PART = 'PDF/A-2a';

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** XMP dates as the info dictionary has them (pdfkit writes dates in UTC, to the second). */
const xmpDate = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

interface Info {
  Title?: string;
  Author?: string;
  Subject?: string;
  Creator?: string;
  Producer?: string;
  CreationDate?: Date;
  ModDate?: Date;
}

/** The XMP description of the info dictionary, every value escaped. */
export function infoXmp(info: Info): string {
  const e = (v: string | undefined) => escapeXml(v ?? '');
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${e(v)}</rdf:li></rdf:Alt>`;
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    info.CreationDate ? `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>` : '',
    info.ModDate ? `<xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>` : '',
    info.Creator ? `<xmp:CreatorTool>${e(info.Creator)}</xmp:CreatorTool>` : '',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    info.Title ? `<dc:title>${alt(info.Title)}</dc:title>` : '',
    info.Author ? `<dc:creator><rdf:Seq><rdf:li>${e(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    info.Subject ? `<dc:description>${alt(info.Subject)}</dc:description>` : '',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    info.Producer ? `<pdf:Producer>${e(info.Producer)}</pdf:Producer>` : '',
    '</rdf:Description>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Makes the document's XMP repeat its info dictionary exactly (written when the document ends). */
export function archivalMetadata(doc: Doc): void {
  const d = doc as unknown as { _addInfo(): void; appendXML(xml: string): void; info: Info };
  d._addInfo = function addInfo(this: typeof d) {
    this.appendXML(infoXmp(this.info));
  };
}
