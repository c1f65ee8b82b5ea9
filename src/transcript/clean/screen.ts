// Which cleanup steps have anything to do in a line, as flags, so a clean line (most of them)
// skips them all. The document's word index screens every line as it reads it (evidence.ts);
// screen() serves text the index has not read, or that a step has changed.

/** Ligatures, invisible characters, soft hyphens: normalizeGlyphs. */
export const GLYPH = 1;
/** An opening bracket, ( [ or （: removeEmptyBrackets. */
export const BRACKET = 2;
/** An opening quote, ‘ or “: the lone-quote check. */
export const QUOTE = 4;
/** Two spaces in a row, a tab or a no-break space: collapseSpaces. */
export const SPACING = 8;

/** The first ligature code (U+FB00): the only letters with a flag. */
export const LIGATURES = 0xfb00;

// Any flagged character. Most lines have none, and a regex scan tells that several times
// faster than a loop over the characters; the loop then runs only on the few that do.
const ANY_FLAG = /[\t([\u00a0\u00ad\u200b\u2060\ufeff\ufb00-\ufb06\u2018\u201c\uff08]| {2}/;

export function screen(text: string): number {
  return ANY_FLAG.test(text) ? screenRange(text, 0, text.length) : 0;
}

export function screenRange(text: string, start: number, end: number): number {
  let flags = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Lowercase letters and most punctuation: nothing to look at.
    if (c > 0x5b && c < 0x80) continue;
    if (c !== 0x20 || text.charCodeAt(i + 1) === 0x20) flags |= flagOf(c);
  }
  return flags;
}

/** The flag of one character; a space stands for two in a row (the caller checks the second). */
export function flagOf(c: number): number {
  if (c < 0x80) {
    if (c === 0x20 || c === 0x09) return SPACING;
    return c === 0x28 || c === 0x5b ? BRACKET : 0;
  }
  if (c === 0xa0) return SPACING;
  if (c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff || (c >= 0xfb00 && c <= 0xfb06)) return GLYPH;
  if (c === 0x2018 || c === 0x201c) return QUOTE;
  if (c === 0xff08) return BRACKET;
  return 0;
}
