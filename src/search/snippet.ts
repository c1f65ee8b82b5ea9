// A short excerpt of a turn around what the query found, the found words wrapped in «…». Made in
// JavaScript from the stored text for the page of results only: the FTS5 table keeps no text, and
// Chinese words found inside longer words (中美 in 中美关系) are marked too.
// « and » in the text itself become ‹ and ›, so every « » in a snippet is a mark: a page escapes the
// snippet as text, then turns « into <mark> and » into </mark>.
import { foldWord, type HighlightTerm } from './match.ts';

export const SNIPPET_CHARS = 200;
export const MARK_OPEN = '«';
export const MARK_CLOSE = '»';

interface Range {
  start: number;
  end: number;
  term: number;
}

/** Words outside Han script, as unicode61 sees them (letters, digits, marks). */
const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}\p{Co}])+/gu;

export function snippet(text: string, terms: readonly HighlightTerm[], maxChars = SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/«/g, '‹').replace(/»/g, '›');
  const ranges = merge(findRanges(flat, terms));
  const [start, end] = window(flat, ranges, maxChars);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const r of ranges) {
    if (r.end <= start || r.start >= end) continue;
    const s = Math.max(r.start, start);
    const e = Math.min(r.end, end);
    out += flat.slice(at, s) + MARK_OPEN + flat.slice(s, e) + MARK_CLOSE;
    at = e;
  }
  out += flat.slice(at, end);
  return end < flat.length ? `${out}…` : out;
}

function findRanges(text: string, terms: readonly HighlightTerm[]): Range[] {
  const ranges: Range[] = [];
  terms.forEach((term, i) => {
    if (term.kind === 'han') {
      for (let at = text.indexOf(term.text); at >= 0; at = text.indexOf(term.text, at + term.text.length)) {
        ranges.push({ start: at, end: at + term.text.length, term: i });
      }
    }
  });
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0].normalize('NFKC'));
    terms.forEach((term, i) => {
      if ((term.kind === 'word' && folded === term.text) || (term.kind === 'prefix' && folded.startsWith(term.text))) {
        ranges.push({ start: m.index, end: m.index + m[0].length, term: i });
      }
    });
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Overlapping marks become one (中美关系 and 中美 both found at the same place). */
function merge(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** The stretch of at most maxChars showing the most different terms, started a little before the first. */
function window(text: string, ranges: Range[], maxChars: number): [number, number] {
  if (text.length <= maxChars) return [0, text.length];
  let best = { start: 0, score: -1 };
  for (const first of ranges) {
    const start = Math.max(0, first.start - Math.floor(maxChars / 5));
    const inside = ranges.filter((r) => r.start >= start && r.end <= start + maxChars);
    const score = new Set(inside.map((r) => r.term)).size * 1000 + inside.length;
    if (score > best.score) best = { start, score };
  }
  let start = best.start;
  let end = Math.min(text.length, start + maxChars);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space - start < 20 && space < (ranges.find((r) => r.start >= start)?.start ?? end)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && end - space < 20) end = space;
  }
  // Never split a character outside the Basic Multilingual Plane.
  if (/[\uDC00-\uDFFF]/.test(text.charAt(start))) start++;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(end))) end--;
  return [start, end];
}
