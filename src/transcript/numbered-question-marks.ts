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
    if (!opensWithQuestionKey(text)) continue;
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

/** Whether the line's first character, after spaces and a bold mark, is "Q", "问" or "提": read by character code. */
function opensWithQuestionKey(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  if (text.charCodeAt(i) === 0x2a && text.charCodeAt(i + 1) === 0x2a) i += 2;
  const c = text.charCodeAt(i);
  return c === 0x51 /* Q */ || c === 0x95ee /* 问 */ || c === 0x63d0 /* 提 */;
}
