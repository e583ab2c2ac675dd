// Whole numbers as exports write them in id and count columns, read without a
// regular expression or a string copy (the per-row hot path).

/** The value of a string of 1 to 15 decimal digits, or -1 for anything else (the same as Number(s) for such a string). */
export function digitsValue(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
