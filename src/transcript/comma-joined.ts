// A transcript stored as one field of a data set, its paragraphs pasted together with commas
// or with two spaces ("…Thank you very much.  Prime Minister May. Well, thank you …")
// ("…you want.,QUESTIONS,EFFECTS OF THE ELECTION,[1.] Q. Mr. President, …?,THE PRESIDENT. I
// think …"): each comma right after a sentence's end, with no space before the next capital, was a
// paragraph break. Read only where the text has few line breaks and many such joins.
import { isTitleCaseHeading } from './segment.ts';

// After a sentence's end, or after a heading in capitals ("QUESTIONS,EFFECTS OF THE ELECTION,[1.] Q.").
const JOIN = /(?<=[.?!:"”’)\]\d]|\p{Lu}{2}),(?=[\p{Lu}[\d(“"])/gu;
const MIN_JOINS = 8;

// Two spaces after a sentence's end, then a capital, a bracket or a quotation mark.
// Also two spaces before a reporter's "Q. ", whatever stands before them ("Russia-U.S. Relations  Q. Thank you.").
const SPACE_JOIN = /(?<=[.?!"”’)\]]) {2}(?=[\p{Lu}[(“"])|(?<=\S) {2}(?=Q\. )/gu;
const MAX_LINES_JOINED = 5;
const MIN_JOINED_LINE = 600;

/** The text with comma- or space-joined paragraphs apart again, or the text as it is. */
export function withCommaJoinsSplit(text: string): string {
  return withSpaceJoinsSplit(withJoinsSplit(text));
}

/**
 * A text of a few lines, one of them thousands of characters long with many two-space joins: its
 * paragraphs pasted together. (Typing two spaces after each sentence inside paragraphs that keep their
 * line breaks is left as it is.)
 */
function withSpaceJoinsSplit(text: string): string {
  if (text.length < MIN_JOINED_LINE || !text.includes('  ')) return text;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > MAX_LINES_JOINED || !lines.some((line) => line.length >= MIN_JOINED_LINE)) return text;
  const joins = text.match(SPACE_JOIN)?.length ?? 0;
  if (joins < MIN_JOINS) return text;
  // "Arab-Israeli Peace Process Q. Thank you, …": an editor's subject line with one space before a reporter's "Q.".
  return text.replace(SPACE_JOIN, '\n\n').replace(HEADING_BEFORE_Q, (whole, heading: string) => (isTitleCaseHeading(heading) ? `${heading}\n\n` : whole));
}

const HEADING_BEFORE_Q = /(?<=^|\n)([^\n.?!]{3,120}?) (?=Q\. )/g;

function withJoinsSplit(text: string): string {
  if (!text.includes(',')) return text;
  const joins = countJoins(text);
  if (joins < MIN_JOINS) return text;
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0 && breaks * 4 < joins; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks * 4 < joins ? text.replace(JOIN, '\n\n') : text;
}

// JOIN's two sides, read where a comma stands: the code points before it, the one after it.
const BEFORE_JOIN = /(?:[.?!:"”’)\]\d]|\p{Lu}{2})$/u;
const AFTER_JOIN = /^[\p{Lu}[\d(“"]/u;

/**
 * text.match(JOIN)?.length ?? 0, read from comma to comma: the pattern opens with a lookbehind,
 * which V8 tries at every character of the text. A match is one comma (its sides are
 * lookarounds), so the matches are the commas whose sides fit: the four code units before a
 * comma hold its two code points before, the two after it its code point after.
 */
function countJoins(text: string): number {
  let joins = 0;
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    // Most commas are followed by a space or a lowercase letter, neither of which AFTER_JOIN takes.
    const next = text.charCodeAt(at + 1);
    if (next === 0x20 || (next >= 0x61 && next <= 0x7a)) continue;
    if (AFTER_JOIN.test(text.slice(at + 1, at + 3)) && BEFORE_JOIN.test(text.slice(Math.max(0, at - 4), at))) joins++;
  }
  return joins;
}
