// A numbered release may print a question and its answer on one line: "一、问：……？答：……。"
// The answer's label after the question's end starts a line of its own, so it is read as a label.
import type { SourceLine } from '../types.ts';

const INLINE_ANSWER = /(?<=[？?。！!」”])\s*(?=(?:答|回答)[：:])/u;
const QUESTION_LABEL = /^\s*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]\s*)?(?:问|提问)[：:]/u;

export function splitInlineAnswers(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => hasAnswerLabel(l.text))) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    const at = QUESTION_LABEL.test(line.text) ? line.text.search(INLINE_ANSWER) : -1;
    if (at <= 0) {
      out.push(line);
      continue;
    }
    const answer = line.text.slice(at).trimStart();
    out.push({ ...line, text: line.text.slice(0, at) }, { ...line, text: answer, pageStart: false });
  }
  return out;
}

/** "答：" or "答:" anywhere in the text: one search for "答" per line, not one per colon. */
function hasAnswerLabel(text: string): boolean {
  for (let at = text.indexOf('答'); at >= 0; at = text.indexOf('答', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 0xff1a /* ： */ || next === 0x3a /* : */) return true;
  }
  return false;
}
