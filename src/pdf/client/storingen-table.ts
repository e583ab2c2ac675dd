// The month's storingen of one client: registered or resolved in the month, or
// open at its end (with the time left as of the month's end). On landscape pages,
// every cell wrapping within its column, so nothing is cut; a result is a mark and
// words, never colour alone.
import type { OpenAtEnd, TicketRow } from '../../report/model.ts';
import { deadlineText, formatDateTime, durationText, openTimeText, kindName, labelText, monthName, statusLabel, statusUpdateLabel } from '../../words/index.ts';
import { heading, landscapeSection, paragraph, type Doc } from '../layout.ts';
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

/** "2", "2 → 3" (client's niveau → final niveau), and "*" when judged at another niveau (see the notes). */
function niveauCell(t: TicketRow): string {
  const pair = t.reportedPriority === null || t.reportedPriority === t.priority ? String(t.priority) : `${t.reportedPriority} → ${t.priority}`;
  return judgedOtherwise(t) ? `${pair} *` : pair;
}

/** "* N1: niveau volgens klant 1, definitief niveau 3, beoordeeld op niveau 1 …" for each storing judged otherwise. */
function judgedNiveauNotes(rows: Row[]): string[] {
  return rows
    .filter((r) => judgedOtherwise(r.t))
    .map(({ t }) => `* ${t.id}: niveau volgens klant ${t.reportedPriority ?? '–'}, definitief niveau ${t.priority}, beoordeeld op niveau ${t.judgedPriority} (het niveau bij het eerste herstel, met de streeftijd van dat niveau).`);
}

function columns(ctx: ClientContext): Column<Row>[] {
  const manyProducts = ctx.client.products.length > 1;
  const what = (t: TicketRow) => `${t.id}\n${kindName[t.type]}${manyProducts ? `\n${ctx.productName(t.product)}` : ''}`;
  return [
    { header: 'Ticket', width: 0.1, wrap: true, value: (r) => what(r.t) },
    { header: 'Geregistreerd', width: 0.095, wrap: true, value: (r) => formatDateTime(r.t.registeredAt) },
    { header: 'Niveau klant → definitief', width: 0.07, wrap: true, value: (r) => niveauCell(r.t) },
    { header: 'Streeftijd', width: 0.13, wrap: true, value: (r) => r.t.streeftijd ?? '–' },
    { header: 'Deadline', width: 0.095, wrap: true, value: (r) => deadlineText(r.t) },
    { header: 'Hersteld', width: 0.095, wrap: true, value: (r) => (r.resolvedInMonth ? formatDateTime(r.t.resolvedAt) : '–') },
    { header: 'Hersteltijd', width: 0.1, wrap: true, value: hersteltijd },
    { header: 'Wachten op klant (niet geteld)', width: 0.085, wrap: true, value: (r) => (r.t.waitingMinutes > 0 ? durationText(r.t.waitingMinutes, r.t.measure) : '–') },
    { header: 'Resultaat', width: 0.135, wrap: true, value: result, alert: (r) => r.open?.status === 'open-breached' || (r.resolvedInMonth && r.t.status === 'breached') },
    { header: 'Statusupdate', width: 0.095, wrap: true, value: (r) => statusUpdateLabel(r.t.statusUpdateMet) },
  ];
}

export function storingenTable(doc: Doc, ctx: ClientContext): void {
  const open = new Map(ctx.clientMonth.openAtEnd.map((o) => [o.id, o]));
  const rows: Row[] = ctx.clientMonth.tickets
    .map((id) => ctx.tickets.get(id))
    .filter((t): t is TicketRow => t !== undefined)
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt, 'nl') || a.id.localeCompare(b.id, 'nl'))
    .map((t) => ({ t, open: open.get(t.id), resolvedInMonth: t.resolvedMonth === ctx.month }));
  if (rows.length === 0) {
    heading(doc, `Storingen in ${monthName(ctx.month)}`);
    paragraph(doc, 'In deze maand waren er geen storingen.');
    return;
  }
  landscapeSection(doc, () => {
    heading(doc, `Storingen in ${monthName(ctx.month)}`);
    drawTable(doc, columns(ctx), rows);
    paragraph(
      doc,
      'Hersteltijd: tijd op de klok van het contract (binnen het dienstvenster bij streeftijden in uren en werkdagen), zonder de tijd waarin de Leverancier wachtte op de klant (artikel 1). Bij open storingen: hoe laat, of de resterende tijd, aan het eind van de maand; hersteld staat dan op –. Niveau: het niveau volgens de klant → het definitieve niveau van de Leverancier. Een * betekent dat de storing op een ander niveau is beoordeeld: het niveau bij het eerste herstel, want een wijziging daarna verandert het oordeel niet (artikel 4.7, lezing van deze rapportage). Streeftijd en resultaat horen bij het beoordeelde niveau. Statusupdate: op tijd gegeven (✓) of niet (✗), of niet te beoordelen (–).',
      { muted: true, size: 8 },
    );
    for (const note of judgedNiveauNotes(rows)) paragraph(doc, note, { muted: true, size: 8 });
  });
}
