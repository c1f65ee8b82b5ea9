// What a Chinese page says about its conference besides the labels: the spokesperson named in
// the title or the dateline lead ("外交部发言人华春莹6日主持例行记者会", "外交部发言人汪文斌答
// 记者问"), and the day of the event where the lead gives it without a year ("中新网7月6日电",
// "5月21日，…接受傳媒採訪") — a news page is often dated the day after.
import { isCommonWord } from './word-classes.ts';
import { escapeRegExp } from '../chars.ts';
import { findDate } from '../dates.ts';
import type { FrontMatter } from '../frontmatter.ts';
import type { PreambleMetadata } from '../metadata.ts';
import { knownOutlet } from '../outlets.ts';
import { CHINESE_OFFICE, isChineseOffice } from './labels.ts';

const HAN = /\p{Script=Han}/u;
// After a name: perhaps the day ("6日"), then what they did, or a pause.
const ACT =
  '(?:教授|博士|先生|女士|医生)?(?:（[^）]{1,12}）)?(?:\\d{1,2}日|今天|昨天|今日|昨日|当天)?(?:（[^）]{1,12}）)?(?:上午|下午|晚上|早上|中午)?(?:在|于|就|联同|陪同|与|和|及|到访|前往|视察|巡视|访问|落区|主持|答|回答|提问|回应|强调|出席|举行|召开|会见|接受|表示|宣布|介绍|应询|说|称|指出|，|,|。)';
// A name never holds "等" ("外长访华等答问" lists topics, it names nobody).
// Nor does a name open with a particle ("行政長官的第二日": the office's, not its holder).
// Nor with a word of time or manner ("行政長官現在向本會發言": now, not a name), a modal ("主席可否說明")
// or a verb of speaking ("行政長官發言，…"), or an adverb of how often ("行政長官多次說…").
const NAME =
  '((?![的之是亦也都就在将将会会])(?!现在|现在|今天|今日|昨天|明天|日前|近日|早前|此前|目前|稍早|刚才|已经|正在|再次|首先|随即|稍后|可否|能否|是否|会否|可以|能够|应该|发言|讲话|致辞|答问|回答|表示|指出|一人|一名|一位|两位|各位|多次|多番|一再|再三|根本|完全|其实|从来|只是|记者|新闻|传媒|会见|屡次|曾经|一直|经常|常常|总是|仍然|还是|究竟|到底)(?:(?!等)[\\p{Script=Han}·]){2,4}?)';
// An office, a name of two to four characters, then what they did.
const OFFICE_NAME_ACT = new RegExp(`${CHINESE_OFFICE.source}${NAME}${ACT}`, 'u');
const SPOKESPERSON_EN =
  /\b(?:Spokesperson|Spokesman|Spokeswoman)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})(?=['’]s\b|\s+(?:Answers|Holds|Hosts|Meets|Remarks|on|at)\b|\s*[,:(]|\s*$)/u;
// "中新网7月6日电", "5月21日，", "7月6日下午": a month and day without the year.
const YEARLESS = /(?<!\d年\s*)(?<![\d〇一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/u;
const FULL_YEAR = /(\d{4})\s*年\s*\d{1,2}\s*月/gu;
const MAX_DAYS_BEFORE_PUBLICATION = 7;
const LEAD_CHARS = 60;
const SEARCH_LIMIT = 100_000;

/**
 * Fills what the generic preamble reading leaves open on a Chinese page: the title from
 * "原标题", the date from that title, the principal named in the title or lead, and the event's
 * day from a lead that gives it without a year.
 */
export function readChinesePreamble(
  meta: PreambleMetadata,
  frontMatter: FrontMatter | null,
  page: { originalTitle: string | null; issued: string | null },
  document: string,
): void {
  const { originalTitle } = page;
  if (originalTitle) {
    meta.title = originalTitle;
    meta.sources.push('original-title');
    meta.date ??= findDate(originalTitle)?.iso;
  }
  // A release's issue stamp: the day of a stand-up it reports "today".
  if (page.issued) meta.date ??= findDate(page.issued)?.iso;
  const texts = [frontMatter?.title ?? meta.title ?? '', ...meta.narration];
  // The ministry's English pages: "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference".
  meta.principal ??= SPOKESPERSON_EN.exec(texts[0]!)?.[1] ?? undefined;
  if (!texts.some((t) => HAN.test(t))) return;
  takeBracketedHeadline(meta);
  // The page's own heading under a repost's front-matter title names the spokesperson too: "…新闻发言人王春英就…答记者问".
  const named = frontMatter?.title && meta.title && meta.title !== frontMatter.title ? [...texts, meta.title] : texts;
  meta.principal ??=
    interviewee(texts) ??
    answeringOfficial(texts) ??
    principalNamedIn(named) ??
    QUOTED_IN_HEADLINE.exec(texts[0]!)?.[1] ??
    personBeforeBar(texts[0]!, document) ??
    UNNAMED_SPOKESPERSON.exec(texts[0]!)?.[1] ??
    latinNameInterviewed(named) ??
    undefined;
  const published = frontMatter?.date ?? null;
  const title = frontMatter?.title ?? meta.title ?? '';
  const titleDate = findDate(title)?.iso ?? null;
  // "蓬佩奧在7月8日新聞發佈會上的講話": a title that names the event's day without its year, on a page
  // dated when it was posted (its front matter or a stamp under the title): that day, up to a week before.
  const titleDay = !titleDate && YEARLESS.test(title) ? yearlessDate(title, published, meta.date ?? null, document) : null;
  if (titleDay) {
    meta.date = titleDay;
    if (frontMatter?.date) frontMatter.date = titleDay;
    return;
  }
  // A date the page prints in full in its title is the event's already; so is a dateline or issue
  // stamp, unless the lead opens on a day up to a week before it (a repost's stamp, then the event's day).
  if (meta.date && !published && meta.date === titleDate) return;
  // "2020年4月17日，蓬佩奧…" opening the lead (its digits perhaps in bold runs): the event's day, a
  // few days before the stamp the page was posted with.
  const fullDay = meta.date && !published ? leadFullDate(meta.narration, meta.date) : null;
  if (fullDay) {
    meta.date = fullDay;
    return;
  }
  // "教育局局长楊潤雄今天下午見記者", "李家潤昨傍晚見記者時": the day the official met the press, told from the day posted.
  const met = published ? relativeMeetingDay(meta.narration, published) : null;
  if (met) {
    meta.date = met;
    if (frontMatter?.date) frontMatter.date = met;
    return;
  }
  // The day that opens the sentence telling of the interview or the conference, before any other day a lead opens with
  // ("11月28日，有自媒体曝光了…" is the story's; "12月1日下午，界面新闻采访了…" the interview's).
  const opening = meta.narration.filter((t) => opensWithYearlessDay(t.slice(0, LEAD_CHARS)));
  const lead = opening.find((t) => TELLS_OF_THE_MEETING.test(t.slice(0, LEAD_CHARS))) ?? opening[0];
  const day = lead ? yearlessDate(lead.slice(0, LEAD_CHARS), published, meta.date ?? null, document) : weekdayBefore(meta.narration[0], published);
  if (!day) return;
  meta.date = day;
  // The page's own date is when it was published; the conference is the day the lead names.
  if (frontMatter?.date) frontMatter.date = day;
}

const TELLS_OF_THE_MEETING = /^[^。]{0,40}?(?:采访|专访|见记者|记者会|发布会|吹风会|答记者问|会见传媒)/u;
const RELATIVE_MEETING =
  /(今天|今日|昨天|昨日|昨晚|昨傍晚|昨早|前天|前日)(?:上午|下午|傍晚|晚上|早上|中午)?[^。，；]{0,8}?(?:见记者|见传媒|会见传媒|会见记者|召开记者会|举行记者会|出席记者会|答记者问|接受[^。，；]{0,12}(?:采访|专访))/u;
const DAYS_BACK: Record<string, number> = { 今: 0, 昨: 1, 前: 2 };

/** The day a lead says the press was met, counted back from the day the page was posted, or null. */
function relativeMeetingDay(narration: readonly string[], published: string): string | null {
  for (const text of narration.slice(0, 6)) {
    const m = text.length < 4000 ? RELATIVE_MEETING.exec(text) : null;
    if (!m) continue;
    const day = new Date(`${published.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(day.getTime())) return null;
    day.setUTCDate(day.getUTCDate() - DAYS_BACK[m[1]!.charAt(0)]!);
    return day.toISOString().slice(0, 10);
  }
  return null;
}

// A news headline quoting someone: "英記者問再教育營　華春瑩：「……」".
// "汪民安｜再读福柯：…": a magazine's headline opens with the name of the one it interviews.
const PERSON_BEFORE_BAR = /^\s*(\p{Script=Han}{2,4})\s*[｜|]/u;

/** The name before the headline's bar, where the text prints it again (a byline, a caption): a person, not a column's name. */
function personBeforeBar(title: string, document: string): string | undefined {
  const name = PERSON_BEFORE_BAR.exec(title)?.[1];
  if (!name || CHINESE_OFFICE.test(name) || knownOutlet(name)) return undefined;
  const first = document.indexOf(name);
  return first >= 0 && document.indexOf(name, first + name.length) >= 0 ? name : undefined;
}

const QUOTED_IN_HEADLINE = /(?:^|[\s　，,])([\p{Script=Han}·]{2,4})[：:]\s*[「“『"]/u;
// A post's headline in brackets before its lead, on one line: "【……外交部回应】2020年4月15日，…".
const BRACKETED_HEADLINE = /^\s*【([^】]{4,80})】\s*/u;

/** Where the page has no title, the bracketed headline that opens the lead is it. */
function takeBracketedHeadline(meta: PreambleMetadata): void {
  const first = meta.narration[0];
  const headline = first && !meta.title ? BRACKETED_HEADLINE.exec(first) : null;
  if (!headline) return;
  meta.title = headline[1]!;
  meta.sources.push('headline');
  const rest = first!.slice(headline[0].length);
  if (rest.trim() === '') meta.narration.shift();
  else meta.narration[0] = rest;
  meta.date ??= findDate(rest.slice(0, LEAD_CHARS))?.iso;
}

// "在周三的记者会上": the day of the week, in the lead of a page dated within the week after.
const WEEKDAY = /(?:周|星期|礼拜)([一二三四五六日天])/u;
const WEEKDAYS = '日一二三四五六';

/** The last day named by its weekday in the lead, on or before the publication date. */
function weekdayBefore(lead: string | undefined, published: string | null): string | null {
  const m = lead && published ? WEEKDAY.exec(lead) : null;
  if (!m) return null;
  const wanted = m[1] === '天' ? 0 : WEEKDAYS.indexOf(m[1]!);
  const day = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - wanted + 7) % 7));
  return day.toISOString().slice(0, 10);
}

// "对此，中共中央组织部、国务院国资委党委负责人接受采访，就…回答了记者提问", "军委训练管理部相关负责人就…接受了记者采访",
// "中央办公厅有关负责人就《通知》有关情况，接受了记者专访":
// the lead names the one who answers by office, whoever else it names (the leader who signed the rules).
const ANSWERING_OFFICIAL =
  /(?:^|[。，；：])\s*((?:[^。，；：\s]{2,40}?)(?:相关负责人|有关负责人|负责人|负责同志|有关同志|相关同志|发言人))(?:接受了?[^。，]{0,8}(?:采访|专访)[，,]?)?(?:就[^。]{0,120}?)?(?:接受了?[^。，]{0,20}(?:采访|专访)|回答了?记者(?:的)?提问|答记者问)/u;

// "就此，记者采访了国家发展改革委、国家能源局有关负责同志。": the official as the one the reporter interviewed.
const INTERVIEWED_OFFICIAL =
  /记者(?:近日|日前)?(?:采访|专访)了\s*((?:[^。，；：\s]{2,40}?)(?:相关负责人|有关负责人|负责人|负责同志|有关同志|相关同志|发言人))(?=[。，；]|$)/u;

function answeringOfficial(texts: readonly string[]): string | null {
  for (const text of texts.slice(0, 4)) {
    const m = text.length < 2000 ? (ANSWERING_OFFICIAL.exec(text) ?? INTERVIEWED_OFFICIAL.exec(text)) : null;
    if (m) return m[1]!;
  }
  return null;
}

// "以下是对汤道生的访谈": the lead says whose interview follows, whoever else it names.
const INTERVIEW_OF = /以下(?:是|为)?(?:对|与|和)([\p{Script=Han}·]{2,4}?)(?:先生|女士|博士|教授)?的(?:访谈|专访|采访|对话|谈话)/u;

function interviewee(texts: readonly string[]): string | null {
  for (const text of texts.slice(0, 30)) {
    const m = text.includes('以下') ? INTERVIEW_OF.exec(text) : null;
    if (m) return m[1]!;
  }
  return null;
}

// "外交部发言人就日本…答记者问": a spokesperson the title names by office only, the one who answers.
const UNNAMED_SPOKESPERSON = /^(\p{Script=Han}{2,12}?(?:发言人))(?:就|答|回答|表示|应询)/u;

// "Wikipedia创始人Jimmy Wales访谈": a Latin name right before the word for the interview.
const LATIN_NAME_INTERVIEWED = /(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\s*(?:先生|女士|博士|教授)?(?:访谈|专访|访问记|谈话)/u;

function latinNameInterviewed(texts: readonly string[]): string | null {
  for (const text of texts.slice(0, 20)) {
    const m = text.length < 200 ? LATIN_NAME_INTERVIEWED.exec(text) : null;
    if (m) return m[1]!;
  }
  return null;
}

/** The name after an office in the title or lead: "外交部发言人耿爽主持…" → "耿爽". */
export function principalNamedIn(texts: readonly string[]): string | null {
  for (const text of texts) {
    const m = OFFICE_NAME_ACT.exec(text);
    if (m && isName(m[1]!)) return m[1]!;
  }
  return null;
}

// What follows an office when no name does: "向發言人提問", "发言人表示".
const NOT_A_NAME = /^(?:公布|发表|联同|视察|访问|提问|表示|回应|强调|回答|答问|主持|出席|举行|召开|会见|接受|宣布|介绍|应询|指出|说|称)/u;

function isName(text: string): boolean {
  return !CHINESE_OFFICE.test(text) && !NOT_A_NAME.test(text);
}

/**
 * The day opens the lead ("5月21日，…", "中新网7月6日电", "新华社北京7月6日电"), not a clause
 * inside it ("…重新引燃。9月27日起，…", "此次从9月27日以来爆发的冲突").
 */
function opensWithYearlessDay(lead: string): boolean {
  const m = YEARLESS.exec(lead);
  if (!m) return false;
  const before = lead.slice(0, m.index);
  return before.length <= DATELINE_PREFIX && !/[，。！？!?,、；;]|[从自至到截于在]$/u.test(before);
}

const DATELINE_PREFIX = 12;

/** Whether a day (ms) is the reference day or up to MAX_DAYS_BEFORE_PUBLICATION days before it. */
function isUpToAWeekBefore(day: number, reference: number): boolean {
  const days = (reference - day) / 86_400_000;
  return days >= 0 && days <= MAX_DAYS_BEFORE_PUBLICATION;
}

/** A full date opening a lead paragraph (emphasis taken off), up to a week before the page's date. */
function leadFullDate(narration: readonly string[], stamped: string): string | null {
  for (const text of narration.slice(0, 3)) {
    const plain = text.slice(0, LEAD_CHARS * 3).replace(/\*\*|__/g, '');
    const found = findDate(plain.slice(0, LEAD_CHARS));
    if (!found || found.index > DATELINE_PREFIX || found.iso === stamped) continue;
    if (isUpToAWeekBefore(Date.parse(`${found.iso}T00:00:00Z`), Date.parse(`${stamped}T00:00:00Z`))) return found.iso;
  }
  return null;
}

/**
 * The lead's month and day in the year the page gives: the publication date's (the event up to
 * a week before it), else the year most dates written in full in the document carry.
 */
function yearlessDate(lead: string, published: string | null, known: string | null, document: string): string | null {
  const m = YEARLESS.exec(lead);
  if (!m) return null;
  const month = numeral(m[1]!);
  const day = numeral(m[2]!);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const reference = published ?? known;
  if (reference) {
    const ref = new Date(`${reference}T00:00:00Z`);
    if (Number.isNaN(ref.getTime())) return null;
    for (const year of [ref.getUTCFullYear(), ref.getUTCFullYear() - 1])
      if (isUpToAWeekBefore(Date.UTC(year, month - 1, day), ref.getTime())) return iso(year, month, day);
    return null;
  }
  const year = commonestYear(document.slice(0, SEARCH_LIMIT));
  return year ? iso(year, month, day) : null;
}

function commonestYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(FULL_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)!) best = year;
  return best;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Who holds the office a label names ("行政長官"), where the title or lead prints "行政長官梁振英在…". */
export function holderOfOffice(office: string, sources: string, title = ''): string | null {
  if (!isChineseOffice(office)) return null;
  // The first that is a name: "行政長官會見傳媒" in the title names nobody, "行政長官梁振英今日" in the lead does
  // ("拜登总统和习近平" names nobody after the office either).
  // ("行政长官筲箕湾会见传媒" over "…今日在筲箕湾…": a word the text puts after "在" is a place, no name.)
  for (const m of sources.matchAll(new RegExp(`${escapeRegExp(office)}${NAME}${ACT}`, 'gu')))
    if (isName(m[1]!) && !CONJUNCTION.test(m[1]!) && !isPlaceIn(m[1]!, sources) && !isCommonWord(m[1]!)) return m[1]!;
  // Or, in the title, the name before the office, as a foreign or Taiwanese head of state is printed: "蔡英文总统接受《纽约时报》专访".
  for (const m of title.matchAll(new RegExp(`${NAME_OPENS}([\\p{Script=Han}·]{2,3})${escapeRegExp(office)}`, 'gu')))
    if (isName(m[1]!) && !CONJUNCTION.test(m[1]!)) return m[1]!;
  return null;
}

const PLACE_BEFORE = ['在', '于', '到', '赴', '往'];

function isPlaceIn(word: string, text: string): boolean {
  return PLACE_BEFORE.some((at) => text.includes(at + word));
}

// Where a name may open: the text's or a line's start, after a clause's or a title's mark.
const NAME_OPENS = '(?<=^|[\\s，。、；：:「」“”《》（）()【】])';
const CONJUNCTION = /^[和与及并同跟对向]/u;

// An organisation before the office: "外交部发言人", "国务院新闻办公室主任".
const ORGANISATION = '(?:\\p{Script=Han}{1,8}?(?:部|院|府|办|局|委|署|会|司|省|市|国|室|处|厅|馆|团|所|行|党))?';

/** The office printed before the name ("外交部发言人汪文斌" → "外交部发言人"), or null. */
export function chineseOfficeBefore(text: string, name: string): string | null {
  if (!HAN.test(name)) return null;
  const m = new RegExp(`(${ORGANISATION}${CHINESE_OFFICE.source})${escapeRegExp(name)}`, 'u').exec(text);
  return m ? m[1]! : null;
}

const DIGITS = '〇一二三四五六七八九';

/** "12" or "十二" → 12; up to thirty-one, as months and days need. */
function numeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten < 0) return DIGITS.indexOf(text);
  const tens = ten === 0 ? 1 : DIGITS.indexOf(text.charAt(0));
  const units = ten === text.length - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1));
  return tens * 10 + units;
}
