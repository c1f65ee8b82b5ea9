// How strongly a word's frequency differs between two bodies of text.

export interface Keyness {
  /** Log-odds ratio of the word in B against A, smoothed by the prior; positive: more frequent in B. */
  logOdds: number;
  /** logOdds divided by its standard deviation: |z| ≥ 1.96 is the usual 5% threshold. */
  z: number;
  /** Log-likelihood G² (Rayson and Garside's two-cell form), signed like logOdds. */
  g2: number;
}

/**
 * The prior's weight in pseudo-words. A fixed weight shrinks rare words towards the pooled rate while
 * frequent words in a large selection are left to speak for themselves; a small selection (fewer
 * words than this) weighs the prior as much as itself.
 */
export const PRIOR_WORDS = 1000;

/**
 * Monroe, Colaresi and Quinn (2008), "Fightin' Words": log-odds ratio with an informative Dirichlet
 * prior αw = α0·πw, where πw is the word's share of both bodies together (the pooled frequencies) and
 * α0 = min(PRIOR_WORDS, nA + nB). y: the word's count; n: all words.
 */
export function keyness(yA: number, nA: number, yB: number, nB: number): Keyness {
  const n = nA + nB;
  const alpha0 = Math.min(PRIOR_WORDS, n);
  const alphaW = n > 0 ? (alpha0 * (yA + yB)) / n : 0;
  const logOdds = logit(yB + alphaW, nB + alpha0) - logit(yA + alphaW, nA + alpha0);
  const variance = 1 / (yA + alphaW) + 1 / (yB + alphaW);
  return { logOdds, z: logOdds / Math.sqrt(variance), g2: Math.sign(logOdds) * logLikelihood(yA, nA, yB, nB) };
}

function logit(count: number, total: number): number {
  return Math.log(count / (total - count));
}

/** G² = 2 Σ O·ln(O/E) over the two bodies, with E the count expected if both used the word alike. */
export function logLikelihood(yA: number, nA: number, yB: number, nB: number): number {
  const n = nA + nB;
  if (n === 0) return 0;
  const part = (o: number, e: number) => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);
  return 2 * (part(yA, (nA * (yA + yB)) / n) + part(yB, (nB * (yA + yB)) / n));
}
