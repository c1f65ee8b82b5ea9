// A hyphen at a line end is either the printer's (a word split to fit: join it) or the
// author's (a compound: keep it). Evidence decides, in this order:
//   1. the document: the joined word or the hyphenated compound printed elsewhere, whole;
//   2. the dictionary: the joined form is a word → join; both halves are words and the
//      joined form is not → keep;
//   3. otherwise join: a word (often a name) split inside.
// A continuation that starts with a capital or a digit ("Russia-/China", "COVID-/19") is a compound.
import { isWord } from '../dictionary.ts';
import type { DocumentWords } from './evidence.ts';

export interface HyphenDecision {
  join: boolean;
  reason: string;
}

export function decideLineEndHyphen(head: string, tail: string, words: DocumentWords, softHyphen: boolean): HyphenDecision {
  const joined = head + tail;
  const compound = `${head}-${tail}`;
  if (softHyphen) return { join: true, reason: 'a soft hyphen marks a word split to fit the line' };
  if (startsWithDigit(tail)) return { join: false, reason: `"${tail}" is a number: a compound` };
  if (startsWithCapital(tail) && !isAllCaps(head + tail)) return { join: false, reason: `"${tail}" starts with a capital: a compound` };

  const joinedCount = words.count(joined);
  const compoundCount = words.count(compound);
  const dictionaryHasJoined = isWord(joined);
  if (compoundCount > joinedCount) {
    return { join: false, reason: `the document prints "${compound}" at line ${words.firstLine(compound)}` };
  }
  if (joinedCount > compoundCount) {
    const printed = `printed whole at line ${words.firstLine(joined)}`;
    return { join: true, reason: dictionaryHasJoined ? `dictionary has "${joined}"; ${printed}` : `the document has "${joined}", ${printed}` };
  }
  if (dictionaryHasJoined) return { join: true, reason: `dictionary has "${joined}"` };
  if (isWord(head) && isWord(tail)) return { join: false, reason: `"${head}" and "${tail}" are words, "${joined}" is not` };
  return { join: true, reason: `no evidence either way; "${joined}" taken as one word split at the line end` };
}

// ASCII is settled by its code; anything else by the Unicode property, as before.
function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : /^\p{N}/u.test(word);
}

function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(word);
}

function isAllCaps(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return !/\p{Ll}/u.test(word);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}
