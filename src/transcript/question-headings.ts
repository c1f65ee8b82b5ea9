// Questions set as headings over the answers ("#### **Q. How does it feel to win?**", "### Q: What next?", "#### 问：…"),
// as a club's or a magazine's page prints an interview: each is a question, not a section's title. The
// heading marks are taken off, so the question's mark opens the line as a label.
import type { SourceLine } from './types.ts';

// A Markdown heading whose words open with the question's mark: "Q.", "Q:", "Question:", in emphasis or not;
// a Chinese page's "#### 问：…" and "#### 答：…" (the answer set as a heading too).
const QUESTION_HEADING = /^(\s{0,3}#{1,6}[ \t]+)(?=(?:\*\*|__|\*|_)?(?:(?:Q[.:]|Question:)[ \t]+\S|[问答][：:][ \t]*\S))/u;
// Two at least: one heading that happens to open so is a title.
const MIN_QUESTION_HEADINGS = 2;

export function withQuestionHeadingsUnset(lines: SourceLine[]): SourceLine[] {
  let found = 0;
  // Settled without the pattern for most lines: a heading's "#" stands among the first characters.
  for (const line of lines) {
    const hash = line.text.indexOf('#');
    if (hash >= 0 && hash <= 3 && QUESTION_HEADING.test(line.text)) found++;
  }
  if (found < MIN_QUESTION_HEADINGS) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    const heading = QUESTION_HEADING.exec(line.text);
    out.push(heading ? { ...line, text: line.text.slice(heading[1]!.length) } : line);
  }
  return out;
}
