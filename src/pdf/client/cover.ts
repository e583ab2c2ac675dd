// Cover block of the client report: who reports to whom (the Leverancier per
// product as the contract names it, with its logo from content), about what and when.
import { formatDate, monthName, periodText, formatDateTime } from '../../words/index.ts';
import { COLOR, FONT, keyValues, left, contentWidth, TYPE, type Doc } from '../layout.ts';
import { logoRow } from '../logo.ts';
import type { ClientContext } from './context.ts';

export function cover(doc: Doc, ctx: ClientContext): void {
  const { client, view, month } = ctx;
  const products = view.sla.products.filter((p) => client.products.includes(p.id));
  const names = [...new Set(products.map((p) => p.leverancier))];
  logoRow(doc, names.flatMap((n) => view.sla.leveranciers.find((l) => l.name === n)?.logoFile ?? []));
  const monthInfo = view.months.find((m) => m.month === month);
  doc.font(FONT.bold).fontSize(TYPE.title).fillColor(COLOR.text).text(`Servicerapportage ${monthName(month)}`, left(doc), doc.y, { width: contentWidth(doc) });
  doc.font(FONT.regular).fontSize(TYPE.body).fillColor(COLOR.muted).text('Hersteltijden van storingen getoetst aan de streeftijden uit de Service Level Agreement', { width: contentWidth(doc) });
  doc.moveDown(1);
  const contract = view.sla;
  keyValues(doc, [
    [names.length === 1 ? 'Leverancier' : 'Leveranciers', products.map((p) => `${p.leverancier} (voor ${p.name})`).join('; ')],
    ['Klant', client.name],
    ['Debiteurnummer', client.id],
    [products.length === 1 ? 'Product' : 'Producten', products.map((p) => p.name).join(', ')],
    ['Periode', monthInfo && !monthInfo.complete ? `${periodText(month)} (stand per ${formatDateTime(monthInfo.asOf)})` : periodText(month)],
    ['Rapportdatum', formatDate(view.asOf)],
    ['Contract', `${contract.title}, versie ${contract.version} (geldig vanaf ${formatDate(contract.validFrom)})`],
  ]);
}
