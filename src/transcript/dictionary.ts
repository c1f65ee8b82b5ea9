// The English word list (the `word-list` package), loaded once on first use.
// Kept as one string with a hash table of offsets into it, so a word can be looked up by a
// range of another string and a precomputed hash — the document index asks hundreds of times
// per transcript, and a lookup that allocates nothing keeps the importer fast.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { HASH_SEED, hashStep } from './clean/word-counter.ts';

/**
 * Open addressing, three numbers a slot: the word's hash, its start and its end in `words`
 * (end 0 marks an empty slot). Keeping the hash and the range in the slot itself means a
 * lookup touches two places in memory — the slot and the word's letters — which matters in
 * a table far bigger than the processor's caches.
 */
interface Dictionary {
  words: string;
  slots: Int32Array;
  mask: number;
}

const SLOT = 3;
let dictionary: Dictionary | null = null;

function load(): Dictionary {
  // The list leaves out one-letter words.
  const words = `${readFileSync(wordListPath, 'utf8').trim()}\na\ni`;
  let count = 1;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 0x0a) count++;
  let capacity = 1;
  while (capacity * 0.6 < count) capacity *= 2;
  const slots = new Int32Array(capacity * SLOT);
  const mask = capacity - 1;
  let start = 0;
  let hash = HASH_SEED;
  for (let i = 0; i <= words.length; i++) {
    const c = i < words.length ? words.charCodeAt(i) : 0x0a;
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
  return { words, slots, mask };
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

/** Whether lowercase text[start, end), whose FNV-1a hash is `hash`, is an English word. */
export function hasWord(text: string, start: number, end: number, hash: number): boolean {
  dictionary ??= load();
  const { words, slots, mask } = dictionary;
  const length = end - start;
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
