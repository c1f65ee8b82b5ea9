// What a Chinese label may be: a short name, an outlet ("《环球时报》记者") or a role ("发言人",
// "行政長官"), perhaps with a note ("追问"). Never a clause: "以下是答问实录：" and "双方在以下几点
// 达成共识：" end in a colon but are sentences that introduce what follows.

// The fields of a Chinese page's byline, printed on one line with one space between them
// ("作者： admin 时间：2016-02-05 来源：…"): a pattern's source, for the readers that split or refuse them.
export const BYLINE_FIELD_KEY = '(?:作者|时间|日期|发布时间|来源|编辑|责任编辑)';

// Words of a clause, never of a name, outlet or role: copulas, particles, pronouns, verbs of
// saying and agreeing, "the following". Some ("在", "对") may sit in a short name ("文在寅"), so
// they count only in a label too long to be a name.
const CLAUSE =
  /结论|总结|以下|如下|下列|是|了|的|达成|共识|表示|指出|认为|强调|称|说|包括|介绍|宣布|如何|什么|为何|吗|呢|我|你|他们|她们|点击|跳转|扫码|长按|为例|又|亦指|又指|(?<=\p{Script=Han}{2})指$/u;
// Modal and adverb words ("中国领导人可能会反问"): a sentence leading into a quotation.
const CLAUSE_IN_LONG = /在|将|把|被|就|着|著|过|于|很|了|有(?![线限])|可能|将会|也会|都会|还会|就会|曾经|已经|正在|反问|问道/u;
const LONG = 5;
const OUTLET_REPORTER = /^(?:《[^《》]{1,20}》|[^《》]{1,20}?)(?:的)?(?:记者)/u;

// Words that open a clause or a point of an answer, never a label: "关于第一个问题：", "此外：".
// Also a comparison, an example or a note: "像地質一樣：", "比如：", "舉例來講：", "注意：", "換句話說：".
const CLAUSE_START =
  /^(?:关于|至于|对于|此外|另外|总之|首先|其次|最后|同时|第[一二三四五六七八九十\d]|像|好像|就像|如同|比如|例如|譬如|注意|请注意|换句话说|也就是说|简单来说|重点|结果|专访|独家专访|对话|举例|举个例子|打个比方|换言之|反过来|相反|因此|所以|但是|不过|然而|先(?!生)|这就|这是|那是|这样|那样)/u;

// Outlets named with an ordinal: 第一财经 (Yicai) and its daily, 第一视频.
const ORDINAL_OUTLET = /^第一(?:财经|财經|视频|視頻)/u;

/** A label that reads as a clause ("以下是答问实录"), not as a name, outlet or role. */
export function isChineseClause(label: string): boolean {
  // ("第一财经：": an outlet whose name opens with an ordinal, not "第一，…".)
  if (CLAUSE_START.test(label) && !ORDINAL_OUTLET.test(label)) return true;
  // "新华社记者", "凤凰卫视的记者追问": an outlet's reporter, whatever the outlet is called.
  if (OUTLET_REPORTER.test(label) && !/以下|如下|下列|说|表示|问了/u.test(label)) return false;
  return CLAUSE.test(label) || (wordLength(label) >= LONG && CLAUSE_IN_LONG.test(label));
}

/** The label's length with a Latin name counted as one character: "有新Newin" is a brand's short name, not a clause. */
function wordLength(label: string): number {
  return [...label.replace(/[A-Za-z][A-Za-z0-9&.'’-]*/g, 'A')].length;
}

// Book-title marks hold only an outlet's name in a label: "《环球时报》记者", "埃及《金字塔报》" (its country before it).
const BOOK_TITLE = /^(\p{Script=Han}{0,6})《([^《》]{1,20})》/u;

/** Whether the label's punctuation is a label's: book-title marks only around an outlet at the start (after its country). */
export function hasOnlyLabelMarks(label: string): boolean {
  // ("记者（《海港晨报》）": the outlet in its marks, in brackets after the word for reporter or a name.)
  const rest = label.replace(BOOK_TITLE, '').replace(OUTLET_IN_BRACKETS, '');
  return !/[《》]/u.test(rest);
}

const OUTLET_IN_BRACKETS = /[（(]《[^《》]{1,20}》[）)]$/u;

/** "《环球时报》记者" → "环球时报记者": the marks say "this is a title", the outlet is the name inside. */
export function withoutBookTitleMarks(label: string): string {
  return label.replace(BOOK_TITLE, '$1$2');
}

// A note run into the label without brackets: "彭博社记者追问", "记者續問".
const TRAILING_NOTE = /(?<=记者|问)(?:追问|再问|续问)$/u;

/** The note run into the label, if any: "彭博社记者追问" → ["彭博社记者", "追问"]. */
export function splitTrailingNote(label: string): [string, string] | null {
  const note = TRAILING_NOTE.exec(label);
  return note ? [label.slice(0, note.index), note[0]] : null;
}

// Offices printed before a Chinese name: "外交部发言人汪文斌", "行政長官梁振英", "外长王毅".
export const CHINESE_OFFICE =
  /(?:发言人|部长|外长|大使|主任|主席|副主席|总理|总统|首相|行政长官|特首|司长|局长|署长|处长|厅长|院长|行长|秘书长|董事长|总裁|创办人|创始人|市长|省长|议员|主持人)/u;
const OFFICE_THEN_NAME = new RegExp(`^(.*${CHINESE_OFFICE.source})([\\p{Script=Han}·]{2,4})$`, 'u');

/** "外交部发言人汪文斌" → office "外交部发言人", name "汪文斌"; null for an office alone or a name alone. */
export function splitOfficeAndName(label: string): { office: string; name: string } | null {
  const m = OFFICE_THEN_NAME.exec(label);
  if (!m) return null;
  const name = m[2]!;
  // "外交部副发言人": the office's own words are not a name.
  if (CHINESE_OFFICE.test(name)) return null;
  return { office: m[1]!, name };
}

// Built once: made on every call, it stood out in the profile of every shape.
const OFFICE_ALONE = new RegExp(`^[\\p{Script=Han}]{0,8}${CHINESE_OFFICE.source}$`, 'u');

/** Whether the label is an office alone ("行政長官", "外交部发言人"): the person holding it is named elsewhere. */
export function isChineseOffice(label: string): boolean {
  return OFFICE_ALONE.test(label);
}

// "一、问：", "2. 问：": a numbered release numbers its questions, not its answers.
// "一、问：", "3. 提问：", and "12、华尔街日报Amir Mizroch:", a numbered questioner's label.
const NUMBERED_QUESTION = /^(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]\s*(?=问|问|提问)|\d{1,2}、(?=(?:\*\*)?[\p{Script=Han}A-Z《]))/u;

/** How many characters a question's number takes before its label at `start`, or 0. */
export function questionNumberLength(line: string, start: number): number {
  const c = line.charCodeAt(start);
  // Only a numeral opens a numbered question: other lines are passed over at once.
  if (!((c >= 0x30 && c <= 0x39) || '一二三四五六七八九十'.includes(line.charAt(start)))) return 0;
  return NUMBERED_QUESTION.exec(line.slice(start, start + 8))?.[0].length ?? 0;
}

/** A Chinese personal name as labels print it: two to four characters ("白睿文", "林海"). */
export const CHINESE_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * A reposter's own words around a translated interview, as the line opening them prints them
 * ("评：…", "原文链接", "翻譯報導：…", "延伸阅读"): never a speaker's label, and near the end of a
 * transcript they end it (closing.ts).
 */
export const REPOSTER_NOTES = [
  '评',
  '评论',
  '点评',
  '原文链接',
  '原文连结',
  '翻译报道',
  '翻译报导',
  '翻译文章',
  '采访视频链接',
  '采访视频连结',
  '视频链接',
  '视频连结',
  '延伸阅读',
  '延申阅读',
] as const;
