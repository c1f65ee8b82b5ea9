// The record's nameKey, memoised: names recur across turns and transcripts, and folding one
// (NFKC, case, punctuation) is not free.
import { nameKey as foldName } from '../domain/record.ts';
import { remembered } from './memo.ts';

/** The folded form of a name ("Ms. Ödön-Smith" → "ms odon smith"), for comparing names. */
export const nameKey = remembered(foldName, 5000);
