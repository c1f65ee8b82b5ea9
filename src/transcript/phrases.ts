// Reading a run of capitalised words out of prose: "at the Media Center, during ..." gives
// "Media Center". Used for venues, occasions and the outlets reporters name.
import { CONNECTORS } from './labels/words.ts';

const INITIALS = /^(?:\p{Lu}\.)+$/u;
// Punctuation after a word: ,.;:!?)]”"’. Read by char code, as is an ASCII first letter below:
// V8 tests a character against a \p{…} class slowly, and this runs on every word of a run.
const TRAILING_PUNCTUATION = new Set([0x2c, 0x2e, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x201d, 0x22, 0x2019]);
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/** The capitalised words (with inner connectors) from `from` on, without a leading article. */
export function capitalizedRun(text: string, from: number, maxWords = 12): string {
  const words: string[] = [];
  let i = from;
  while (words.length < maxWords) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    let j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    const initials = word.endsWith('.') && INITIALS.test(word);
    const bare = initials ? word : withoutTrailingPunctuation(word);
    if (bare === '' || !(startsCapitalOrDigit(bare) || (words.length > 0 && CONNECTORS.has(bare.toLowerCase())))) break;
    words.push(bare);
    if (bare.length < word.length) break;
    i = j;
  }
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}

function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(word.charCodeAt(end - 1))) end--;
  return end === word.length ? word : word.slice(0, end);
}

function startsCapitalOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return CAPITAL_OR_DIGIT.test(word);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xa0;
}

/** Drops a leading article: "the Media Center" → "Media Center". */
export function withoutArticle(phrase: string): string {
  return phrase.replace(/^(?:the|The|THE)\s+/, '').trim();
}

/**
 * The matches of a sticky pattern that opens on a capital (\p{Lu}), as `matchAll` would find them
 * with the g flag: the pattern is tried only where a capital may stand. V8 tests a character
 * against \p{Lu} about ten times slower than against [A-Z], and a global scan tests every one.
 * With `lastStart`, only the matches that start there or before it.
 */
export function matchesAtCapitals(text: string, sticky: RegExp, lastStart = text.length - 1): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let i = 0; i <= lastStart && i < text.length; ) {
    const c = text.charCodeAt(i);
    // A surrogate pair (an astral capital, or one split by a position): the global scan decides.
    if (c >= 0xd800 && c <= 0xdfff) return [...text.matchAll(new RegExp(sticky.source, sticky.flags.replace('y', 'g')))].filter((m) => m.index <= lastStart);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) {
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m) {
        found.push(m);
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** White space as the regex \s reads it (and trim() trims). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Every match of a global pattern, as `text.matchAll` gives them, without the copy of the
 * pattern matchAll makes on each call: a few hundred nanoseconds, paid per turn by hand-offs.
 */
export function allMatches(text: string, global: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (a whole surrogate pair, with the u flag), as matchAll does.
    if (m[0] === '') global.lastIndex += global.unicode && isSurrogatePairAt(text, global.lastIndex) ? 2 : 1;
  }
  return found;
}

function isSurrogatePairAt(text: string, i: number): boolean {
  const lead = text.charCodeAt(i);
  const trail = text.charCodeAt(i + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff;
}
