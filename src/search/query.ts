// Reading what a person typed into the search box. Pure: no segmenter, no database. Every input
// gives a query (possibly empty, with a notice): quotes, operators and parentheses that do not
// balance are read leniently, never passed on to FTS5 as syntax.
//
// The language: words must all match; "a phrase" matches words in order; word* matches words that
// begin so; a OR b matches either; -word and -"a phrase" leave out turns that have them. AND is
// implied and ignored when written; parentheses are ignored.

export const MAX_QUERY_CHARS = 500;
export const MAX_TERMS = 32;

export type TermKind = 'word' | 'prefix' | 'phrase';

export interface Term {
  kind: TermKind;
  /** As typed, without quotes, star or minus. */
  text: string;
}

export interface ParsedQuery {
  /** The query as searched: cut to MAX_QUERY_CHARS when longer. */
  text: string;
  /** Every group must match; a group matches when any of its terms does (terms joined by OR). */
  groups: Term[][];
  /** Terms a turn must not have. */
  excluded: Term[];
  notices: string[];
}

type Item = { op: 'or' } | { op: 'term'; term: Term; negated: boolean };

/** Letters or digits in any script: a term without one (emoji, lone punctuation) finds nothing. */
const SEARCHABLE = /[\p{L}\p{N}]/u;
/** Prefix searches shorter than this (in letters other than Han) would match most of the archive. */
const MIN_PREFIX_CHARS = 2;

export function parseQuery(raw: string): ParsedQuery {
  const notices: string[] = [];
  const text = cut(raw, MAX_QUERY_CHARS);
  if (text.length < raw.length) notices.push(`the query was cut to its first ${MAX_QUERY_CHARS} characters`);
  const items = lex(text, notices);
  const { groups, excluded } = group(items);
  const kept = keepTerms(groups, excluded, notices);
  if (kept.groups.length === 0) {
    notices.push(
      kept.excluded.length > 0
        ? 'nothing to search for: a query needs a word to find, not only words to leave out'
        : 'nothing to search for: type a word or a "phrase"',
    );
  }
  return { text, ...kept, notices };
}

/** The first `max` characters, ended at a space when one is near, never splitting a surrogate pair. */
function cut(raw: string, max: number): string {
  if (raw.length <= max) return raw;
  let end = max;
  if (/[\uD800-\uDBFF]/.test(raw.charAt(end - 1))) end--;
  const space = raw.lastIndexOf(' ', end);
  return raw.slice(0, space > end - 40 ? space : end).trimEnd();
}

function lex(text: string, notices: string[]): Item[] {
  const items: Item[] = [];
  let negateNext = false;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s|[()]/.test(ch)) {
      i++;
    } else if (ch === '"' || (ch === '-' && text.charAt(i + 1) === '"')) {
      const negated = ch === '-';
      const open = negated ? i + 1 : i;
      const close = text.indexOf('"', open + 1);
      if (close < 0) notices.push('a quote was not closed: the rest of the query was searched as a phrase');
      const phrase = text.slice(open + 1, close < 0 ? text.length : close).trim();
      if (phrase) items.push({ op: 'term', term: { kind: 'phrase', text: phrase }, negated: negated || negateNext });
      negateNext = false;
      i = close < 0 ? text.length : close + 1;
    } else {
      const start = i;
      while (i < text.length && !/\s|[()"]/.test(text.charAt(i))) i++;
      const chunk = text.slice(start, i);
      if (chunk === 'OR' || chunk === '|') items.push({ op: 'or' });
      else if (chunk === 'NOT') negateNext = true;
      else if (chunk !== 'AND') {
        const item = wordItem(chunk, negateNext, notices);
        if (item) items.push(item);
        negateNext = false;
      }
    }
  }
  return items;
}

function wordItem(chunk: string, negateNext: boolean, notices: string[]): Item | null {
  const negated = negateNext || chunk.startsWith('-');
  const body = chunk.replace(/^[-+]+/, '');
  const starred = /\*$/.test(body);
  const core = body.replace(/\*+$/, '');
  if (!SEARCHABLE.test(core)) return null;
  if (starred && !/^\p{Script=Han}/u.test(core) && [...core].length < MIN_PREFIX_CHARS) {
    notices.push(`"${core}*" is too short for a prefix search: searched for the word "${core}"`);
    return { op: 'term', term: { kind: 'word', text: core }, negated };
  }
  return { op: 'term', term: { kind: starred ? 'prefix' : 'word', text: core }, negated };
}

/** OR joins the terms on either side of it; one with nothing on a side is ignored. */
function group(items: Item[]): { groups: Term[][]; excluded: Term[] } {
  const groups: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  for (const item of items) {
    if (item.op === 'or') {
      joinNext = groups.length > 0;
    } else if (item.negated) {
      excluded.push(item.term);
      joinNext = false;
    } else {
      const last = groups.at(-1);
      if (joinNext && last) last.push(item.term);
      else groups.push([item.term]);
      joinNext = false;
    }
  }
  return { groups, excluded };
}

function keepTerms(groups: Term[][], excluded: Term[], notices: string[]): { groups: Term[][]; excluded: Term[] } {
  let budget = MAX_TERMS;
  const keptGroups: Term[][] = [];
  for (const g of groups) {
    const kept = g.slice(0, Math.max(0, budget));
    budget -= kept.length;
    if (kept.length > 0) keptGroups.push(kept);
  }
  const keptExcluded = excluded.slice(0, Math.max(0, budget));
  const total = groups.flat().length + excluded.length;
  if (total > MAX_TERMS) notices.push(`only the first ${MAX_TERMS} terms were searched`);
  return { groups: keptGroups, excluded: keptExcluded };
}
