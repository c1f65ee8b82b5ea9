// Character classes by code unit, for the hot loops where a Unicode regex per character
// would cost too much. Non-ASCII answers are computed once per code unit and cached.
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const LOWERCASE = /\p{Ll}/u;
const cache = new Uint8Array(0x10000); // 0 unknown, bit 1 set: known; bit 2: word char; bit 4: lowercase

function classify(code: number): number {
  let entry = cache[code]!;
  if (entry === 0) {
    const ch = String.fromCharCode(code);
    entry = 1 | (LETTER_OR_DIGIT.test(ch) ? 2 : 0) | (LOWERCASE.test(ch) ? 4 : 0);
    cache[code] = entry;
  }
  return entry;
}

// ASCII letters and digits, looked up: one load instead of three range tests per character.
const ASCII_WORD = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  ASCII_WORD[code] = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
}

/** A letter, digit or combining mark. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  return (classify(code) & 2) !== 0;
}

/** isWordChar for a code below 0x80. */
export function isAsciiWordChar(code: number): boolean {
  return ASCII_WORD[code] === 1;
}

export function isLetterChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return (classify(code) & 2) !== 0 && !(code >= 0x30 && code <= 0x39);
}

export function isLowercaseChar(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return (classify(code) & 4) !== 0;
}

export function hasLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLowercaseChar(text.charCodeAt(i))) return true;
  return false;
}

/** CJK ideographs, kana, CJK punctuation and full-width forms: written without spaces. */
export function isCjkChar(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
}

/** The text as a regular expression matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
