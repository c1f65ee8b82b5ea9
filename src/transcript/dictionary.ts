// The English word list (the `word-list` package), loaded once on first use.
// Kept as one string with a hash table of offsets into it, so a word can be looked up by a
// range of another string and a precomputed hash — the document index asks hundreds of times
// per transcript, and a lookup that allocates nothing keeps the importer fast.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { HASH_SEED, hashStep } from './clean/word-counter.ts';

/**
 * The list is read whole, but hashed group by group: words that share their first two letters
 * are put in a table of their own the first time a word of that group is looked up. A short
 * document then hashes the few groups its words fall in, not the 274,000 words (most of the time
 * a one-file command spent on the list).
 */
interface Dictionary {
  words: string;
  /** By group key: the group's runs of lines (start of the first, end of the last), and its table once built. */
  groups: Map<number, Group>;
}

/**
 * Open addressing, three numbers a slot: the word's hash, its start and its end in `words`
 * (end 0 marks an empty slot). Keeping the hash and the range in the slot itself means a
 * lookup touches two places in memory — the slot and the word's letters.
 */
interface Group {
  runs: number[];
  slots: Int32Array | null;
  mask: number;
}

const SLOT = 3;
let dictionary: Dictionary | null = null;

/** The group of text[start, start + length): its first two letters (one for a one-letter word). */
function groupKey(text: string, start: number, length: number): number {
  if (length === 0) return -1;
  return text.charCodeAt(start) * 0x10001 + (length > 1 ? text.charCodeAt(start + 1) : 0x10000);
}

function load(): Dictionary {
  // The list leaves out one-letter words.
  const words = `${readFileSync(wordListPath, 'utf8').trim()}\na\ni`;
  const groups = new Map<number, Group>();
  let current: Group | null = null;
  let currentKey = Number.NaN;
  for (let start = 0; start < words.length; ) {
    const newline = words.indexOf('\n', start);
    const next = newline < 0 ? words.length : newline;
    if (next > start) {
      const end = words.charCodeAt(next - 1) === 0x0d ? next - 1 : next;
      const key = groupKey(words, start, end - start);
      if (key === currentKey && current) current.runs[current.runs.length - 1] = next;
      else {
        current = groups.get(key) ?? null;
        if (!current) groups.set(key, (current = { runs: [], slots: null, mask: 0 }));
        current.runs.push(start, next);
        currentKey = key;
      }
    }
    start = next + 1;
  }
  return { words, groups };
}

/** The group's table: every line of its runs hashed into it. */
function build(words: string, group: Group): Int32Array {
  let count = 1;
  for (let r = 0; r < group.runs.length; r += 2) for (let i = group.runs[r]!; i < group.runs[r + 1]!; i++) if (words.charCodeAt(i) === 0x0a) count++;
  let capacity = 1;
  while (capacity * 0.6 < count) capacity *= 2;
  const slots = new Int32Array(capacity * SLOT);
  const mask = capacity - 1;
  for (let r = 0; r < group.runs.length; r += 2) {
    const runEnd = group.runs[r + 1]!;
    let start = group.runs[r]!;
    let hash = HASH_SEED;
    for (let i = start; i <= runEnd; i++) {
      const c = i < runEnd ? words.charCodeAt(i) : 0x0a;
      if (c !== 0x0a && c !== 0x0d) {
        hash = hashStep(hash, c);
        continue;
      }
      if (c === 0x0a && i > start) {
        const end = words.charCodeAt(i - 1) === 0x0d ? i - 1 : i;
        let slot = hash & mask;
        while (slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
        slots[slot * SLOT] = hash;
        slots[slot * SLOT + 1] = start;
        slots[slot * SLOT + 2] = end;
      }
      if (c === 0x0a) {
        start = i + 1;
        hash = HASH_SEED;
      }
    }
  }
  group.mask = mask;
  group.slots = slots;
  return slots;
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
  if (length >= CACHE_ENTRY) return inWordList(text, start, end, hash);
  const slot = hash & (CACHE_SLOTS - 1);
  const at = slot * CACHE_ENTRY;
  if (cachedHashes[slot] === hash && cachedWords[at] === length && sameLetters(at + 1, text, start, length)) return cachedAnswers[slot] === 1;
  const answer = inWordList(text, start, end, hash);
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

function inWordList(text: string, start: number, end: number, hash: number): boolean {
  dictionary ??= load();
  const { words } = dictionary;
  const length = end - start;
  const group = dictionary.groups.get(groupKey(text, start, length));
  if (!group) return false;
  const slots = group.slots ?? build(words, group);
  const { mask } = group;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT;
    const wordEnd = slots[at + 2]!;
    if (wordEnd === 0) return false;
    if (slots[at] !== hash) continue;
    const from = slots[at + 1]!;
    if (wordEnd - from === length && sameText(words, from, text, start, length)) return true;
  }
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
