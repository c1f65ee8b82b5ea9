// The English word list (the `word-list` package), loaded once on first use.
// Kept as one string with a hash table of offsets into it, so a word can be looked up by a
// range of another string and a precomputed hash — the document index asks hundreds of times
// per transcript, and a lookup that allocates nothing keeps the importer fast.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { HASH_SEED, hashStep } from './clean/word-counter.ts';

interface Dictionary {
  words: string;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  /** Open addressing: word index + 1, 0 for an empty slot. */
  table: Int32Array;
  mask: number;
}

let dictionary: Dictionary | null = null;

function load(): Dictionary {
  if (dictionary) return dictionary;
  // The list leaves out one-letter words.
  const words = `${readFileSync(wordListPath, 'utf8').trim()}\na\ni`;
  let count = 1;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 0x0a) count++;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const hashes = new Int32Array(count);
  let capacity = 1;
  while (capacity < count * 2) capacity *= 2;
  const table = new Int32Array(capacity);
  const mask = capacity - 1;
  let index = 0;
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
      starts[index] = start;
      ends[index] = end;
      hashes[index] = hash;
      let slot = hash & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = index + 1;
      index++;
    }
    if (c === 0x0a) {
      start = i + 1;
      hash = HASH_SEED;
    }
  }
  dictionary = { words, starts, ends, hashes, table, mask };
  return dictionary;
}

/** Whether the word (any case) is an English word. */
export function isWord(word: string): boolean {
  const lower = word.toLowerCase();
  return hasWord(lower, 0, lower.length, hashOf(lower));
}

/** Whether lowercase text[start, end), whose FNV-1a hash is `hash`, is an English word. */
export function hasWord(text: string, start: number, end: number, hash: number): boolean {
  const { words, starts, ends, hashes, table, mask } = load();
  for (let slot = hash & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
    const index = table[slot]! - 1;
    if (hashes[index] !== hash) continue;
    const from = starts[index]!;
    if (ends[index]! - from !== end - start) continue;
    let same = true;
    for (let i = 0; i < end - start && same; i++) same = words.charCodeAt(from + i) === text.charCodeAt(start + i);
    if (same) return true;
  }
  return false;
}

function hashOf(text: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}
