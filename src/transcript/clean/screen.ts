// One pass over a line tells which cleanup steps have anything to do in it, so a clean line
// (most of them) costs one loop instead of a regex or a search per step.

/** Ligatures, invisible characters, soft hyphens: normalizeGlyphs. */
export const GLYPH = 1;
/** An opening bracket, ( [ or （: removeEmptyBrackets. */
export const BRACKET = 2;
/** An opening quote, ‘ or “: the lone-quote check. */
export const QUOTE = 4;
/** Two spaces in a row, a tab or a no-break space: collapseSpaces. */
export const SPACING = 8;

export function screen(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Lowercase letters and most punctuation: nothing to look at.
    if (c > 0x5b && c < 0x80) continue;
    if (c === 0x20) {
      if (text.charCodeAt(i + 1) === 0x20) flags |= SPACING;
    } else if (c < 0x80) {
      if (c === 0x28 || c === 0x5b) flags |= BRACKET;
      else if (c === 0x09) flags |= SPACING;
    } else {
      flags |= nonAsciiFlag(c);
    }
  }
  return flags;
}

function nonAsciiFlag(c: number): number {
  if (c === 0xa0) return SPACING;
  if (c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff || (c >= 0xfb00 && c <= 0xfb06)) return GLYPH;
  if (c === 0x2018 || c === 0x201c) return QUOTE;
  if (c === 0xff08) return BRACKET;
  return 0;
}
