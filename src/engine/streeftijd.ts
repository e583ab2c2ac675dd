// Turns a streeftijd from 4.6 into a clock target for one ticket: how much
// consumed time is allowed, and whether the clock counts dienstvenster time or all time.
import type { Streeftijd } from '../contract/schema.ts';
import { addMonths } from './civil.ts';
import type { Calendar } from './calendar.ts';
import type { CompiledContract, Release } from './contract.ts';
import type { Ticket } from './ticket.ts';

const HOUR_MS = 3_600_000;

export interface ClockTarget {
  measure: 'dienstvenster' | 'kalender';
  /** Allowed consumed time; null when it cannot be known (no next release yet). */
  targetMs: number | null;
  /** For "1 à 2 maanden": consumed time up to the end of the margin. */
  marginMs: number | null;
}

export function streeftijdTarget(
  contract: CompiledContract,
  streeftijd: Streeftijd,
  ticket: Ticket,
  clockStart: number,
  halfYearlyReleases: readonly Release[],
): ClockTarget {
  const { calendar, sla } = contract;
  const t = streeftijd.target;
  const startDay = calendar.dayIndex(clockStart);

  switch (t.unit) {
    case 'uren':
      // "N uur": N hours of dienstvenster time.
      return { measure: 'dienstvenster', targetMs: t.amount * HOUR_MS, marginMs: null };
    case 'werkdagen': {
      const mode = sla.clock.werkdagen;
      if (mode.mode === 'vaste-uren') {
        return { measure: 'dienstvenster', targetMs: Math.round(t.amount * mode.hoursPerWerkdag * HOUR_MS), marginMs: null };
      }
      // Same clock time on the N-th following werkdag, within that day's window.
      const day = calendar.werkdagAfter(startDay, t.amount);
      let end = calendar.sameLocalTime(clockStart, startDay, day);
      if (end > calendar.closeAt[day]) end = calendar.closeAt[day];
      if (end < calendar.openAt[day]) end = calendar.openAt[day];
      return { measure: 'dienstvenster', targetMs: calendar.windowTotal(end) - calendar.windowTotal(clockStart), marginMs: null };
    }
    case 'kalenderdagen':
      return { measure: 'kalender', targetMs: toSameTimeOn(calendar, clockStart, startDay, calendar.dayNumber(startDay) + t.amount), marginMs: null };
    case 'maanden': {
      const startDayNumber = calendar.dayNumber(startDay);
      const margin = t.marginAmount === undefined ? null : toSameTimeOn(calendar, clockStart, startDay, addMonths(startDayNumber, t.marginAmount));
      return { measure: 'kalender', targetMs: toSameTimeOn(calendar, clockStart, startDay, addMonths(startDayNumber, t.amount)), marginMs: margin };
    }
    case 'volgende-release': {
      // 3.4: the first half-yearly release after registration (minus the cut-off) fixes it, by the
      // end of that day; a release whose day is over before the clock starts is one the fix cannot be in.
      const registeredDay = calendar.dayNumber(calendar.dayIndex(ticket.registeredAt)) + sla.clock.releaseCutoffDays;
      for (const release of halfYearlyReleases) {
        if (release.dayNumber <= registeredDay) continue;
        // Index first: finding it may grow the calendar, which replaces its arrays.
        const releaseDay = calendar.indexOfDayNumber(release.dayNumber);
        const endOfReleaseDay = calendar.dayStart[releaseDay + 1];
        if (endOfReleaseDay > clockStart) return { measure: 'kalender', targetMs: endOfReleaseDay - clockStart, marginMs: null };
      }
      return { measure: 'kalender', targetMs: null, marginMs: null };
    }
  }
}

/** Calendar time from the clock start to the same clock time on another local day. */
function toSameTimeOn(calendar: Calendar, clockStart: number, startDay: number, dayNumber: number): number {
  return calendar.sameLocalTime(clockStart, startDay, calendar.indexOfDayNumber(dayNumber)) - clockStart;
}
