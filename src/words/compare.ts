// A change between two months as a figure with its sign, never as a verdict: the
// contract sets a streeftijd per storing and no share to reach (4.6), so more or
// fewer is neither better nor worse here.
import { NONE } from './numbers.ts';

const signed = new Intl.NumberFormat('nl-NL', { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
const signedPoints = new Intl.NumberFormat('nl-NL', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** +3, −2, 0 (a count's difference); "–" when there is nothing to compare with. */
export function changeText(difference: number | null): string {
  return difference === null ? NONE : signed.format(difference).replace('-', '−');
}

/** "+8,3 procentpunt", "−2,0 procentpunt", "0,0 procentpunt"; "–" when either share is unknown. */
export function pointsText(points: number | null): string {
  if (points === null) return NONE;
  const rounded = Math.round(points * 10) / 10;
  return `${signedPoints.format(rounded === 0 ? 0 : rounded).replace('-', '−')} procentpunt`;
}
