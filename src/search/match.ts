// From a parsed query to an FTS5 MATCH expression built only from quoted strings, so nothing the
// user typed is ever read as FTS5 syntax. Chinese is cut with the same segmenter as the index.
import { normalizeText, segmentedText } from './index-text.ts';
import type { ParsedQuery, Term } from './query.ts';
import { cutWords, hasHan } from './segment.ts';

/** What a snippet highlights: whole words, word beginnings, or (Chinese) the characters anywhere. */
export interface HighlightTerm {
  kind: 'word' | 'prefix' | 'han';
  text: string;
}

const PURE_HAN = /^\p{Script=Han}+$/u;
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** A string FTS5 reads as one phrase of the tokens in it (one token: a plain term). */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Folding as unicode61 with remove_diacritics 2 does it: lower case, no accents. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The MATCH expression for the query, or null when it has nothing to search for. */
export function matchExpression(query: ParsedQuery): string | null {
  const groups = query.groups.map((g) => g.map(termExpression).filter((e): e is string => e !== null)).filter((g) => g.length > 0);
  if (groups.length === 0) return null;
  const positive = groups.map((g) => (g.length === 1 ? g[0]! : `(${g.join(' OR ')})`)).join(' AND ');
  const excluded = query.excluded.map(termExpression).filter((e): e is string => e !== null);
  return excluded.reduce((expr, not) => `(${expr}) NOT ${not}`, positive);
}

/**
 * One term. A run of Chinese typed as a word matches the run as one indexed word (in the text or
 * inside a longer word) or its segmenter words in a row: 中美 is found whether the text was cut as
 * 中美关系 (whose inner words hold 中美) or as 中 美 两国. A lone Han character is a prefix, so
 * 美 finds 美国 and 美方 as well.
 */
function termExpression(term: Term): string | null {
  const text = normalizeText(term.text).trim();
  const tokens = segmentedText(text).match(TOKEN) ?? [];
  if (tokens.length === 0) return null;
  const phrase = tokens.length === 1 ? quote(tokens[0]!) : `body : ${quote(tokens.join(' '))}`;
  if (term.kind === 'prefix') return `${quote(PURE_HAN.test(text) ? text : tokens.join(' '))}*`;
  if (PURE_HAN.test(text)) {
    if ([...text].length === 1) return `${quote(text)}*`;
    return tokens.length === 1 ? phrase : `(${quote(text)} OR ${phrase})`;
  }
  return phrase;
}

/** The words a snippet should mark for this query (left-out terms are not marked). */
export function highlightTerms(query: ParsedQuery): HighlightTerm[] {
  const seen = new Map<string, HighlightTerm>();
  const add = (t: HighlightTerm) => seen.set(`${t.kind}:${t.text}`, t);
  for (const term of query.groups.flat()) {
    const text = normalizeText(term.text);
    for (const token of text.match(TOKEN) ?? []) {
      for (const part of token.split(/(\p{Script=Han}+)/u).filter(Boolean)) {
        if (hasHan(part)) {
          add({ kind: 'han', text: part });
          for (const word of cutWords(part)) if ([...word].length > 1) add({ kind: 'han', text: word });
        } else {
          add({ kind: term.kind === 'prefix' ? 'prefix' : 'word', text: foldWord(part) });
        }
      }
    }
  }
  return [...seen.values()];
}
