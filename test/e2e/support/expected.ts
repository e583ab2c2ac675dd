// What a reader should see, computed straight from `sla-rapport evaluate --format json`
// for the same data (not from the report model and not from the HTML). Instants in
// the output carry the Amsterdam offset, so their first seven characters are the month.
export interface EvaluateRecord {
  id: string;
  clientId: string;
  product: string;
  type: string;
  priority: number;
  status: string;
  atRisk: boolean | null;
  registeredAt: string;
  resolvedAt: string | null;
  sameDay: boolean | null;
  overWeek: boolean | null;
  clientReportMet: boolean | null;
}

export interface CellFigures {
  registered: number;
  resolved: number;
  met: number;
  breached: number;
}

const isStoring = (r: EvaluateRecord) => r.type === 'incident' || r.type === 'bug';
const judgedIn = (r: EvaluateRecord, month: string) => r.resolvedAt?.slice(0, 7) === month && (r.status === 'met' || r.status === 'breached');

/** Per `${type}|${product}|${niveau}`: the month's cell figures. */
export function cellFigures(records: EvaluateRecord[], month: string): Map<string, CellFigures> {
  const cells = new Map<string, CellFigures>();
  const cell = (r: EvaluateRecord) => {
    const key = `${r.type}|${r.product}|${r.priority}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { registered: 0, resolved: 0, met: 0, breached: 0 }));
    return c;
  };
  for (const r of records.filter(isStoring)) {
    if (r.registeredAt.slice(0, 7) === month) cell(r).registered++;
    if (judgedIn(r, month)) {
      const c = cell(r);
      c.resolved++;
      if (r.status === 'met') c.met++;
      else c.breached++;
    }
  }
  return cells;
}

/** Per cell key: 4.6's distribution as "part / whole" from each ticket's `sameDay`, `overWeek` and `clientReportMet`. */
export function distributionFigures(records: EvaluateRecord[], month: string): Map<string, { sameDay: string; overWeek: string; clientReports: string }> {
  const counts = new Map<string, number[]>();
  for (const r of records.filter((x) => isStoring(x) && judgedIn(x, month))) {
    const key = `${r.type}|${r.product}|${r.priority}`;
    if (!counts.has(key)) counts.set(key, [0, 0, 0, 0, 0]);
    const c = counts.get(key)!;
    if (r.sameDay !== null) {
      c[0]++;
      if (r.sameDay) c[1]++;
      if (r.overWeek) c[2]++;
    }
    if (r.clientReportMet !== null) {
      c[3]++;
      if (r.clientReportMet) c[4]++;
    }
  }
  const pair = (part: number, whole: number) => (whole === 0 ? '–' : `${part} / ${whole}`);
  return new Map([...counts].map(([key, c]) => [key, { sameDay: pair(c[1], c[0]), overWeek: pair(c[2], c[0]), clientReports: pair(c[4], c[3]) }]));
}

export function monthFigures(records: EvaluateRecord[], month: string) {
  const judged = records.filter((r) => isStoring(r) && judgedIn(r, month));
  const met = judged.filter((r) => r.status === 'met').length;
  return {
    resolved: judged.length,
    met,
    breached: judged.length - met,
    shareMet: judged.length === 0 ? null : met / judged.length,
    breachIds: judged.filter((r) => r.status === 'breached').map((r) => r.id).sort(),
  };
}

/** Storingen open at the report moment with 75% of the streeftijd consumed, or past it. */
export function atRiskNow(records: EvaluateRecord[]): string[] {
  return records.filter((r) => isStoring(r) && ((r.status === 'open' && r.atRisk === true) || r.status === 'open-breached')).map((r) => r.id).sort();
}
