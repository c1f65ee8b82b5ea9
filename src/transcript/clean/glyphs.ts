// Glyphs that OCR and PDF extraction leave behind: ligatures, invisible characters, empty
// brackets (a lost footnote mark) and an opening quote that never closes.
import { isLetterChar } from '../chars.ts';

export interface GlyphChange {
  before: string;
  after: string;
  reason: string;
}

const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };
const SUSPECT = /[\ufb00-\ufb06\u200b\u2060\ufeff\u00ad]/u;
const INVISIBLE = /[\u200b\u2060\ufeff]/gu;
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]|（\s*）/gu;

/** Ligatures spelled out, invisible characters and soft hyphens inside a line removed. */
export function normalizeGlyphs(text: string): { text: string; changes: GlyphChange[] } {
  if (!SUSPECT.test(text)) return { text, changes: [] };
  const changes: GlyphChange[] = [];
  let out = text.replace(/[\ufb00-\ufb06]/gu, (lig) => {
    changes.push({ before: lig, after: LIGATURES[lig]!, reason: 'ligature spelled out' });
    return LIGATURES[lig]!;
  });
  out = out.replace(INVISIBLE, (ch) => {
    changes.push({ before: `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, after: '', reason: 'invisible character' });
    return '';
  });
  // A soft hyphen at the line end marks a split; the hyphenation step handles it.
  out = out.replace(/\u00ad(?!\s*$)/gu, () => {
    changes.push({ before: 'U+00AD', after: '', reason: 'soft hyphen inside a line' });
    return '';
  });
  return { text: out, changes };
}

function hasEmptyBracketsHint(text: string): boolean {
  const open = text.indexOf('(');
  if (open >= 0 && (text.includes('()') || /\(\s+\)/.test(text))) return true;
  if (text.includes('[') && /\[\s*\]/.test(text)) return true;
  return text.includes('（') && /（\s*）/u.test(text);
}

export function removeEmptyBrackets(text: string): { text: string; changes: GlyphChange[] } {
  if (!hasEmptyBracketsHint(text)) return { text, changes: [] };
  const changes: GlyphChange[] = [];
  const out = text.replace(EMPTY_BRACKETS, (m) => {
    changes.push({ before: m, after: '', reason: 'empty brackets, a footnote mark lost in OCR' });
    return '';
  });
  // "Press ()" leaves "Press ": tidy the space the brackets stood in.
  return {
    text: out
      .replace(/ {2,}/g, ' ')
      .replace(/ +([.,;:!?])/g, '$1')
      .trim(),
    changes,
  };
}

/**
 * Positions of opening quotes (‘ “) in a paragraph that no closing quote follows: OCR debris.
 * `pieces` are the paragraph's lines in order; returns [piece, offset] pairs. One backward
 * pass, remembering whether a closing quote lies ahead (’ followed by a letter is an apostrophe).
 */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

export function loneOpeningQuotes(pieces: readonly string[]): [number, number][] {
  const lone: [number, number][] = [];
  let singleCloses = false;
  let doubleCloses = false;
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p]!;
    for (let i = piece.length - 1; i >= 0; i--) {
      const ch = piece.charCodeAt(i);
      if (ch === 0x2019 && !(i + 1 < piece.length && isLetterChar(piece.charCodeAt(i + 1)))) singleCloses = true;
      else if (ch === 0x201d) doubleCloses = true;
      // "FY ‘25", "the ‘90s": a year's elided century, printed with the opening quote, is no quotation.
      else if (ch === 0x2018 && !singleCloses && !isDigitAt(piece, i + 1)) lone.push([p, i]);
      else if (ch === 0x201c && !doubleCloses) lone.push([p, i]);
    }
  }
  return lone.reverse();
}
