// What the document itself prints: every word and hyphenated compound with its count, first
// line and printed form, leaving out the halves of words split at a line end (those are what
// we judge). Built once per document; the hyphenation and OCR rules ask it for evidence.
import { isLetterChar, isWordChar } from '../chars.ts';
import type { SourceLine } from '../types.ts';
import { HASH_SEED, hashStep, WordCounter } from './word-counter.ts';

export class DocumentWords {
  private constructor(readonly words: WordCounter) {}

  static fromLines(lines: readonly SourceLine[]): DocumentWords {
    // One flat string, lowercased once, is far cheaper to scan than line after line.
    const text = lines.map((l) => l.text).join('\n');
    let lower = text.toLowerCase();
    // Lowercasing may change the length ("İ" → "i̇"); then the few odd characters stay as printed.
    if (lower.length !== text.length) lower = [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
    const words = new DocumentWords(new WordCounter(lower, text));
    words.scan(lower, lines);
    return words;
  }

  /**
   * Counts the tokens of `lower` (the lines joined by newlines): runs of letters and digits,
   * joined by inner hyphens and apostrophes ("major-country", "China’s"), and the parts of
   * such compounds. The last token of a line split by a hyphen, and the first token of the
   * line after it, are left out. Tokens are hashed as they are read (each character is visited
   * once), and each is held back one step so a line's last token can still be dropped.
   */
  private scan(lower: string, lines: readonly SourceLine[]): void {
    const held = new HeldToken();
    const reading = new HeldToken();
    let lineStart = 0;
    let skipFirst = false;
    for (const line of lines) {
      let lineEnd = lower.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = lower.length;
      const skipLast = endsWithSplit(line.text);
      held.empty = true;
      let first = true;
      let i = lineStart;
      while (i < lineEnd) {
        if (!isWordChar(lower.charCodeAt(i))) {
          i++;
          continue;
        }
        i = reading.read(lower, i, lineEnd);
        if (!held.empty) this.tally(held, line.no);
        if (first && skipFirst) held.empty = true;
        else held.takeFrom(reading);
        first = false;
      }
      if (!held.empty && !skipLast) this.tally(held, line.no);
      skipFirst = skipLast;
      lineStart = lineEnd + 1;
    }
  }

  private tally(token: HeldToken, no: number): void {
    this.words.add(token.start, token.end, token.hash, no);
    const parts = token.parts;
    for (let p = 0; p < token.partCount * 3; p += 3) this.words.add(parts[p]!, parts[p + 1]!, parts[p + 2]!, no);
  }

  /** How often the word (any case) is printed whole. */
  count(word: string): number {
    const index = this.words.find(word.toLowerCase());
    return index < 0 ? 0 : this.words.count(index);
  }

  firstLine(word: string): number | null {
    const index = this.words.find(word.toLowerCase());
    return index < 0 ? null : this.words.firstLine(index);
  }
}

/** A token read from a line: its range, hash, and for a compound its parts as (start, end, hash) triples. */
class HeldToken {
  start = 0;
  end = 0;
  hash = 0;
  parts: number[] = [];
  partCount = 0;
  empty = true;

  /** Reads the token that starts at `i`; returns where it ends. */
  read(lower: string, i: number, lineEnd: number): number {
    this.start = i;
    this.partCount = 0;
    let hash = HASH_SEED;
    let partStart = i;
    let partHash = HASH_SEED;
    for (;;) {
      while (i < lineEnd) {
        const c = lower.charCodeAt(i);
        if (!isWordChar(c)) break;
        hash = hashStep(hash, c);
        partHash = hashStep(partHash, c);
        i++;
      }
      const c = i + 1 < lineEnd ? lower.charCodeAt(i) : 0;
      if (!((c === 0x2d || c === 0x27 || c === 0x2019) && isWordChar(lower.charCodeAt(i + 1)))) break;
      this.addPart(partStart, i, partHash);
      hash = hashStep(hash, c);
      i++;
      partStart = i;
      partHash = HASH_SEED;
    }
    if (this.partCount > 0) this.addPart(partStart, i, partHash);
    this.end = i;
    this.hash = hash;
    this.empty = false;
    return i;
  }

  takeFrom(other: HeldToken): void {
    this.start = other.start;
    this.end = other.end;
    this.hash = other.hash;
    this.partCount = other.partCount;
    for (let p = 0; p < other.partCount * 3; p++) this.parts[p] = other.parts[p]!;
    this.empty = false;
  }

  private addPart(start: number, end: number, hash: number): void {
    const at = this.partCount * 3;
    this.parts[at] = start;
    this.parts[at + 1] = end;
    this.parts[at + 2] = hash;
    this.partCount++;
  }
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
