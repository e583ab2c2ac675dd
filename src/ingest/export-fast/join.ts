// A large export is read in two parts side by side (see read.ts). Each part's
// reader sets a repeated id aside only when it saw the first occurrence itself;
// joining the parts does the rest, so that the result is exactly the one reading
// the file in one go gives:
// - a ticket of the second part whose id is a ticket of the first part is a repeat
//   (duplicate-id);
// - so is a row of the second part that was set aside for a reason found after its
//   id was looked up (the id is looked up first);
// - the timestamps of such a row do not count for the report moment (reading the
//   file in one go stops at the id).
import type { TicketRecord } from '../canonical.ts';
import { mayShare, type IdSet, type IdSpan } from './id-set.ts';
import { laterMoment } from '../report-moment.ts';
import { RowError, setAsideRecord } from '../row-error.ts';
import type { SetAsideRecord } from '../set-aside.ts';

export interface Part {
  records: TicketRecord[];
  setAside: SetAsideRecord[];
  /** Per set-aside record: the latest instant its row read that counts for the report moment (-Infinity: none). */
  setAsideLatest: number[];
  latest: number | null;
}

export interface Joined {
  records: TicketRecord[];
  setAside: SetAsideRecord[];
  latest: number | null;
}

export interface IdColumn {
  file: string;
  /** The mapping's id prefix (ticket ids are the prefix and the id as written). */
  prefix: string;
  /** The id column's name. */
  column: string;
}

/**
 * The two parts as one: `firstIds` are the ids (as written) of the first part's
 * tickets, `secondIds` what those of the second part's span.
 */
export function joinParts(first: Part, firstIds: IdSet, second: Part, secondIds: IdSpan, id: IdColumn): Joined {
  const repeat = (ticketId: string) => firstIds.has(ticketId.slice(id.prefix.length));
  const duplicate = (line: number, ticketId: string) => setAsideRecord(id.file, line, new RowError('duplicate-id', id.column, ticketId.slice(id.prefix.length)), ticketId, 'ticket');

  let records = second.records;
  const repeats: SetAsideRecord[] = [];
  // Only when some ticket of the second part can be a repeat (not when the ids of the parts lie apart) is each looked up.
  const firstRepeat = mayShare(firstIds.span, secondIds) ? records.findIndex((r) => repeat(r.ticket.id)) : -1;
  if (firstRepeat !== -1) {
    records = records.slice(0, firstRepeat);
    for (let k = firstRepeat; k < second.records.length; k++) {
      const r = second.records[k];
      if (repeat(r.ticket.id)) repeats.push(duplicate(r.line, r.ticket.id));
      else records.push(r);
    }
  }
  // A row set aside for a reason found after its id was looked up (it has a ticket id).
  const repeatSetAside = (s: SetAsideRecord) => s.ticketId !== undefined && s.reason !== 'duplicate-id' && repeat(s.ticketId);
  let setAside = second.setAside;
  let setAsideLatest = second.setAsideLatest;
  if (firstIds.size > 0 && setAside.some(repeatSetAside)) {
    setAside = [];
    setAsideLatest = [];
    for (let k = 0; k < second.setAside.length; k++) {
      const s = second.setAside[k];
      const again = repeatSetAside(s);
      setAside.push(again ? duplicate(s.line, s.ticketId!) : s);
      setAsideLatest.push(again ? -Infinity : second.setAsideLatest[k]);
    }
  }
  const changed = records !== second.records || setAside !== second.setAside;
  const secondLatest = changed ? latestOf(records, setAsideLatest) : second.latest;
  return {
    records: first.records.concat(records),
    setAside: first.setAside.concat(repeats.length ? byLine(setAside, repeats) : setAside),
    latest: secondLatest === null ? first.latest : laterMoment(first.latest, secondLatest),
  };
}

/** The latest instant of a part read again without its repeats: what its tickets and the rest of its rows read. */
function latestOf(records: TicketRecord[], setAsideLatest: number[]): number | null {
  let latest: number | null = null;
  // null, undefined: no such timestamp; -Infinity: a set-aside row that read none.
  const consider = (ms: number | null | undefined) => {
    if (ms !== null && ms !== undefined && ms !== -Infinity) latest = laterMoment(latest, ms);
  };
  for (const r of records) {
    consider(r.ticket.registeredAt);
    consider(r.ticket.resolvedAt);
    consider(r.updatedAt);
  }
  for (const ms of setAsideLatest) consider(ms);
  return latest;
}

/** Two lists of set-aside records, each in line order, as one in line order. */
function byLine(a: SetAsideRecord[], b: SetAsideRecord[]): SetAsideRecord[] {
  const out: SetAsideRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j === b.length || (i < a.length && a[i].line < b[j].line) ? a[i++] : b[j++]);
  return out;
}
