// What the document itself prints: every word and hyphenated compound with its count, first
// line and printed form, leaving out the halves of words split at a line end (those are what
// we judge). Built once per document; the hyphenation and OCR rules ask it for evidence.
import { isAsciiWordChar, isLetterChar, isWordChar } from '../chars.ts';
import type { SourceLine } from '../types.ts';
import { flagOf, LIGATURES, screenRange, SPACING } from './screen.ts';
import { HASH_SEED, hashStep, WordCounter } from './word-counter.ts';

export class DocumentWords {
  private constructor(
    readonly words: WordCounter,
    /** By input line number: what screen() would find in the line (see screen.ts). */
    private readonly flags: Uint8Array,
  ) {}

  static fromLines(lines: readonly SourceLine[]): DocumentWords {
    // One flat string, lowercased once, is far cheaper to scan than line after line.
    const text = lines.map((l) => l.text).join('\n');
    let lower = text.toLowerCase();
    // Lowercasing may change the length ("İ" → "i̇"); then the few odd characters stay as printed.
    if (lower.length !== text.length) lower = [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
    const counter = new WordCounter(lower, text);
    let lastNo = 0;
    for (const line of lines) lastNo = Math.max(lastNo, line.no);
    const flags = new Uint8Array(lastNo + 1);
    new Tokens(lower, counter, flags).scan(lines);
    return new DocumentWords(counter, flags);
  }

  /** Done with the document: its tables go to the next one's index. */
  release(): void {
    this.words.release();
  }

  /**
   * The cleanup steps a line may need (screen.ts flags), found while its words were read:
   * for the line as printed, so also for any part of it. Undefined for a line not indexed.
   */
  lineFlags(no: number): number | undefined {
    const flags = this.flags[no];
    return flags === undefined || (flags & INDEXED) === 0 ? undefined : flags & ~INDEXED;
  }

  /** How often the word (any case) is printed whole. */
  count(word: string): number {
    const index = this.indexOf(word);
    return index < 0 ? 0 : this.words.count(index);
  }

  firstLine(word: string): number | null {
    const index = this.indexOf(word);
    return index < 0 ? null : this.words.firstLine(index);
  }

  /**
   * Whether the document prints lower[0, at) + insert + lower[at + cut, end) (all lowercase):
   * count(word) > 0 for that word, without making it.
   */
  printsSwapped(lower: string, at: number, cut: number, insert: string): boolean {
    return this.words.findSwapped(lower, at, cut, insert) >= 0;
  }

  // The rules ask how often a word is printed and then where (the hyphen rule for two words in
  // turn): the last two answers are kept.
  private lastWord: string | null = null;
  private lastIndex = -1;
  private wordBefore: string | null = null;
  private indexBefore = -1;

  private indexOf(word: string): number {
    if (word === this.lastWord) return this.lastIndex;
    if (word === this.wordBefore) return this.indexBefore;
    this.wordBefore = this.lastWord;
    this.indexBefore = this.lastIndex;
    this.lastWord = word;
    this.lastIndex = this.words.find(word.toLowerCase());
    return this.lastIndex;
  }
}

/**
 * Reads the tokens of `lower` (the lines joined by newlines): runs of letters and digits,
 * joined by inner hyphens and apostrophes ("major-country", "China’s"), and counts each with
 * the parts of such compounds. The last token of a line split by a hyphen, and the first
 * token of the line after it, are left out: each line is counted only between those two.
 * The same pass screens each line for the cleanup steps, so the text is read once for both.
 */
class Tokens {
  /** Where the joiners of the compound being read stand. */
  private joints: number[] = [];

  constructor(
    private readonly lower: string,
    private readonly counter: WordCounter,
    private readonly flags: Uint8Array,
  ) {}

  scan(lines: readonly SourceLine[]): void {
    let lineStart = 0;
    let skipFirst = false;
    for (const line of lines) {
      const lineEnd = lineStart + line.text.length;
      const skipLast = endsWithSplit(line.text);
      const from = skipFirst ? this.tokenEnd(this.nextWordChar(lineStart, lineEnd), lineEnd) : lineStart;
      const to = Math.max(from, skipLast ? this.lastTokenStart(lineStart, lineEnd) : lineEnd);
      // The two ends left out of the count are still screened.
      let flags = this.countTokens(from, to, line.no);
      if (from > lineStart) flags |= screenRange(this.lower, lineStart, from);
      if (to < lineEnd) flags |= screenRange(this.lower, to, lineEnd);
      this.flags[line.no]! |= flags | INDEXED;
      skipFirst = skipLast;
      lineStart = lineEnd + 1;
    }
  }

  /** Counts every token in lower[from, to) (a token never straddles either end); returns the range's screen flags. */
  private countTokens(from: number, to: number, no: number): number {
    const lower = this.lower;
    let flags = 0;
    let i = from;
    for (;;) {
      let c = 0;
      // Up to the next word: spaces (a single one costs a comparison) and punctuation, screened.
      while (i < to) {
        c = lower.charCodeAt(i);
        if (c < 0x80) {
          if (isAsciiWordChar(c)) break;
          if (c !== 0x20) flags |= flagOf(c);
          else if (lower.charCodeAt(i + 1) === 0x20) flags |= SPACING;
        } else {
          if (isWordChar(c)) break;
          flags |= flagOf(c);
        }
        i++;
      }
      if (i >= to) return flags;
      const start = i;
      let hash = HASH_SEED;
      let joints = 0;
      for (;;) {
        // Most tokens are plain words: hashed as they are read, in one pass.
        while (i < to) {
          c = lower.charCodeAt(i);
          if (c < 0x80 ? !isAsciiWordChar(c) : !isWordChar(c)) break;
          if (c >= LIGATURES) flags |= flagOf(c);
          hash = hashStep(hash, c);
          i++;
        }
        if (!(i + 1 < to && isJoiner((c = lower.charCodeAt(i))) && isWordChar(lower.charCodeAt(i + 1)))) break;
        this.joints[joints++] = i;
        hash = hashStep(hash, c);
        i++;
      }
      this.counter.add(start, i, hash, no);
      if (joints > 0) this.countParts(start, i, joints, no);
    }
  }

  /** The parts of a compound, in order, after the compound itself; `joints` joiners were found. */
  private countParts(start: number, end: number, joints: number, no: number): void {
    let partStart = start;
    for (let p = 0; p <= joints; p++) {
      const partEnd = p < joints ? this.joints[p]! : end;
      this.counter.add(partStart, partEnd, this.hashOf(partStart, partEnd), no);
      partStart = partEnd + 1;
    }
  }

  private hashOf(start: number, end: number): number {
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) hash = hashStep(hash, this.lower.charCodeAt(i));
    return hash;
  }

  private nextWordChar(i: number, end: number): number {
    while (i < end && !isWordChar(this.lower.charCodeAt(i))) i++;
    return i;
  }

  /** Where the token starting at `i` ends: word characters, and joiners between two of them. */
  private tokenEnd(i: number, end: number): number {
    const lower = this.lower;
    for (;;) {
      while (i < end && isWordChar(lower.charCodeAt(i))) i++;
      if (!(i + 1 < end && isJoiner(lower.charCodeAt(i)) && isWordChar(lower.charCodeAt(i + 1)))) return i;
      i++;
    }
  }

  /** Where the line's last token starts (`end` when it has none): the same rule read backwards. */
  private lastTokenStart(start: number, end: number): number {
    const lower = this.lower;
    let i = end;
    while (i > start && !isWordChar(lower.charCodeAt(i - 1))) i--;
    if (i === start) return end;
    for (;;) {
      while (i > start && isWordChar(lower.charCodeAt(i - 1))) i--;
      if (!(i - 1 > start && isJoiner(lower.charCodeAt(i - 1)) && isWordChar(lower.charCodeAt(i - 2)))) return i;
      i--;
    }
  }
}

/** Marks, in the line flags, a line number the index has read. */
const INDEXED = 0x80;

/** Hyphens and apostrophes join the parts of a compound token. */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019;
}

/** Whether a line ends in a letter and a hyphen (or soft hyphen): a word split at the line end. */
export function endsWithSplit(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09)) end--;
  if (end < 1) return false;
  const c = text.charCodeAt(end);
  if (c !== 0x2d && c !== 0xad) return false;
  return end > 0 && isLetterChar(text.charCodeAt(end - 1));
}
