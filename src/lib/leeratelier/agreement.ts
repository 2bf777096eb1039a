/**
 * Agreement figures for 1–5 scores. A score of 4 or 5 counts as "eens" (for), 1 or 2 as "oneens"
 * (against), 3 as neutral. The estimate (1 + eens) / (2 + n) is the one pol.is uses: with few people it
 * stays near one half instead of jumping to 0% or 100%.
 */

/** Share of people needed on each side before an item is flagged "verdeeld". */
export const VERDEELD_SHARE = 0.3;

export interface Agreement {
  /** Number of scores. */
  n: number;
  /** Scores of 4 or 5. */
  eens: number;
  /** Scores of 3. */
  neutraal: number;
  /** Scores of 1 or 2. */
  oneens: number;
  /** Median score, or null without scores. */
  median: number | null;
  /** Interquartile range (Q3 − Q1): how far the middle half lies apart; null without scores. */
  spread: number | null;
  /** (1 + eens) / (2 + n), between 0 and 1. */
  estimate: number;
  /** At least 30% for and at least 30% against. */
  verdeeld: boolean;
  /** How many gave each score, index 0 = score 1. */
  counts: [number, number, number, number, number];
}

/** Quantile by linear interpolation between the closest ranks (the common "type 7" definition). */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

export function agreement(scores: readonly number[]): Agreement {
  const valid = scores.filter((s) => Number.isInteger(s) && s >= 1 && s <= 5);
  const counts: Agreement["counts"] = [0, 0, 0, 0, 0];
  for (const s of valid) counts[s - 1] = (counts[s - 1] ?? 0) + 1;
  const n = valid.length;
  const eens = counts[3] + counts[4];
  const oneens = counts[0] + counts[1];
  const sorted = [...valid].sort((a, b) => a - b);
  return {
    n,
    eens,
    neutraal: counts[2],
    oneens,
    median: n === 0 ? null : quantile(sorted, 0.5),
    spread: n === 0 ? null : quantile(sorted, 0.75) - quantile(sorted, 0.25),
    estimate: (1 + eens) / (2 + n),
    verdeeld: n > 0 && eens / n >= VERDEELD_SHARE && oneens / n >= VERDEELD_SHARE,
    counts,
  };
}

/** "0,63" style percentage for screens: 0.625 → "63%". */
export const percent = (x: number) => `${Math.round(x * 100)}%`;
