// Numbers in an export's minute and count columns, as helpdesks and Dutch Excel
// write them: Zendesk "1,020", Dutch Excel "1.020" (thousands), "1,5" (a Dutch
// decimal comma). A value is read only when it has one reading:
// - digits in groups of exactly three after a first group of 1-3 digits (not
//   starting with 0), all separated by the same "." "," or space, is a whole number
//   with thousands separators: "1.020" and "1,020" are 1020, "12.345.678" is 12345678
//   (a space or no-break space groups too: "1 020");
// - such a grouped number followed by the other of "." and "," and more digits has
//   a fraction: "1,020.5" and "1.020,5" are 1020.5;
// - otherwise one "." or "," between digits is a decimal separator: "1,5" and
//   "1.5" are 1.5, "0,020" is 0.02 (no thousands group starts with 0), "1234.567"
//   is 1234.567 (no thousands group has four digits);
// anything else ("1.020.5", "1,02,000", "-5", "12 min") is no number (`bad-number`).
import { digitsValue } from './digits.ts';

/** Thousands separators: point, comma, space, no-break space, narrow no-break space. */
const SEP = '[., \\u00a0\\u202f]';
/** A thousands-grouped whole part (group 1: its separator), then an optional fraction (group 2: its separator). */
const GROUPED = new RegExp(`^[1-9]\\d{0,2}(${SEP})\\d{3}(?:\\1\\d{3})*(?:([.,])\\d+)?$`);
const DECIMAL = /^\d+[.,]\d+$/;

/** The number written in `raw` (trimmed, not empty), or NaN when it has no single reading. */
export function exportNumber(raw: string): number {
  const whole = digitsValue(raw);
  if (whole !== -1) return whole;
  const grouped = GROUPED.exec(raw);
  if (grouped !== null) {
    const [, group, decimal] = grouped;
    if (decimal === group) return NaN;
    const at = decimal === undefined ? raw.length : raw.lastIndexOf(decimal);
    return Number(`${raw.slice(0, at).split(group).join('')}.${raw.slice(at + 1) || '0'}`);
  }
  if (DECIMAL.test(raw)) return Number(raw.replace(',', '.'));
  return NaN;
}
