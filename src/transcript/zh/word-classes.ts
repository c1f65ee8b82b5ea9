// What jieba's dictionary says a word is (loaded lazily, lazy-libraries.ts): a common word of a class no
// personal name is, or a person's name.
import { jiebaLibrary } from '../lazy-libraries.ts';

// ("行政长官一向…", "行政长官未有回应": an adverb or a verb the dictionary knows, no name.)
// Word classes of jieba's dictionary that no personal name is: adverbs, verbs, adjectives, conjunctions,
// prepositions, pronouns, words of time, numerals, particles, idioms.
const NOT_NAME_CLASSES = new Set([
  'd',
  'v',
  'vd',
  'vg',
  'a',
  'ad',
  'ag',
  'c',
  'p',
  'r',
  't',
  'tg',
  'm',
  'mq',
  'q',
  'u',
  'uj',
  'ul',
  'uz',
  'ud',
  'ug',
  'uv',
  'f',
  'y',
  'e',
  'o',
  'l',
  'i',
  'z',
  'zg',
  'dg',
  'b',
]);

/** A dictionary word of a class no name is ("一向", "未有"), read whole by jieba. */
export function isCommonWord(word: string): boolean {
  const tags = jiebaLibrary().tag(word, false);
  return tags.length === 1 && NOT_NAME_CLASSES.has(tags[0]!.tag);
}

/** A person's name ("斯特朗", "林海"): every piece jieba cuts it into is tagged as one. */
export function isPersonName(word: string): boolean {
  const tags = jiebaLibrary().tag(word, false);
  return tags.length > 0 && tags.every((t) => t.tag.startsWith('nr'));
}

/** A common noun, read whole ("网友", "观众"). */
export function isNoun(word: string): boolean {
  const tags = jiebaLibrary().tag(word, false);
  return tags.length === 1 && tags[0]!.tag === 'n';
}
