// Reading a run of capitalised words out of prose: "at the Media Center, during ..." gives
// "Media Center". Used for venues, occasions and the outlets reporters name.
import { CONNECTORS } from './labels/words.ts';

const INITIALS = /^(?:\p{Lu}\.)+$/u;
const TRAILING_PUNCTUATION = /[,.;:!?)\]”"’]+$/u;

/** The capitalised words (with inner connectors) from `from` on, without a leading article. */
export function capitalizedRun(text: string, from: number, maxWords = 12): string {
  const words: string[] = [];
  let i = from;
  while (words.length < maxWords) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    let j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    const initials = INITIALS.test(word);
    const bare = initials ? word : word.replace(TRAILING_PUNCTUATION, '');
    if (bare === '' || !(/^[\p{Lu}\p{N}]/u.test(bare) || (words.length > 0 && CONNECTORS.has(bare.toLowerCase())))) break;
    words.push(bare);
    if (bare.length < word.length) break;
    i = j;
  }
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xa0;
}

/** Drops a leading article: "the Media Center" → "Media Center". */
export function withoutArticle(phrase: string): string {
  return phrase.replace(/^(?:the|The|THE)\s+/, '').trim();
}
