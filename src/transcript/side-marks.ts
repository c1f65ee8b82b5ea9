// A bank's call transcript as a PDF's text layer (CallStreet's layout) marks each speaker's post line
// with the part they play, far to the right: "Analyst, Truist Securities, Inc.      …      Q" over a
// question, "Chief Financial Officer, JPMorganChase      …      A" over an answer. The mark is taken off,
// so the name over its post reads as a label does (names-over-roles.ts); and the rows of dots it rules
// between turns are blank lines, a turn's end, not words.
import type { SourceLine } from './types.ts';

const SIDE_MARK = /^(\S.*?\S)[ \t]{12,}[QA][ \t]*$/;
const MIN_MARKS = 2;

export function withSideMarksOff(lines: SourceLine[]): SourceLine[] {
  let marks = 0;
  for (const line of lines) {
    const text = line.text;
    let end = text.length - 1;
    while (end > 0 && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09)) end--;
    const c = text.charCodeAt(end);
    // Only a line ending in "Q" or "A" after a wide gap is tried.
    if ((c === 0x51 || c === 0x41) && text.charCodeAt(end - 1) === 0x20 && SIDE_MARK.test(text) && ++marks >= MIN_MARKS) break;
  }
  if (marks < MIN_MARKS) return lines;
  return lines.map((line) => {
    const m = SIDE_MARK.exec(line.text);
    return m ? { ...line, text: m[1]! } : line;
  });
}

const DOTTED_RULE = /^[ \t]*\.{20,}[ \t]*$/;

/** A line of dots alone ("………" across the page) as a blank line. */
export function withDottedRulesOff(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((line) => line.text.includes('..........') && DOTTED_RULE.test(line.text))) return lines;
  return lines.map((line) => (DOTTED_RULE.test(line.text) ? { ...line, text: '' } : line));
}
