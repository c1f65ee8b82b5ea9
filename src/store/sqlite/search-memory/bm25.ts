// bm25 as FTS5 computes it (fts5_aux.c, fts5Bm25Function) with the weights of migration 0003_search,
// written in the same operations in the same order so that a score here is the very double FTS5
// gives as -rank:
//   idf(phrase)  = log((rows - hits + 0.5) / (hits + 0.5)), at least 1e-6
//   score        = sum over the query's phrases of idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl))
// where f is the phrase's occurrences in the row weighted by column (body 1, extra 0.5), D the
// row's tokens in all columns, avgdl the tokens of all rows ever indexed over their number.
import type { IndexTotals } from './fts5-records.ts';

const K1 = 1.2;
const B = 0.75;
/** The column weights of the rank: bm25(1.0, 0.5). f is kept doubled, a whole number. */
export const WEIGHT2 = { body: 2, extra: 1 } as const;

/** The ratio whose logarithm is a phrase's idf; log is left to the caller (SQLite's ln(), the same libm as FTS5). */
export function idfRatio(totals: IndexTotals, hits: number): number {
  return (totals.rows - hits + 0.5) / (hits + 0.5);
}

export function idfOf(log: number): number {
  return log <= 0.0 ? 1e-6 : log;
}

export function averageLength(totals: IndexTotals): number {
  return totals.tokens / totals.rows;
}

/** One phrase's share of a row's score, f given doubled. */
export function phraseScore(idf: number, f2: number, length: number, avgdl: number): number {
  const f = f2 / 2;
  return idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / avgdl)));
}

/**
 * The doubled f that gives this score in a query of one phrase: the inverse of phraseScore, used
 * to read a phrase's occurrences per row out of FTS5's rank. f is a multiple of 0.5, so the
 * result is rounded; NaN when the score cannot come from a whole number (a caller's mistake).
 */
export function occurrencesFromScore(score: number, idf: number, length: number, avgdl: number): number {
  const s = score / idf;
  const k = K1 * (1 - B + (B * length) / avgdl);
  const f2 = (2 * s * k) / (K1 + 1.0 - s);
  const rounded = Math.round(f2);
  return Math.abs(f2 - rounded) < 0.01 && rounded >= 1 ? rounded : NaN;
}
