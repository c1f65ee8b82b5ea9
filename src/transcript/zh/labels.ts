// What a Chinese label may be: a short name, an outlet ("《环球时报》记者") or a role ("发言人",
// "行政長官"), perhaps with a note ("追问"). Never a clause: "以下是答问实录：" and "双方在以下几点
// 达成共识：" end in a colon but are sentences that introduce what follows.

// Traditional forms of the characters that label words are made of: "記者" is "记者", "問" is "问".
const TRADITIONAL: Record<string, string> = {
  記: '记',
  問: '问',
  發: '发',
  言: '言',
  譯: '译',
  長: '长',
  張: '张',
  總: '总',
  統: '统',
  書: '书',
  與: '与',
  會: '会',
  議: '议',
  員: '员',
  務: '务',
  聞: '闻',
  報: '报',
  視: '视',
  廣: '广',
  電: '电',
  臺: '台',
  台: '台',
  華: '华',
  續: '续',
  詢: '询',
  協: '协',
  國: '国',
  門: '门',
  廳: '厅',
  團: '团',
  經: '经',
  濟: '济',
  時: '时',
  眾: '众',
  鳳: '凤',
  衛: '卫',
  館: '馆',
  處: '处',
  導: '导',
  禮: '礼',
  儀: '仪',
  負: '负',
  責: '责',
  輯: '辑',
  編: '编',
  題: '题',
  標: '标',
  來: '来',
  攝: '摄',
  審: '审',
  對: '对',
  體: '体',
  觀: '观',
  現: '现',
  場: '场',
};

// The fields of a Chinese page's byline, printed on one line with one space between them
// ("作者： admin 时间：2016-02-05 来源：…"): a pattern's source, for the readers that split or refuse them.
export const BYLINE_FIELD_KEY = '(?:作者|时间|時間|日期|发布时间|發布時間|来源|來源|编辑|編輯|责任编辑|責任編輯)';

/** The label in Simplified characters, for comparing with label words ("記者" → "记者"). */
export function simplified(text: string): string {
  let out = '';
  for (const c of text) out += TRADITIONAL[c] ?? c;
  return out;
}

// Words of a clause, never of a name, outlet or role: copulas, particles, pronouns, verbs of
// saying and agreeing, "the following". Some ("在", "对") may sit in a short name ("文在寅"), so
// they count only in a label too long to be a name.
const CLAUSE =
  /结论|結論|总结|總結|以下|如下|下列|是|了|的|达成|達成|共识|共識|表示|指出|认为|認為|强调|強調|称|稱|说|說|包括|介绍|介紹|宣布|如何|什么|什麼|为何|為何|吗|嗎|呢|我|你|他们|他們|她们|她們|点击|點擊|跳转|跳轉|扫码|掃碼|长按|長按|为例|為例|又|亦指|又指|(?<=\p{Script=Han}{2})指$/u;
// Modal and adverb words ("中国领导人可能会反问"): a sentence leading into a quotation.
const CLAUSE_IN_LONG =
  /在|将|將|把|被|就|着|著|过|過|于|於|有(?![线線限])|可能|将会|將會|也会|也會|都会|都會|还会|還會|就会|就會|曾经|曾經|已经|已經|正在|反问|反問|问道|問道/u;
const LONG = 5;
const OUTLET_REPORTER = /^(?:《[^《》]{1,20}》|[^《》]{1,20}?)(?:的)?(?:记者|記者)/u;

// Words that open a clause or a point of an answer, never a label: "关于第一个问题：", "此外：".
// Also a comparison, an example or a note: "像地質一樣：", "比如：", "舉例來講：", "注意：", "換句話說：".
const CLAUSE_START =
  /^(?:关于|關於|至于|至於|对于|對於|此外|另外|总之|總之|首先|其次|最后|最後|同时|同時|第[一二三四五六七八九十\d]|像|好像|就像|如同|比如|例如|譬如|注意|请注意|請注意|换句话说|換句話說|也就是说|也就是說|简单来说|簡單來說|重点|重點|结果|結果|专访|專訪|独家专访|獨家專訪|对话|對話|举例|舉例|打个比方|打個比方|换言之|換言之|反过来|反過來|相反|因此|所以|但是|不过|不過|然而)/u;

/** A label that reads as a clause ("以下是答问实录"), not as a name, outlet or role. */
export function isChineseClause(label: string): boolean {
  if (CLAUSE_START.test(label)) return true;
  // "新华社记者", "凤凰卫视的记者追问": an outlet's reporter, whatever the outlet is called.
  if (OUTLET_REPORTER.test(label) && !/以下|如下|下列|说|說|表示/u.test(label)) return false;
  return CLAUSE.test(label) || ([...label].length >= LONG && CLAUSE_IN_LONG.test(label));
}

// Book-title marks hold only an outlet's name in a label: "《环球时报》记者", "埃及《金字塔报》" (its country before it).
const BOOK_TITLE = /^(\p{Script=Han}{0,6})《([^《》]{1,20})》/u;

/** Whether the label's punctuation is a label's: book-title marks only around an outlet at the start (after its country). */
export function hasOnlyLabelMarks(label: string): boolean {
  const rest = label.replace(BOOK_TITLE, '');
  return !/[《》]/u.test(rest);
}

/** "《环球时报》记者" → "环球时报记者": the marks say "this is a title", the outlet is the name inside. */
export function withoutBookTitleMarks(label: string): string {
  return label.replace(BOOK_TITLE, '$1$2');
}

// A note run into the label without brackets: "彭博社记者追问", "记者續問".
const TRAILING_NOTE = /(?<=[记記]者|问|問)(?:追问|追問|再问|再問|续问|續問)$/u;

/** The note run into the label, if any: "彭博社记者追问" → ["彭博社记者", "追问"]. */
export function splitTrailingNote(label: string): [string, string] | null {
  const note = TRAILING_NOTE.exec(label);
  return note ? [label.slice(0, note.index), note[0]] : null;
}

// Offices printed before a Chinese name: "外交部发言人汪文斌", "行政長官梁振英", "外长王毅".
export const CHINESE_OFFICE =
  /(?:发言人|發言人|部长|部長|外长|外長|大使|主任|主席|副主席|总理|總理|总统|總統|首相|行政长官|行政長官|特首|司长|司長|局长|局長|署长|署長|处长|處長|厅长|廳長|院长|院長|行长|行長|秘书长|秘書長|董事长|董事長|总裁|總裁|创办人|創辦人|创始人|創始人|市长|市長|省长|省長|议员|議員|主持人)/u;
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
const NUMBERED_QUESTION = /^(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]\s*(?=问|問|提问|提問)|\d{1,2}、(?=[\p{Script=Han}A-Z《]))/u;

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
  '評',
  '评论',
  '評論',
  '点评',
  '點評',
  '原文链接',
  '原文鏈接',
  '原文連結',
  '翻译报道',
  '翻譯報導',
  '翻译文章',
  '翻譯文章',
  '采访视频链接',
  '採訪視頻連結',
  '视频链接',
  '視頻連結',
  '延伸阅读',
  '延申閱讀',
  '延伸閱讀',
] as const;
