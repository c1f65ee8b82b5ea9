// Counts words given as ranges of one lowercased text, without allocating a string per word:
// an open-addressing table keyed by an FNV-1a hash of the characters, each entry remembering
// where the word first occurs. The document index is built from every token of every line,
// so this is the importer's hottest loop.

/** FNV-1a over UTF-16 code units. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

// Per word, in order of first occurrence, ENTRY numbers: where it first occurs, how often, on which line, its hash.
const ENTRY = 5;
const START = 0;
const END = 1;
const COUNT = 2;
const LINE = 3;
const HASH = 4;

/**
 * The tables of the last released counter. Documents are imported one at a time, and fresh
 * tables for each cost more than clearing the last ones (see release()).
 */
let spare: { slots: Int32Array; entries: Int32Array } | null = null;

export class WordCounter {
  /** Two numbers a slot: the word's hash and its index + 1 (0: empty). Kept under half full. */
  private slots: Int32Array;
  private mask: number;
  private entries: Int32Array;
  private size = 0;

  /**
   * `lower` is the lowercased text the ranges refer to; `printed` the same text as printed.
   * Sized from the text (about one distinct word per 16 characters) so that a transcript
   * neither allocates much nor grows the table.
   */
  constructor(
    readonly lower: string,
    readonly printed: string,
  ) {
    let words = 64;
    while (words * 16 < lower.length && words < 1 << 16) words *= 2;
    // The last tables serve if they are large enough and not so large that clearing them costs
    // more than new ones: a short transcript often has more distinct words than the guess, so its
    // tables grow, and a next one of the same size takes them as they are instead of growing again.
    const fits = spare !== null && spare.slots.length >= words * 4 && spare.slots.length <= words * 16 && spare.entries.length >= words * ENTRY;
    const reused = fits ? spare : null;
    spare = null;
    this.entries = reused?.entries ?? new Int32Array(words * ENTRY);
    this.slots = reused ? reused.slots.fill(0) : new Int32Array(words * 4);
    this.mask = this.slots.length / 2 - 1;
  }

  /** Hands the tables on to the next counter; this one is left empty and must not be used again. */
  release(): void {
    spare = { slots: this.slots, entries: this.entries };
    this.slots = new Int32Array(2);
    this.entries = new Int32Array(0);
    this.mask = 0;
    this.size = 0;
  }

  get length(): number {
    return this.size;
  }

  /** Counts lower[start, end), whose hash the caller computed with hashStep while reading it. */
  add(start: number, end: number, hash: number, line: number): void {
    const { slots, mask, entries } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = slots[slot * 2 + 1]! - 1;
      if (index < 0) {
        this.insert(slot, hash, start, end, line);
        return;
      }
      if (slots[slot * 2] === hash && this.sameAs(index, this.lower, start, end)) {
        entries[index * ENTRY + COUNT]!++;
        return;
      }
    }
  }

  /** The index of a word (given in lowercase, from any string), or -1. */
  find(word: string, start = 0, end = word.length): number {
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) hash = hashStep(hash, word.charCodeAt(i));
    return this.findHashed(word, start, end, hash);
  }

  findHashed(word: string, start: number, end: number, hash: number): number {
    const { slots, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = slots[slot * 2 + 1]! - 1;
      if (index < 0) return -1;
      if (slots[slot * 2] === hash && this.sameAs(index, word, start, end)) return index;
    }
  }

  /** The index of text[0, at) + insert + text[at + cut, end) (given in lowercase), or -1; nothing is allocated. */
  findSwapped(text: string, at: number, cut: number, insert: string): number {
    const tailFrom = at + cut;
    let hash = HASH_SEED;
    for (let i = 0; i < at; i++) hash = hashStep(hash, text.charCodeAt(i));
    for (let i = 0; i < insert.length; i++) hash = hashStep(hash, insert.charCodeAt(i));
    for (let i = tailFrom; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
    const length = text.length - cut + insert.length;
    const { slots, mask, entries, lower } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = slots[slot * 2 + 1]! - 1;
      if (index < 0) return -1;
      if (slots[slot * 2] !== hash) continue;
      const from = entries[index * ENTRY + START]!;
      if (entries[index * ENTRY + END]! - from !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) {
        const c = k < at ? text.charCodeAt(k) : k < at + insert.length ? insert.charCodeAt(k - at) : text.charCodeAt(k - insert.length + cut);
        same = lower.charCodeAt(from + k) === c;
      }
      if (same) return index;
    }
  }

  count(index: number): number {
    return this.entries[index * ENTRY + COUNT]!;
  }

  firstLine(index: number): number {
    return this.entries[index * ENTRY + LINE]!;
  }

  start(index: number): number {
    return this.entries[index * ENTRY + START]!;
  }

  end(index: number): number {
    return this.entries[index * ENTRY + END]!;
  }

  hash(index: number): number {
    return this.entries[index * ENTRY + HASH]!;
  }

  printedForm(index: number): string {
    return this.printed.slice(this.start(index), this.end(index));
  }

  private sameAs(index: number, text: string, start: number, end: number): boolean {
    const from = this.entries[index * ENTRY + START]!;
    const length = end - start;
    if (this.entries[index * ENTRY + END]! - from !== length) return false;
    const lower = this.lower;
    for (let i = 0; i < length; i++) if (lower.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private insert(slot: number, hash: number, start: number, end: number, line: number): void {
    if ((this.size + 1) * ENTRY > this.entries.length) this.growEntries();
    const index = this.size++;
    const at = index * ENTRY;
    const entries = this.entries;
    entries[at + START] = start;
    entries[at + END] = end;
    entries[at + COUNT] = 1;
    entries[at + LINE] = line;
    entries[at + HASH] = hash;
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = index + 1;
    if (this.size * 2 > this.mask + 1) this.growTable();
  }

  private growEntries(): void {
    const next = new Int32Array(this.entries.length * 2);
    next.set(this.entries);
    this.entries = next;
  }

  /** Doubles the table and places every word again by its hash. */
  private growTable(): void {
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let index = 0; index < this.size; index++) {
      const hash = this.entries[index * ENTRY + HASH]!;
      let slot = hash & mask;
      while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = hash;
      slots[slot * 2 + 1] = index + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
