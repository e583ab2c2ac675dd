// A month against the month before it and the same month a year earlier: the key
// figures of both and their difference, as figures with a sign and never a verdict
// (the contract sets a streeftijd per storing and no share, 4.6). A month the report
// does not cover has nothing to compare with (null).
import type { KeyFigures, MonthComparison, MonthId, MonthReport, FigureChange } from './model.ts';
import { addMonths } from './month.ts';

type Figured = Pick<MonthReport, 'month' | 'total' | 'periodCounts'>;

/** The figures a month is compared on. */
export function keyFigures(m: Figured): KeyFigures {
  return {
    registered: m.total.registered,
    resolved: m.total.resolved,
    met: m.total.met,
    shareMet: m.total.shareMet,
    breached: m.total.breached,
    openAtEnd: m.periodCounts.openAtEnd,
  };
}

/** `now` against `then`: counts as differences, the share within streeftijd in percentage points. */
export function changeAgainst(now: KeyFigures, then: KeyFigures, month: MonthId): FigureChange {
  return {
    month,
    figures: then,
    change: {
      registered: now.registered - then.registered,
      resolved: now.resolved - then.resolved,
      met: now.met - then.met,
      shareMetPoints: now.shareMet === null || then.shareMet === null ? null : (now.shareMet - then.shareMet) * 100,
      breached: now.breached - then.breached,
      openAtEnd: now.openAtEnd - then.openAtEnd,
    },
  };
}

/** Each month's neighbours and its changes against the previous month and the same month last year (months in order). */
export function compareMonths(months: readonly Figured[]): MonthComparison[] {
  const byId = new Map(months.map((m) => [m.month, m]));
  return months.map((m, i) => {
    const now = keyFigures(m);
    const against = (id: MonthId): FigureChange | null => {
      const then = byId.get(id);
      return then ? changeAgainst(now, keyFigures(then), id) : null;
    };
    return {
      previousMonth: i > 0 ? months[i - 1].month : null,
      nextMonth: i < months.length - 1 ? months[i + 1].month : null,
      againstPreviousMonth: against(addMonths(m.month, -1)),
      againstLastYear: against(addMonths(m.month, -12)),
    };
  });
}
