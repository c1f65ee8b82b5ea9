// A news report of a press conference gives the question with its label ("21世纪经济报道记者现场
// 提问：……") and the answer in reported speech: "盛秋平回应表示，……", "盛秋平指出，……". The answer's
// first paragraph is given the speaker's label on a line of its own ("盛秋平："), its words kept as
// printed, so the conventions read it as that speaker's turn. Only right after a labelled question,
// and only for a name the document has printed before (the officials the lead presents).
import type { SourceLine } from '../types.ts';
import { CHINESE_OFFICE } from './labels.ts';

const QUESTION_LABEL =
  /^[\s\u3000]*(?:[\p{Script=Han}\w《》]{0,20}记者(?:现场)?(?:提问|问)|[\p{Script=Han}\w《》]{0,20}记者(?:现场)?(?:提问|问)|问|提问)[：:]/u;
// "邬惊雷介绍，", and with the office before the name: "市卫生健康委主任邬惊雷介绍，".
export const REPORTED = new RegExp(
  `^[\\s\\u3000]*(?:[\\p{Script=Han}、]{0,20}?${CHINESE_OFFICE.source})?(\\p{Script=Han}{2,4}?)(?:回应|回答|答复|答覆)?(?:表示|指出|强调|介绍|称|说)[，,：:]`,
  'u',
);
// "有记者提问，本市……如何？": the question told with a comma, not labelled with a colon.
const QUESTION_TOLD =
  /^[\s\u3000]*((?:有|另有|又有|还有|也有)?[\p{Script=Han}\w《》]{0,20}?(?:记者(?:现场)?(?:提问|问)|记者(?:现场)?(?:提问|问)))[，,](?=.*[？?][\s\u3000]*$)/u;
// A caption or a figure between the question and the answer: "（21世纪经济报道现场提问图）".
const CAPTION = /^[\s\u3000]*[（(][^）)]{0,60}[）)][\s\u3000]*$/u;
const NOT_NAMES = new Set(['对此', '他们', '她们', '我们', '同时', '此外', '另外', '报告', '记者', '专家', '有关', '相关', '文件', '数据', '分析']);

/** The lines with a label line put over each reported answer that follows a labelled question. */
export function withReportedAnswers(lines: SourceLine[]): SourceLine[] {
  // Most documents print no reporter's question label: one test of the text's characters first.
  if (
    !lines.some(
      (l) => (mentionsReporter(l.text) || l.text.includes('问') || l.text.includes('问')) && (QUESTION_LABEL.test(l.text) || QUESTION_TOLD.test(l.text)),
    )
  )
    return lines;
  const out: SourceLine[] = [];
  let before = '';
  let sinceQuestion = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    const text = line.text;
    const told = mentionsReporter(text) ? QUESTION_TOLD.exec(text) : null;
    if (told) {
      // The teller's words become the question's label; the question is as printed.
      out.push({ ...line, text: '', pageStart: false }, { ...line, text: `${told[1]!}：`, pageStart: false }, { ...line, text: text.slice(told[0].length) });
      sinceQuestion = 0;
      before += text;
      continue;
    }
    if (QUESTION_LABEL.test(text)) sinceQuestion = 0;
    else if (text.trim() !== '' && !CAPTION.test(text)) sinceQuestion++;
    const reported = sinceQuestion === 1 ? REPORTED.exec(text) : null;
    const name = reported?.[1];
    if (name && !NOT_NAMES.has(name) && before.includes(name)) {
      out.push({ ...line, text: '', pageStart: false }, { ...line, text: `${name}：`, pageStart: false }, line);
      sinceQuestion = Number.POSITIVE_INFINITY;
    } else out.push(line);
    before += text;
  }
  return out;
}

/** "记者" / "記者" in the text: what QUESTION_TOLD needs, found without it. */
function mentionsReporter(text: string): boolean {
  return text.includes('记者') || text.includes('记者');
}
