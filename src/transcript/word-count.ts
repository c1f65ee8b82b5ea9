// Counting words cheaply: turns are weighed by how much they say, and hand-offs are short.

/** Words, counting each CJK character as one. */
export function wordCount(text: string): number {
  return wordsUpTo(text, Infinity);
}

/** Whether the text has at most `limit` words; it stops reading once it has seen more. */
export function hasAtMostWords(text: string, limit: number): boolean {
  return wordsUpTo(text, limit) <= limit;
}

/** wordCount, but no more than limit + 1. */
function wordsUpTo(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      words++;
      inWord = false;
    } else if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x3000) {
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words;
}
