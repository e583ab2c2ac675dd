// A bar chart of the share within streeftijd per month, drawn with pdfkit's
// vector primitives from the model's figures (no raster image). No norm line:
// the contract sets a streeftijd per storing, not a share (4.6). Tagged as a Figure
// whose alt text gives every month's share in words.
import { COLOR, contentWidth, ensureSpace, FONT, left, paragraph, TYPE, type Doc } from './layout.ts';
import { tagged } from './tags.ts';
import { percentText } from '../words/index.ts';

export interface ChartPoint {
  month: string;
  /** Share within streeftijd, null when nothing was resolved that month. */
  share: number | null;
  resolved: number;
}

const HEIGHT = 150;
const AXIS = 30;
const LABELS = 32;
const SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

const monthLabel = (month: string) => `${SHORT[Number(month.slice(5, 7)) - 1]} ${month.slice(2, 4)}`;

/** The chart in words, for the Figure's alt text (what a screen reader reads instead of the bars). */
export function chartAlt(points: ChartPoint[]): string {
  const months = points.map((p) => `${monthLabel(p.month)}: ${p.share === null ? 'geen herstelde storingen' : `${percentText(p.share)} van ${p.resolved} hersteld`}`);
  return `Staafdiagram van het aandeel binnen de streeftijd per maand. ${months.join('; ')}.`;
}

export function shareChart(doc: Doc, points: ChartPoint[]): void {
  ensureSpace(doc, HEIGHT + LABELS + 20);
  tagged(doc, 'Figure', () => bars(doc, points), { alt: chartAlt(points) });
  paragraph(doc, 'Tussen haakjes: het aantal herstelde storingen in de maand.', { muted: true, size: TYPE.small });
  doc.fillColor(COLOR.text);
}

function bars(doc: Doc, points: ChartPoint[]): void {
  const x0 = left(doc) + AXIS;
  const top = doc.y + 6;
  const width = contentWidth(doc) - AXIS;
  const yOf = (share: number) => top + HEIGHT * (1 - share);

  doc.font(FONT.regular).fontSize(TYPE.small).lineWidth(0.5);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    doc.moveTo(x0, yOf(tick)).lineTo(x0 + width, yOf(tick)).strokeColor(COLOR.rule).stroke();
    doc.fillColor(COLOR.muted).text(percentText(tick), left(doc), yOf(tick) - 4, { width: AXIS - 4, align: 'right', lineBreak: false });
  }

  const slot = width / Math.max(points.length, 1);
  points.forEach((p, i) => {
    const x = x0 + i * slot;
    if (p.share !== null) {
      const h = Math.max(HEIGHT * p.share, 0.5);
      doc.rect(x + slot * 0.18, top + HEIGHT - h, slot * 0.64, h).fill(COLOR.bar);
    }
    doc.fillColor(COLOR.text).text(monthLabel(p.month), x, top + HEIGHT + 3, { width: slot, align: 'center', lineBreak: false });
    doc.fillColor(COLOR.muted).text(p.share === null ? '–' : percentText(p.share), x, top + HEIGHT + 12, { width: slot, align: 'center', lineBreak: false });
    doc.text(`(${p.resolved})`, x, top + HEIGHT + 21, { width: slot, align: 'center', lineBreak: false });
  });

  doc.x = left(doc);
  doc.y = top + HEIGHT + LABELS + 4;
}
