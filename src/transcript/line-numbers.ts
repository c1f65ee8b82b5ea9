// A stenographer's transcript (a hearing, a deposition, a court): every line of a page numbered
// 1 to 25 in the margin, often double-spaced. The numbers are the page's furniture, not anyone's
// words: each is blanked (the indent after it kept, as it marks a new paragraph), and the blank
// lines of double spacing are dropped, so a turn's lines read as one paragraph again.
import type { SourceLine } from './types.ts';

// "      12             SENATOR MURPHY:  Thank you." — a margin number, then two spaces or more (or nothing).
const MARGIN_NUMBER = /^(\s{0,10})(\d{1,2})(?=\s{2,}\S|\s*$)/;
const MIN_NUMBERED = 20;

export function withLineNumbersOff(lines: SourceLine[]): SourceLine[] {
  let numbered = 0;
  let inOrder = 0;
  let last = 0;
  let nonBlank = 0;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    nonBlank++;
    const m = MARGIN_NUMBER.exec(line.text);
    if (!m) continue;
    numbered++;
    const n = Number(m[2]);
    if (n === last + 1 || (n === 1 && last >= 10)) inOrder++;
    last = n;
  }
  // Most lines numbered, and the numbers counting up page by page: a numbered transcript.
  if (numbered < MIN_NUMBERED || numbered * 3 < nonBlank * 2 || inOrder * 5 < numbered * 4) return lines;
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = MARGIN_NUMBER.exec(line.text);
    if (m) {
      out.push({ ...line, text: m[1]! + ' '.repeat(m[2]!.length) + line.text.slice(m[0].length) });
      continue;
    }
    // Double spacing: a blank line between two numbered lines of the same page is no paragraph break.
    const next = lines[i + 1];
    const blankBetween = line.text.trim() === '' && out.length > 0 && next !== undefined && next.page === line.page && MARGIN_NUMBER.test(next.text);
    if (blankBetween && MARGIN_NUMBER.test(lines[i - 1]?.text ?? '')) continue;
    out.push(line);
  }
  return out;
}
