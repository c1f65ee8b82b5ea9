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

/**
 * One FTS5 phrase: `text` is quoted as it is (FTS5 cuts it into tokens in a row), the last token a
 * prefix when `prefix`, looked for in the `body` column only when `bodyOnly`.
 */
export interface Phrase {
  text: string;
  prefix: boolean;
  bodyOnly: boolean;
}

/** A query as FTS5 evaluates it: phrases combined by OR (any), AND (all) and NOT (but … not). */
export type MatchNode =
  | { op: 'phrase'; phrase: Phrase; index: number }
  | { op: 'any'; of: MatchNode[] }
  | { op: 'all'; of: MatchNode[] }
  | { op: 'not'; but: MatchNode; not: MatchNode };

export interface MatchPlan {
  root: MatchNode;
  /** The phrases in the order FTS5 numbers them (as they appear in `expression`); bm25 sums over them. */
  phrases: Phrase[];
  /** The same query as an FTS5 MATCH expression. */
  expression: string;
}

/** The MATCH expression for the query, or null when it has nothing to search for. */
export function matchExpression(query: ParsedQuery): string | null {
  return matchPlan(query)?.expression ?? null;
}

/** The query as phrases and operators, or null when it has nothing to search for. */
export function matchPlan(query: ParsedQuery): MatchPlan | null {
  const groups = query.groups.map((g) => g.map(termNode).filter((n): n is MatchNode => n !== null)).filter((g) => g.length > 0);
  if (groups.length === 0) return null;
  const positive: MatchNode = groups.length === 1 ? group(groups[0]!) : { op: 'all', of: groups.map(group) };
  const excluded = query.excluded.map(termNode).filter((n): n is MatchNode => n !== null);
  const root = excluded.reduce<MatchNode>((but, not) => ({ op: 'not', but, not }), positive);
  const phrases: Phrase[] = [];
  const expression = render(root, phrases);
  return { root, phrases, expression };
}

function group(terms: MatchNode[]): MatchNode {
  return terms.length === 1 ? terms[0]! : { op: 'any', of: terms };
}

/** FTS5 syntax for the node; numbers the phrases left to right as FTS5 does. */
function render(node: MatchNode, phrases: Phrase[]): string {
  switch (node.op) {
    case 'phrase':
      node.index = phrases.push(node.phrase) - 1;
      return phraseExpression(node.phrase);
    case 'any':
      return `(${node.of.map((n) => render(n, phrases)).join(' OR ')})`;
    case 'all':
      return node.of.map((n) => render(n, phrases)).join(' AND ');
    case 'not': {
      const but = render(node.but, phrases);
      return `(${but}) NOT ${render(node.not, phrases)}`;
    }
  }
}

/** One phrase alone as an FTS5 MATCH expression. */
export function phraseExpression(p: Phrase): string {
  return `${p.bodyOnly ? 'body : ' : ''}${quote(p.text)}${p.prefix ? '*' : ''}`;
}

/**
 * One term. A run of Chinese typed as a word matches the run as one indexed word (in the text or
 * inside a longer word) or its segmenter words in a row: 中美 is found whether the text was cut as
 * 中美关系 (whose inner words hold 中美) or as 中 美 两国. A lone Han character is a prefix, so
 * 美 finds 美国 and 美方 as well.
 */
function termNode(term: Term): MatchNode | null {
  const text = normalizeText(term.text).trim();
  const tokens = segmentedText(text).match(TOKEN) ?? [];
  if (tokens.length === 0) return null;
  const leaf = (phrase: Phrase): MatchNode => ({ op: 'phrase', phrase, index: -1 });
  const words =
    tokens.length === 1 ? leaf({ text: tokens[0]!, prefix: false, bodyOnly: false }) : leaf({ text: tokens.join(' '), prefix: false, bodyOnly: true });
  if (term.kind === 'prefix') return leaf({ text: PURE_HAN.test(text) ? text : tokens.join(' '), prefix: true, bodyOnly: false });
  if (PURE_HAN.test(text)) {
    if ([...text].length === 1) return leaf({ text, prefix: true, bodyOnly: false });
    return tokens.length === 1 ? words : { op: 'any', of: [leaf({ text, prefix: false, bodyOnly: false }), words] };
  }
  return words;
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
