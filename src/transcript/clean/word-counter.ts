// Counts words given as ranges of one lowercased text, without allocating a string per word:
// an open-addressing table keyed by an FNV-1a hash of the characters, each entry remembering
// where the word first occurs. The document index is built from every token of every line,
// so this is the importer's hottest loop.

/** FNV-1a over UTF-16 code units. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export class WordCounter {
  // Sized for a typical transcript (a couple of thousand distinct words) so it rarely grows.
  private capacity = 4096;
  private hashes = new Int32Array(this.capacity);
  private slots = new Int32Array(this.capacity).fill(-1);
  private size = 0;
  /** Per word, in order of first occurrence: where it first occurs in the text, how often, on which line. */
  private starts = new Int32Array(2048);
  private ends = new Int32Array(2048);
  private counts = new Int32Array(2048);
  private lines = new Int32Array(2048);
  private wordHashes = new Int32Array(2048);

  /** `lower` is the lowercased text the ranges refer to; `printed` the same text as printed. */
  constructor(
    readonly lower: string,
    readonly printed: string,
  ) {}

  get length(): number {
    return this.size;
  }

  /** Counts lower[start, end), whose hash the caller computed with hashStep while reading it. */
  add(start: number, end: number, hash: number, line: number): void {
    const mask = this.capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index < 0) {
        this.insert(slot, hash, start, end, line);
        return;
      }
      if (this.hashes[slot] === hash && this.sameAs(index, this.lower, start, end)) {
        this.counts[index]!++;
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
    const mask = this.capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index < 0) return -1;
      if (this.hashes[slot] === hash && this.sameAs(index, word, start, end)) return index;
    }
  }

  count(index: number): number {
    return this.counts[index]!;
  }

  firstLine(index: number): number {
    return this.lines[index]!;
  }

  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }

  hash(index: number): number {
    return this.wordHashes[index]!;
  }

  printedForm(index: number): string {
    return this.printed.slice(this.starts[index]!, this.ends[index]!);
  }

  private sameAs(index: number, text: string, start: number, end: number): boolean {
    const from = this.starts[index]!;
    if (this.ends[index]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.lower.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private insert(slot: number, hash: number, start: number, end: number, line: number): void {
    if (this.size === this.starts.length) this.growEntries();
    const index = this.size++;
    this.starts[index] = start;
    this.ends[index] = end;
    this.counts[index] = 1;
    this.lines[index] = line;
    this.wordHashes[index] = hash;
    this.hashes[slot] = hash;
    this.slots[slot] = index;
    if (this.size * 2 > this.capacity) this.growTable();
  }

  private growEntries(): void {
    const grow = (old: Int32Array) => {
      const next = new Int32Array(old.length * 2);
      next.set(old);
      return next;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.counts = grow(this.counts);
    this.lines = grow(this.lines);
    this.wordHashes = grow(this.wordHashes);
  }

  private growTable(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.capacity *= 2;
    this.hashes = new Int32Array(this.capacity);
    this.slots = new Int32Array(this.capacity).fill(-1);
    const mask = this.capacity - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      const index = oldSlots[i]!;
      if (index < 0) continue;
      let slot = oldHashes[i]! & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.hashes[slot] = oldHashes[i]!;
      this.slots[slot] = index;
    }
  }
}
