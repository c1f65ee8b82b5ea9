// A reader's highlights kept by the app that saved the page (Omnivore, Cubox, Obsidian): marks woven
// into the text ("==黄仁勋：我了解…==", "**==Joseph：**"), which hide a label at the start of a line, and
// a section after the page copying the highlighted passages ("## Highlights", each a quote, labels and
// all). Both are the reader's, not the publisher's: the marks are taken out ("a == b" stays, spaced as
// an operator is) and the section is dropped, before labels are read.
import type { SourceLine } from './types.ts';

/** The lines without the reader's highlight marks and section of highlights, or the lines as they are. */
export function withHighlightsOff(lines: SourceLine[]): SourceLine[] {
  const section = highlightsSectionAt(lines);
  const kept = section < 0 ? lines : lines.slice(0, section);
  // Settled by one scan for most documents: a highlight opens some line (after emphasis or a list marker).
  if (!kept.some((line) => opensWithHighlight(line.text))) return kept;
  const out: SourceLine[] = [];
  for (const line of kept) out.push(line.text.includes('==') ? { ...line, text: withoutMarks(line.text) } : line);
  return out;
}

const OPENING = /^[\s*_>+-]{0,6}==[^\s=]/u;

function opensWithHighlight(text: string): boolean {
  const at = text.indexOf('==');
  return at >= 0 && at <= 6 && OPENING.test(text);
}

// "==" alone (not "==="), kept only where an operator's would stand: spaced on both sides ("a == b")
// or between two ASCII words ("a==b").
const DOUBLE_EQUALS = /(?<!=)==(?!=)/g;
const SPACE = /\s/;
const ASCII_WORD = /\w/;

function withoutMarks(text: string): string {
  return text.replace(DOUBLE_EQUALS, (mark, at: number) => {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + 2);
    const operator = (SPACE.test(before) && SPACE.test(after)) || (ASCII_WORD.test(before) && ASCII_WORD.test(after));
    return operator ? mark : '';
  });
}

const HEADING =
  /^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:highlights|my highlights|highlights (?:and|&) notes|annotations|划线|我的划线|我的笔记|标注)(?:\*\*)?\s*[:：]?\s*$/iu;
const QUOTED = /^\s*>/;
const MAX_HEADING = 30;

/** Where the section of highlights opens: its heading, over quoted passages to the end (most of its lines), or -1. */
function highlightsSectionAt(lines: readonly SourceLine[]): number {
  for (let i = lines.length - 2; i > 0; i--) {
    const text = lines[i]!.text;
    if (text.length > MAX_HEADING || !HEADING.test(text)) continue;
    let quoted = 0;
    let written = 0;
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k]!.text;
      if (line.trim() === '') continue;
      written++;
      if (QUOTED.test(line)) quoted++;
    }
    return written > 0 && quoted * 5 >= written * 4 ? i : -1;
  }
  return -1;
}
