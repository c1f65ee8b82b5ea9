// Chinese word segmentation with jieba (@node-rs/jieba). FTS5's unicode61 tokenizer keeps a whole run
// of Han characters as one token, so Chinese must be cut into words before it reaches the index,
// and queries must be cut the same way. HMM is off: only dictionary words are joined, so unknown
// names fall apart into single characters on both sides and still match as phrases.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;

/** Loaded on first use (~0.2 s): commands that never meet Chinese text never pay for the dictionary. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Runs of Han characters (CJK ideographs, including extensions and compatibility forms). */
export const HAN_RUN = /\p{Script=Han}+/gu;

// Every Han character is at U+2E80 or above (or a surrogate pair, also above): text with no code
// unit there, most English text, is settled by a plain scan instead of the Unicode property test.
const FROM_CJK_RADICALS = /[\u2e80-\uffff]/;
const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return FROM_CJK_RADICALS.test(text) && HAN.test(text);
}

/** The words of one run of Han characters, in order. */
export function cutWords(run: string): string[] {
  return segmenter().cut(run, false);
}

/**
 * The dictionary words inside the run's longer words that the plain cut does not show on their
 * own: 中美 and 关系 inside 中美关系, 外交 inside 外交部. Indexed beside the words so that a
 * shorter word is found inside a longer one.
 */
export function innerWords(run: string): string[] {
  const whole = new Set(cutWords(run));
  return segmenter()
    .cutForSearch(run, false)
    .filter((w) => !whole.has(w));
}
