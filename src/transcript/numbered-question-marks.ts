// "Q7、现在PDT中的市场代表……" among "Q1：……" and "任总：……": minutes that number their questions with
// a list's mark instead of a colon (some halfway through) ask them all the same way. Each becomes the
// question's label with a colon, so it is read as "Q1：" is.
import type { SourceLine } from './types.ts';

const MARKED = /^(\s*(?:\*\*)?(?:Q|问题|提问|问)\s?\d{1,3})[、.．](?=\s*\S)/u;
const WITH_COLON = /^\s*(?:\*\*)?(?:Q|问题|提问|问)\s?\d{1,3}(?:\*\*)?\s*[：:]/u;
// "Q1、" three times over: a question's number, even where no question is printed "Q1：".
const MARKED_Q = /^\s*(?:\*\*)?Q\s?\d/;
const MIN_MARKED = 2;
const MIN_MARKED_ALONE = 3;

export function withNumberedQuestionMarks(lines: SourceLine[]): SourceLine[] {
  let marked = 0;
  let markedQ = 0;
  let colon = 0;
  for (const line of lines) {
    const text = line.text;
    // Most lines open with neither a Q nor 问/提问: passed over without a pattern.
    const c = text.trimStart().replace(/^\*\*/, '').charAt(0);
    if (c !== 'Q' && c !== '问' && c !== '提') continue;
    if (MARKED.test(text)) {
      marked++;
      if (MARKED_Q.test(text)) markedQ++;
    } else if (WITH_COLON.test(text)) colon++;
  }
  if (!((marked >= MIN_MARKED && colon > 0) || markedQ >= MIN_MARKED_ALONE)) return lines;
  return lines.map((line) => {
    const m = MARKED.exec(line.text);
    return m ? { ...line, text: `${m[1]}：${line.text.slice(m[0].length).trimStart()}` } : line;
  });
}
