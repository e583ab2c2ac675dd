// Numbers, shares and counts in Dutch (nl-NL), never in the machine's locale.
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Shown where a figure has nothing to divide by or is not known. */
export const NONE = '–';

/** 12345 -> "12.345". */
export function formatNumber(n: number | null): string {
  return n === null ? NONE : integer.format(n);
}

/** 0.953 -> "95,3%" (the site's tables: always one decimal). */
export function formatShare(fraction: number | null): string {
  return fraction === null ? NONE : percent.format(fraction);
}

/** 0.857 -> "85,7%", 0.5 -> "50%" (the PDFs: one decimal, dropped when zero). */
export function percentText(share: number | null): string {
  if (share === null) return NONE;
  const text = (Math.round(share * 1000) / 10).toFixed(1).replace('.', ',');
  return `${text.endsWith(',0') ? text.slice(0, -2) : text}%`;
}

/** "1 storing", "7 storingen". */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
