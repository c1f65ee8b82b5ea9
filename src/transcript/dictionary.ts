// The English word list (the `word-list` package), read once on first use and searched as it is
// printed: one sorted word a line. A lookup takes a range of another string and allocates
// nothing — the document index asks hundreds of times per transcript — and the list needs no
// table built first: a one-file command used to spend most of its time hashing the 274,000 words.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { HASH_SEED, hashStep } from './clean/word-counter.ts';

const NEWLINE = 0x0a;
/** How many lines late a word can be printed in the list (see inWordList). */
const LATE = 3;
let list: string | null = null;

/** The list as one string (it is ASCII, so read as latin1: one byte a letter, nothing to decode). */
function wordList(): string {
  list ??= readFileSync(wordListPath, 'latin1');
  return list;
}

// A word made whole by a hyphen join is looked up twice in a row (the join, then the OCR check).
let lastWord: string | null = null;
let lastAnswer = false;

/** Whether the word (any case) is an English word. */
export function isWord(word: string): boolean {
  if (word !== lastWord) {
    const lower = word.toLowerCase();
    lastAnswer = hasWord(lower, 0, lower.length, hashOf(lower));
    lastWord = word;
  }
  return lastAnswer;
}

/**
 * The recent answers, for words of up to 15 letters: a direct-mapped cache small enough to stay
 * in the processor's cache, where the word list (megabytes) cannot — there a lookup waits on
 * memory twice. Transcripts share most of their vocabulary, within one and across a batch.
 * Each entry keeps the word's letters, so it never answers for another word with its hash.
 */
const CACHE_SLOTS = 4096;
/** Per slot, in `cachedWords`: the length, then the letters. */
const CACHE_ENTRY = 16;
const cachedHashes = new Int32Array(CACHE_SLOTS);
const cachedWords = new Uint16Array(CACHE_SLOTS * CACHE_ENTRY);
const cachedAnswers = new Uint8Array(CACHE_SLOTS);

/** Whether lowercase text[start, end), whose FNV-1a hash is `hash`, is an English word. */
export function hasWord(text: string, start: number, end: number, hash: number): boolean {
  const length = end - start;
  if (length >= CACHE_ENTRY) return inWordList(text, start, end);
  const slot = hash & (CACHE_SLOTS - 1);
  const at = slot * CACHE_ENTRY;
  if (cachedHashes[slot] === hash && cachedWords[at] === length && sameLetters(at + 1, text, start, length)) return cachedAnswers[slot] === 1;
  const answer = inWordList(text, start, end);
  cachedHashes[slot] = hash;
  cachedWords[at] = length;
  for (let i = 0; i < length; i++) cachedWords[at + 1 + i] = text.charCodeAt(start + i);
  cachedAnswers[slot] = answer ? 1 : 0;
  return answer;
}

function sameLetters(at: number, text: string, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (cachedWords[at + i] !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Binary search over the lines of the list for lowercase text[start, end). The list is sorted but
 * for two words printed a few lines late ("manlihood" after "manlike", "manlikely", "manlily"), so
 * the word is looked for on the lines around where the search ends; a test looks up every word of
 * the list, so a new version of the list that moves a word further fails it. The list leaves out
 * one-letter words.
 */
function inWordList(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 1) return text[start] === 'a' || text[start] === 'i';
  // Every word of the list is in lowercase a–z: a token that starts otherwise (a number, an
  // accented or non-Latin word) is settled without a search.
  const first = text.charCodeAt(start);
  if (length === 0 || first < 0x61 || first > 0x7a) return false;
  const words = wordList();
  let low = 0;
  let high = words.length;
  while (low < high) {
    const line = lineStart(words, (low + high) >>> 1);
    const lineEnd = endOfLine(words, line);
    if (compare(words, line, lineEnd, text, start, end) < 0) low = lineEnd + 1;
    else high = line;
  }
  // `low` starts the first line not before the word; a word printed late is up to three lines
  // after it, and the search can end up to two lines after such a word.
  let line = low;
  for (let back = 0; back < LATE && line > 0; back++) line = lineStart(words, line - 1);
  for (let k = 0; k < 2 * LATE + 1 && line < words.length; k++) {
    const lineEnd = endOfLine(words, line);
    if (lineEnd - line === length && sameText(words, line, text, start, length)) return true;
    line = lineEnd + 1;
  }
  return false;
}

function lineStart(words: string, at: number): number {
  let line = at;
  while (line > 0 && words.charCodeAt(line - 1) !== NEWLINE) line--;
  return line;
}

function endOfLine(words: string, line: number): number {
  const newline = words.indexOf('\n', line);
  return newline < 0 ? words.length : newline;
}

/** The order of words[from, to) against text[start, end), by UTF-16 code unit, as the list is sorted. */
function compare(words: string, from: number, to: number, text: string, start: number, end: number): number {
  const length = Math.min(to - from, end - start);
  for (let i = 0; i < length; i++) {
    const difference = words.charCodeAt(from + i) - text.charCodeAt(start + i);
    if (difference !== 0) return difference;
  }
  return to - from - (end - start);
}

function sameText(a: string, aFrom: number, b: string, bFrom: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

function hashOf(text: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}
