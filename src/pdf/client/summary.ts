// Summary in plain Dutch: the month in the shared summary sentences (as the site
// and the management report word them), one line per breach (what, how
// late, why), 4.6's incident figures, then per product, kind and niveau a table
// of streeftijd, aantal, binnen and buiten. Counts only: the contract sets a
// streeftijd per storing and no share, so nothing is graded against a percentage.
import type { Cell, TicketRow } from '../../report/model.ts';
import { breachLineText, clientReportText, kindName, monthName, monthSummaryText, overWeekText, percentText, sameDayText } from '../../words/index.ts';
import { bullet, heading, paragraph, type Doc } from '../layout.ts';
import { drawTable, type Column } from '../table.ts';
import type { ClientContext } from './context.ts';

function breachLines(doc: Doc, ctx: ClientContext): void {
  const breaches = ctx.clientMonth.breaches.map((id) => ctx.tickets.get(id)).filter((t): t is TicketRow => t !== undefined);
  if (breaches.length === 0) return;
  paragraph(doc, breaches.length === 1 ? 'Deze storing is buiten de streeftijd hersteld:' : `Deze ${breaches.length} storingen zijn buiten de streeftijd hersteld:`, { bold: true });
  const manyProducts = ctx.client.products.length > 1;
  for (const t of breaches) bullet(doc, `✗ ${breachLineText(t, manyProducts ? ctx.productName(t.product) : null)}`);
}

export function summary(doc: Doc, ctx: ClientContext): void {
  const { clientMonth, view } = ctx;
  const t = clientMonth.total;
  heading(doc, 'Samenvatting');
  paragraph(doc, monthSummaryText(monthName(ctx.month), t));
  breachLines(doc, ctx);
  // 4.6's incident distribution: figures beside the contract's "circa" words, no verdict.
  const d = view.sla.incidentDistribution;
  if (t.incidentsResolved > 0) paragraph(doc, `${sameDayText(t, d.sameDayShare, percentText)} ${overWeekText(t, d.maxOneWeekShare, percentText)}`);
  const report = clientReportText(t, percentText);
  if (report) {
    const late = clientMonth.clientReportsLate;
    paragraph(doc, late.length ? `${report} Niet op tijd gerapporteerd: ${late.join(', ')}.` : report);
  }
}

/** Per product, kind and niveau: the streeftijd in full and the month's counts. */
export function cellsTable(doc: Doc, ctx: ClientContext): void {
  heading(doc, 'Per product, soort en niveau');
  const cells = ctx.clientMonth.cells;
  if (cells.length === 0) {
    paragraph(doc, 'In deze maand waren er geen storingen.');
    return;
  }
  const columns: Column<Cell>[] = [
    { header: 'Product', width: 0.14, value: (c) => ctx.productName(c.product), wrap: true },
    { header: 'Soort', width: 0.09, wrap: true, value: (c) => kindName[c.type] },
    { header: 'Niveau', width: 0.08, wrap: true, value: (c) => String(c.niveau) },
    { header: 'Streeftijd', width: 0.24, value: (c) => c.streeftijd ?? '–', wrap: true },
    { header: 'Geregistreerd', wrap: true, width: 0.15, align: 'right', value: (c) => String(c.registered) },
    { header: 'Hersteld', wrap: true, width: 0.1, align: 'right', value: (c) => String(c.resolved) },
    { header: 'Binnen', wrap: true, width: 0.1, align: 'right', value: (c) => String(c.met) },
    { header: 'Buiten', wrap: true, width: 0.1, align: 'right', value: (c) => String(c.breached), alert: (c) => c.breached > 0 },
  ];
  drawTable(doc, columns, cells);
  paragraph(
    doc,
    'Hersteld: in deze maand hersteld en getoetst aan de streeftijd; binnen en buiten tellen die storingen. De SLA geeft een streeftijd per storing en geen percentage (artikel 4.6), dus er is geen oordeel over een aandeel.',
    { muted: true, size: 8 },
  );
}
