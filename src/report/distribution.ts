// The hersteltijd distribution against the streeftijd: storingen resolved in a
// month, counted by hersteltijd as a share of their streeftijd (buckets up to
// each bound, the last one open-ended). 1 = exactly the streeftijd: still met.
// A "1 à 2 maanden" bug (4.6) is measured against the end of its margin, two
// months, since up to then it is met: at most 1 is met for every storing.
import type { Evaluation } from '../engine/evaluate.ts';
import { storingKinds, type Distribution } from './model.ts';

export type { Distribution };

/** Upper bounds (inclusive) of the buckets, as hersteltijd / streeftijd; one more bucket above the last. */
export const distributionBounds = [0.25, 0.5, 0.75, 1, 1.5, 2] as const;

export function emptyDistribution(): Distribution[] {
  return storingKinds.map((type) => ({ type, counts: new Array(distributionBounds.length + 1).fill(0) }));
}

/** Bucket index of a hersteltijd against its streeftijd. */
export function bucketOf(hersteltijdMs: number, targetMs: number): number {
  const ratio = hersteltijdMs / targetMs;
  const i = distributionBounds.findIndex((b) => ratio <= b);
  return i === -1 ? distributionBounds.length : i;
}

/** Adds a resolved storing with a known streeftijd, measured against the end of its margin where it has one. */
export function addToDistribution(dist: Distribution[], e: Evaluation): void {
  const limitMs = e.marginMs ?? e.targetMs;
  if (e.hersteltijdMs === null || limitMs === null || limitMs <= 0) return;
  const d = dist.find((x) => x.type === e.ticket.type);
  if (d) d.counts[bucketOf(e.hersteltijdMs, limitMs)]++;
}
