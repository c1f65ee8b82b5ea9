// Text pasted with a margin (an e-mail's quoted block, a page saved from a <pre>, a PDF layer with a
// left margin): every line opening with the same blanks. The margin is nobody's layout: taken off
// before anything reads the text (a Markdown reader would take four blanks for code), each line
// keeps only the indent it has beyond it, so labels stand at the start of their lines. Front matter
// over the text stays as it is.
const FRONT_MATTER_END = /\n(?:---|\.\.\.)[ \t]*\r?\n/g;

/** The text without the blanks all its non-blank lines open with, or the text as it was. */
export function withoutCommonIndent(text: string): string {
  let from = 0;
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
    FRONT_MATTER_END.lastIndex = 3;
    const end = FRONT_MATTER_END.exec(text);
    if (end) from = end.index + end[0].length;
  }
  const margin = commonMargin(text, from);
  // One space is no margin to take: a PDF layer opening its lines with one space marks page starts
  // so (lines.ts hasPageStartSpace), and labels read past it.
  if (margin === '' || margin === ' ') return text;
  const body = text
    .slice(from)
    .split('\n')
    .map((line) => (line.trim() === '' ? line : line.slice(margin.length)))
    .join('\n');
  return text.slice(0, from) + body;
}

/** The blanks (spaces or tabs, the same ones) every non-blank line from `from` opens with. */
function commonMargin(text: string, from: number): string {
  let margin: string | null = null;
  let start = from;
  while (start <= text.length) {
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = text.length;
    let end = start;
    while (end < lineEnd && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09)) end++;
    // A blank line (or one of blanks and a carriage return) says nothing of the margin.
    const blank = end === lineEnd || (end === lineEnd - 1 && text.charCodeAt(end) === 0x0d);
    if (!blank) {
      if (margin === null) margin = text.slice(start, end);
      else {
        let common = 0;
        while (common < margin.length && start + common < end && text.charCodeAt(start + common) === margin.charCodeAt(common)) common++;
        if (common < margin.length) margin = margin.slice(0, common);
      }
      if (margin === '') return '';
    }
    start = lineEnd + 1;
  }
  return margin ?? '';
}
