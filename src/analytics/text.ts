// Cutting turn text into words for the measures: Latin-script words on letters and digits, Chinese
// with jieba (the search index's segmenter, src/search/segment.ts), so both languages count alike.
import { eng as englishStopWords, zho as chineseStopWords } from 'stopword';
import { primaryText, type ConferenceRecord, type Turn } from '../domain/record.ts';
import { cutWords, HAN_RUN, hasHan } from '../search/segment.ts';

/** A word of letters and digits, apostrophes and hyphens inside it ("don't", "China-US"). */
const LATIN_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text in order: Latin-script words as written, Chinese words as jieba cuts them. */
export function words(text: string): string[] {
  if (!hasHan(text)) return text.match(LATIN_WORD) ?? [];
  const out: string[] = [];
  let last = 0;
  for (const run of text.matchAll(HAN_RUN)) {
    out.push(...(text.slice(last, run.index).match(LATIN_WORD) ?? []), ...cutWords(run[0]).filter((w) => /\p{Script=Han}/u.test(w)));
    last = run.index + run[0].length;
  }
  out.push(...(text.slice(last).match(LATIN_WORD) ?? []));
  return out;
}

/** Characters other than white space, counted as code points (one per Chinese character). */
export function characters(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

const STOP_WORDS = new Set([...englishStopWords, ...chineseStopWords]);

/**
 * The words that carry content, for comparing vocabularies: lower-cased, without the stop words of
 * the stopword package (English and Chinese), numbers, one-letter words and single Chinese
 * characters (nearly all of which are function words: 的, 了, 在).
 */
export function contentWords(text: string): string[] {
  return words(text)
    .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w) && !/^[\p{N}'’-]+$/u.test(w));
}

/** Turns that someone said: everything but narration, which is the transcript's own prose. */
export function spokenTurns(record: ConferenceRecord): Turn[] {
  return record.turns.filter((t) => t.kind !== 'narration');
}

/** A turn's text in the record's first language that it has: one text per turn, never a translation twice. */
export function mainText(turn: Turn, record: ConferenceRecord): string {
  return primaryText(turn, record.conference.languages);
}
