// The words of a text as the PostgreSQL index sees them. PostgreSQL's text-search parser has its own
// idea of words (hyphenated words, e-mail addresses, version numbers) and keeps accents; SQLite's
// unicode61 tokenizer cuts at every character that is not a letter, digit or mark and removes
// accents. So presser cuts and folds in JavaScript, the same way for the index and for queries, and
// hands PostgreSQL only plain words separated by spaces: its parser then takes each as one word.
import { indexText } from './index-text.ts';

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** Lower case, no accents (as unicode61 with remove_diacritics 2), split at anything else. */
export function plainWords(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(TOKEN) ?? [];
}

/**
 * One language of a turn as the PostgreSQL index stores it: [body, extra], the same two parts as
 * the FTS5 index (Chinese cut into words by jieba; the words inside longer words), as plain words.
 */
export function postgresIndexText(text: string): [body: string, extra: string] {
  const { body, extra } = indexText(text);
  return [plainWords(body).join(' '), plainWords(extra).join(' ')];
}

/** The search_text column of a turn: each language's [body, extra], as JSON. */
export function postgresSearchText(textByLang: Record<string, unknown>): string {
  const out: Record<string, [string, string]> = {};
  for (const [lang, text] of Object.entries(textByLang)) if (typeof text === 'string' && text.trim() !== '') out[lang] = postgresIndexText(text);
  return JSON.stringify(out);
}
