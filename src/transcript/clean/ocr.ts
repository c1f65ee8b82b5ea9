// OCR letter confusions ("Gentral" for "Central"). A token is repaired only when the
// dictionary AND the document agree: the token is not a word, occurs nowhere else as printed,
// and swapping one confusable glyph gives a dictionary word the document prints elsewhere.
// Only words printed once can qualify, so the suspects are found from the document's index.
import { hasLowercase, isLowercaseChar, isWordChar } from '../chars.ts';
import { hasWord, isWord } from '../dictionary.ts';
import type { DocumentWords } from './evidence.ts';

/** Glyphs OCR mistakes for one another: [as misread, as meant]. */
const CONFUSIONS: readonly [string, string][] = [
  ['G', 'C'],
  ['C', 'G'],
  ['rn', 'm'],
  ['m', 'rn'],
  ['cl', 'd'],
  ['d', 'cl'],
  ['vv', 'w'],
  ['VV', 'W'],
  ['0', 'O'],
  ['0', 'o'],
  ['1', 'l'],
  ['1', 'I'],
  ['l', 'I'],
  ['I', 'l'],
  ['li', 'h'],
  ['h', 'li'],
  ['ii', 'u'],
  ['u', 'ii'],
  ['c', 'e'],
  ['e', 'c'],
  ['5', 'S'],
  ['8', 'B'],
  ['ri', 'n'],
  ['n', 'ri'],
];

const MIN_LENGTH = 3;
// Longer tokens are not words OCR could have bent into another word (and would cost too much to try).
const MAX_LENGTH = 30;

export interface OcrRepair {
  before: string;
  after: string;
  reason: string;
}

/** Repairs by input line: the tokens on that line to replace. Only words printed once qualify. */
export function findOcrRepairs(document: DocumentWords): Map<number, OcrRepair[]> {
  const byLine = new Map<number, OcrRepair[]>();
  const words = document.words;
  for (let index = 0; index < words.length; index++) {
    if (words.count(index) !== 1) continue;
    const start = words.start(index);
    const end = words.end(index);
    if (end - start < MIN_LENGTH || end - start > MAX_LENGTH) continue;
    // A token with no lowercase letter (a number, a word in capitals) is never repaired: settled
    // before the dictionary, as a document of numbered lines prints thousands of numbers once each.
    if (!hasLowercaseIn(words.printed, start, end)) continue;
    // Most words printed once are ordinary words: settle those with one lookup that allocates nothing.
    if (hasWord(words.lower, start, end, words.hash(index))) continue;
    // Not a word (so repairFor's own dictionary lookup can be skipped): the rest of its checks.
    // An ASCII token lowercases to its own entry, printed once: only another token can count more.
    const token = words.printedForm(index);
    if (!isSimpleToken(token) || !hasLowercase(token) || (!isAscii(token) && document.count(token) > 1)) continue;
    const repair = confusionRepair(token, document);
    if (!repair) continue;
    const line = words.firstLine(index);
    const list = byLine.get(line) ?? [];
    list.push(repair);
    byLine.set(line, list);
  }
  return byLine;
}

/** The repair of one token, if the dictionary and the document agree on one. */
export function repairFor(token: string, words: DocumentWords): OcrRepair | null {
  if (token.length < MIN_LENGTH || token.length > MAX_LENGTH || !isSimpleToken(token)) return null;
  if (!hasLowercase(token) || isWord(token) || words.count(token) > 1) return null;
  return confusionRepair(token, words);
}

/** The first confusable glyph swap that gives a dictionary word the document prints elsewhere. */
function confusionRepair(token: string, words: DocumentWords): OcrRepair | null {
  // An ASCII token lowercases letter by letter, so a swap can be looked up in the document
  // without building it; only the few the document prints are made into strings.
  const lower = isAscii(token) ? token.toLowerCase() : null;
  const glyphs = glyphsIn(token);
  for (const [misread, meant, meantLower, glyph] of CONFUSIONS_LOWER) {
    if ((glyphs & glyph) === 0) continue;
    for (let at = token.indexOf(misread); at >= 0; at = token.indexOf(misread, at + 1)) {
      if (lower !== null && !words.printsSwapped(lower, at, misread.length, meantLower)) continue;
      // "Allen" is not "AlIen": a capital meant after a lowercase letter makes no word's printed form.
      if (meant !== meantLower && at > 0 && isLowercaseChar(token.charCodeAt(at - 1))) continue;
      const candidate = token.slice(0, at) + meant + token.slice(at + misread.length);
      if (words.count(candidate) > 0 && isWord(candidate)) {
        const line = words.firstLine(candidate);
        return { before: token, after: candidate, reason: `"${token}" is not a word; "${candidate}" is, and the document prints it at line ${line}` };
      }
    }
  }
  return null;
}

// The glyphs that can be misread, one bit each: a token is tried only for the confusions whose
// first glyph it has, not searched 24 times.
const MISREAD_FIRST = [...new Set(CONFUSIONS.map(([misread]) => misread.charCodeAt(0)))];
const glyphBit = (code: number): number => 1 << MISREAD_FIRST.indexOf(code);
const CONFUSIONS_LOWER = CONFUSIONS.map(([misread, meant]) => [misread, meant, meant.toLowerCase(), glyphBit(misread.charCodeAt(0))] as const);
const GLYPH_BITS = new Int32Array(0x80).map((_, code) => (MISREAD_FIRST.includes(code) ? glyphBit(code) : 0));

function glyphsIn(token: string): number {
  let bits = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x80) bits |= GLYPH_BITS[c]!;
  }
  return bits;
}

/** hasLowercase(text.slice(start, end)), without the slice. */
function hasLowercaseIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLowercaseChar(text.charCodeAt(i))) return true;
  return false;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

function isSimpleToken(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (!isWordChar(token.charCodeAt(i))) return false;
  return true;
}

/** Replaces whole-word occurrences of each repair's token in a line of text. */
export function applyRepairs(text: string, repairs: readonly OcrRepair[]): { text: string; applied: OcrRepair[] } {
  const applied: OcrRepair[] = [];
  let out = text;
  for (const repair of repairs) {
    const at = findWholeWord(out, repair.before);
    if (at < 0) continue;
    out = out.slice(0, at) + repair.after + out.slice(at + repair.before.length);
    applied.push(repair);
  }
  return { text: out, applied };
}

function findWholeWord(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charAt(at - 1) : '';
    const after = text.charAt(at + word.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}
