// The record's nameKey, memoised: names recur across turns and transcripts, and folding one
// (NFKC, case, punctuation) is not free.
import { nameKey as foldName } from '../domain/record.ts';

const MAX_ENTRIES = 5000;
const memo = new Map<string, string>();

export function nameKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    key = foldName(name);
    // A name is cut from its transcript, and V8 may keep the cut as a view of the whole text:
    // remembered as it is, it would keep the transcript alive.
    memo.set(` ${name}`.slice(1), key);
  }
  return key;
}
