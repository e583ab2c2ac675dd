// The month's storingen of one client: registered or resolved in the month, or
// open at its end (with the time left as of the month's end).
import type { OpenAtEnd, TicketRow } from '../../report/model.ts';
import { formatDateTime, durationText, openTimeText, kindName, labelText, monthName, statusLabel, yesNoText } from '../../words/index.ts';
import { heading, paragraph, type Doc } from '../layout.ts';
import { drawTable, type Column } from '../table.ts';
import type { ClientContext } from './context.ts';

interface Row {
  t: TicketRow;
  open: OpenAtEnd | undefined;
  resolvedInMonth: boolean;
}

function result(r: Row): string {
  if (r.open) return labelText(statusLabel(r.open.status, r.open.withinMargin, r.open.atRisk));
  if (!r.resolvedInMonth) return r.t.resolvedMonth ? `hersteld ${r.t.resolvedMonth}` : labelText(statusLabel('open'));
  return labelText(statusLabel(r.t.status, r.t.withinMargin));
}

function hersteltijd(r: Row): string {
  if (r.open) return openTimeText(r.open);
  if (!r.resolvedInMonth) return '–';
  return durationText(r.t.hersteltijdMinutes, r.t.measure);
}


/** Judged at a niveau other than the Leverancier's definitive one (4.7: changed after the first resolution). */
const judgedOtherwise = (t: TicketRow) => t.judgedPriority !== t.priority;

/** "1/3", or "1/3 (1)" when judged at niveau 1: client / definitief, and the judged niveau where it differs. */
function niveauCell(t: TicketRow): string {
  const pair = `${t.reportedPriority ?? '–'}/${t.priority}`;
  return judgedOtherwise(t) ? `${pair} (${t.judgedPriority})` : pair;
}

/** "N1: niveau volgens klant 1, definitief niveau 3, beoordeeld op niveau 1 …" for each storing judged otherwise. */
function judgedNiveauNotes(rows: Row[]): string[] {
  return rows
    .filter((r) => judgedOtherwise(r.t))
    .map(({ t }) => `${t.id}: niveau volgens klant ${t.reportedPriority ?? '–'}, definitief niveau ${t.priority}, beoordeeld op niveau ${t.judgedPriority} (het niveau bij het eerste herstel, met de streeftijd van dat niveau).`);
}

export function storingenTable(doc: Doc, ctx: ClientContext): void {
  const open = new Map(ctx.clientMonth.openAtEnd.map((o) => [o.id, o]));
  const rows: Row[] = ctx.clientMonth.tickets
    .map((id) => ctx.tickets.get(id))
    .filter((t): t is TicketRow => t !== undefined)
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt, 'nl') || a.id.localeCompare(b.id, 'nl'))
    .map((t) => ({ t, open: open.get(t.id), resolvedInMonth: t.resolvedMonth === ctx.month }));
  const manyProducts = ctx.client.products.length > 1;
  const columns: Column<Row>[] = [
    { header: 'Ticket', width: 0.125, value: (r) => r.t.id },
    { header: 'Geregistreerd', width: 0.15, value: (r) => formatDateTime(r.t.registeredAt) },
    ...(manyProducts ? [{ header: 'Product', width: 0.1, value: (r: Row) => ctx.productName(r.t.product) }] : []),
    { header: 'Soort', width: 0.08, value: (r) => kindName[r.t.type] },
    { header: 'Niv. k/d', width: 0.09, value: (r) => niveauCell(r.t) },
    { header: 'Hersteltijd', width: 0.12, align: 'right', value: hersteltijd },
    { header: 'Streeftijd', width: manyProducts ? 0.1 : 0.2, value: (r) => r.t.streeftijd ?? '–' },
    { header: 'Resultaat', width: 0.155, value: result, alert: (r) => r.open?.status === 'open-breached' || (r.resolvedInMonth && r.t.status === 'breached') },
    { header: 'Update', width: 0.08, value: (r) => yesNoText(r.t.statusUpdateMet) },
  ];
  heading(doc, `Storingen in ${monthName(ctx.month)}`);
  if (rows.length === 0) {
    paragraph(doc, 'In deze maand waren er geen storingen.');
    return;
  }
  drawTable(doc, columns, rows);
  paragraph(
    doc,
    'Hersteltijd: tijd op de klok van het contract (binnen het dienstvenster bij streeftijden in uren en werkdagen). Bij open storingen: de resterende tijd aan het eind van de maand. Niv. k/d: niveau volgens klant / definitief niveau van de Leverancier; tussen haakjes het niveau waarop de storing is beoordeeld, als dat afwijkt: het niveau bij het eerste herstel, want een wijziging daarna verandert het oordeel niet (artikel 4.7, lezing van deze rapportage). Streeftijd en resultaat horen bij het beoordeelde niveau. Update: statusupdate op tijd gegeven (ja/nee), of niet te beoordelen (–).',
    { muted: true, size: 8 },
  );
  for (const note of judgedNiveauNotes(rows)) paragraph(doc, note, { muted: true, size: 8 });
}
