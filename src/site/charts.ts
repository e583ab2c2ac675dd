// The numbers each chart draws, taken from the report model as they are (the
// chart's table shows the same ones): the 12-month trend per niveau (no norm
// line: the contract sets a streeftijd per storing, not a share), and a month's
// hersteltijd distribution against the streeftijd.
import type { MonthReport, ReportModel } from '../report/model.ts';
import { formatMonthShort, kindNamePlural } from '../words/index.ts';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

export interface ChartData {
  labels: string[];
  series: ChartSeries[];
}

/** Share within streeftijd per niveau per month. */
export function trendChart(months: MonthReport[]): ChartData {
  return {
    labels: months.map((m) => formatMonthShort(m.month)),
    series: [
      ...([1, 2, 3] as const).map((niveau) => ({
        label: `Niveau ${niveau}`,
        values: months.map((m) => m.breakdown.byNiveau.find((b) => b.niveau === niveau)!.total.shareMet),
      })),
    ],
  };
}

/** Bucket labels: "≤ 25%", "25–50%", ..., "> 200%" of the streeftijd. */
export function bucketLabels(bounds: readonly number[]): string[] {
  const pct = (b: number) => `${Math.round(b * 100)}%`;
  return [...bounds.map((b, i) => (i === 0 ? `≤ ${pct(b)}` : `${pct(bounds[i - 1])}–${pct(b)}`)), `> ${pct(bounds.at(-1)!)}`];
}

/** Storingen resolved in the month, per kind, by hersteltijd as a share of the streeftijd. */
export function distributionChart(model: ReportModel, month: MonthReport): ChartData {
  return {
    labels: bucketLabels(model.distributionBounds),
    series: month.distribution.map((d) => ({ label: kindNamePlural[d.type], values: d.counts })),
  };
}
