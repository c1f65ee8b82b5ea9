// What follows the last words of a transcript: a closing mark ("[ends]", "ENDS", "* * *") and
// whatever comes after it, and page or site footers at the very end (copyright, media contacts,
// "Last update:", navigation links, a typist's stamp). None of it is the last speaker's words.
import { endsSentence, type SourceLine } from './types.ts';
import { IMAGE_LINK, NOTES_HEADING } from './portal-furniture.ts';
import { REPOSTER_NOTES } from './zh/labels.ts';

// A line that is only a closing mark: "[ends]", "[ends", "- ENDS -", "END", "(Concludes)", "# # #", "* * * * *", "---",
// or the mark with the time the briefing ended ("END - 1:50 P.M. EST").
// (Also a lone end mark a release closes with: "●", "■ ■ ■".)
const CLOSING_MARK =
  /^\s*(?:[[(<\-–—*#·\s]*\b(?:ends?|fin|concludes?|concluded|end of (?:transcript|interview|press conference|briefing))\b[\])>\-–—*#.·\s]*(?:\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?(?:\s+[a-z]{2,4})?)?|(?:[*#_]\s*){3,}|(?:\.\s+){2,}\.|-{3,}|-\s*30\s*-|[●■◆▲□◇○◼◾](?:\s*[●■◆▲□◇○◼◾]){0,2})\s*$/i;
// A transcription service's own mark: "End of FastScripts", "End of FastScripts...", "END_OF_INTERVIEW_TEXT"
// (never "End of story.": the service's name has its capital).
// A translator's or serial's "To be continued…", "（未完待续）", "（待續）": the rest is another day's.
const SERVICE_MARK =
  /^\s*(?:End of \p{Lu}[\p{L}]+\s*[.…]*|END(?:_OF_| OF )[A-Z]+(?:[_ ][A-Z]+)*|[*_(（]*\s*(?:[Tt]o [Bb]e [Cc]ontinued|TO BE CONTINUED|(?:未完)?待[续續])\s*[.…。]*\s*[)）*_]*)\s*$/u;
// A summarisation data set's "@highlight" before each line of the summary it appends: the first ends the text.
const HIGHLIGHT = /^\s*@highlight\s*$/;
// After a closing mark, at most this many lines are taken as furniture; more is speech after all.
const MAX_LINES_AFTER_MARK = 12;
// A Chinese page's rights line ("本文为极客公园原创文章，转载请联系…") ends the article: the account's
// promotions after it (further reading, videos, "极客一问") run longer than a closing mark's footers.
const RIGHTS_LINE = /^\s*[*_]*(?:本文(?:为|系).{0,24}(?:原创)|[【[]?(?:版权声明))/u;
const MAX_LINES_AFTER_RIGHTS = 40;
// "Authors" alone on a line, over the names and posts of those who wrote the page.
const AUTHORS_BLOCK = /^\s*(?:authors?|about the authors?|contributors?)\s*:?\s*$/i;
// An editor's postscript ends a transcript ("Postscript: This interview was available at …", a call's
// "Disclaimer: This document is a transcript …" (or "Disclaimer" alone over it), "*请注意，此次访谈内容已经过精心编辑…*"), and a
// reposter's own words after a translated interview end it too: "评：…", "原文链接", "翻譯報導：…",
// "延伸阅读", "其他相关新闻" (what follows is the reposter's comment, credits and links); a bank's "Cautionary Statement
// Regarding Forward-Looking Statements | This document contains …" after its call.
const EDITORS_POSTSCRIPT =
  /^\s*[*_]*(?:postscript|disclaimer|editor['’]s (?:note|postscript))[*_]*\s*[:.]|^\s*[#*_]*\s*(?:disclaimer|legal notice|important notice)\s*[*_]*\s*$|^\s*[*_]*\s*(?:请注意[，,]\s*)?(?:此次|本次|本篇?|以上)(?:访谈|采访|对话)(?:内容|实录)?(?:已|均)?经(?:过)?(?:精心|受访者|嘉宾)?(?:编辑|整理|删节|删改|审核|审阅|确认)/iu;
const FORWARD_LOOKING =
  /^\s*[#*_]*\s*(?:cautionary (?:statement|note)s?\s+(?:regarding|on|about|concerning)\s+)?forward[- ]looking statements?\s*[*_]*\s*(?:[:|]|$)/i;
const MAX_LINES_AFTER_CAUTION = 200;
const REPOST_NOTE = new RegExp(`^\\s*[*_【[]*\\s*(?:${REPOSTER_NOTES.join('|')}|(?:其他)?相关新闻|(?:其他)?相关新闻)\\s*[*_】\\]]*\\s*(?:[：:]|$)`, 'u');

const FOOTER_LINES = [
  // A press office's own note: "For information media. Not an official record." (the UN's).
  /^\s*for (?:the )?information (?:of the )?(?:media|press)\b.{0,40}\bnot an? official (?:record|document)\b/i,
  /©|\bcopyright\b|\ball rights reserved\b|^\s*(?:版权所有)/iu,
  /^\s*(?:media\s(?:contacts?|inquiries|enquiries)|contacts?\s*:|for (?:further|more) information\b|departmental media)/i,
  // A central bank's page foot: "Directorate General Communications", "Reproduction is permitted provided that the source is acknowledged."
  /^\s*(?:directorate[- ]general|dg)\s+communications\b|^\s*reproduction (?:is )?permitted\b/i,
  // Its disclaimer, the heading run into the words by a scraper: "DisclaimerPlease note that related topic tags …".
  /^\s*Disclaimer(?=\p{Lu}\p{Ll})/u,
  // "Senator Smith’s media contact: Jo Bloggs 0400 000 000", "Department Media: media@example.gov".
  /^[^.!?:]{0,60}\b(?:media|press)\s(?:contacts?|inquiries|enquiries|office)\s*:/i,
  /^[^.!?:]{0,60}:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/,
  /^\s*(?:last (?:update|updated|modified)\b|url\s*:|see\s*:|related\s*:|source\s*:)/i,
  // A wiki page's foot: 'Retrieved from " https://ethw.org/w/index.php?title=…"'.
  /^\s*retrieved from\s*["“]?\s*https?:\/\/\S+\s*["”]?\s*$/i,
  // Navigation: "[ Defence Home ] [ back to top ]", "[Return to index]".
  /^\s*(?:\[[^\]]*\b(?:home|index|top|back|return|menu|print|next|previous)\b[^\]]*\]\s*)+$/i,
  // The time the briefing ended, alone after the last words: "12:49 A.M. (Local)", "10:19 A.M. EDT".
  /^\s*\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+\(?[A-Za-z]{2,8}\)?)?\s*$/,
  // An editor's correction after the last words: "* CORRECTION: from $20 billion.".
  /^\s*(?:[*_]\s*)*corrections?\s*:/i,
  // A Chinese page's credits after the article ("*头图来源：视觉中国", 'click "阅读原文" for more') and its rights line.
  /^\s*[*_]*\\?\*?\s*(?:头图|题图|封面|图片)(?:来源)\s*[：:]|^\s*(?:点击).{0,6}阅读原文/u,
  RIGHTS_LINE,
  // A Chinese interview's closing line from the editor: "（感谢白睿文教授接受专访）".
  /^\s*[（(]?\s*(?:感谢|鸣谢).{1,30}(?:接受|参与)(?:本报|本刊|我们的)?(?:专访|采访|访谈)/u,
  // A stenographer's close: "(Whereupon, at 7:21 p.m., the press conference was adjourned.)".
  /^\s*[([]?\s*whereupon\b.{0,120}\b(?:adjourned|concluded|ended|recessed)\b.{0,20}$/i,
  // An official document's distribution fields after the text ("报送：董事会成员", "主送：全体员工") and its date of issue in Chinese numerals.
  /^\s*(?:报送|主送|抄送|签发人?)\s*[：:]|^\s*[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*$/u,
  // A council's record of its close: "立法會遂於下午 4時零6分休會。" (the council adjourned at 4.06 pm), and its
  // "下次會議" (next sitting) heading after it.
  /^\s*[^，。,\s]{0,12}(?:遂于|于|在)\s*[上下]午\s*\d{1,2}\s*时[^，。]{0,10}(?:休会|散会|闭会|结束)\s*。?\s*$|^\s*下次会议\s*$/u,
  // A call that ended or dropped: "(Call lost.)", "(The call is disconnected.)".
  /^\s*[[(](?:the\s+)?(?:call|line|feed|connection|audio|transmission)\s+(?:is\s+|was\s+)?(?:lost|dropped|disconnected|ends|ended|cut)\.?[\])]\s*$/i,
  // A Chinese page's pointers to more ("**更多精彩内容**", "推荐阅读") and an editor's note on a person
  // after the text ("① 金某，系某公司合伙人，…"); an image alone.
  /^\s*[*_]*\s*(?:更多精彩(?:内容|资讯|推荐)?|推荐阅读|往期(?:回顾|推荐|精选)|相关阅读)\s*[*_]*\s*$/u,
  /^\s*[①②③④⑤⑥⑦⑧⑨⑩]\s*[^，。,\s]{1,20}[，,]\s*(?:系|现任|曾任|为)/u,
  IMAGE_LINK,
  // A pointer to the slides or the video under the last words: "To view the Briefing Slides," over "visit <https://…>".
  /^\s*to (?:view|see|read|download|watch|listen to)\b[^.!?]{0,80}[,:]\s*$/i,
  /^\s*(?:(?:please )?(?:visit|see|go to)\s+)<?https?:\/\/\S+>?\s*\.?\s*$/i,
  // A link alone ("[Read the full text](https://…)", "[閱讀英文全文](…)"), a lone page number.
  /^\s*\[[^\]]{1,80}\]\([^)\s]+\)\s*$/,
  /^\s*\d{1,3}\s*$/,
  // A page's sharing buttons ("Share this page:", "Share on Facebook"), and a heading left empty ("#").
  /^\s*(?:share (?:this(?: (?:page|article|story|post))?|on (?:facebook|twitter|x|linkedin|whatsapp|email))|分享到)\s*[:：]?\s*$/i,
  /^\s*#{1,6}\s*$/,
  // A paper's edition line under a reposted article: "《 人民日报 》( 2025年02月10日 04 版)".
  /^\s*《\s*[^》\n]{1,20}?\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*\d{1,3}\s*版)?\s*[)）]\s*$/u,
  // A public account's sign-up lines: "添加微信号：…，小助手会拉你进群！", "扫描下方二维码，加入…", "长按识别二维码关注".
  /^\s*[*_]*\s*(?:(?:添加|加)(?:小助手)?微信号?\s*[：:]|(?:扫描|扫|长按)(?:下方|上方|识别)?二维码)/u,
  // A Chinese repost's credits: "翻譯：【…】校對：【…】", "排版：桃桃 / 审核：米花", "排版｜姚楠", "…小隊出品".
  /^\s*(?:翻译|校对|编辑|责编|审核|排版|来源|文章来源|本文来源)\s*[：:｜丨|]/,
  /^[^。！？.!?]{1,30}(?:出品|制作)\s*$/,
  // A public account's own notices under the credits: "**招聘｜新媒体编辑**", "详细岗位要求点击跳转：[…](…)".
  /^\s*[*_]*\s*(?:招聘|诚聘|招募)\s*[｜|丨：:]/u,
  /^[^。！？]{0,30}点击(?:跳转|查看|阅读)/u,
  // The rest of a Chinese page's rights notice: "…本作品著作权归…", "本文未经允许请勿转载", "转载或商务合作请留言".
  /著作权归|(?:未经).{0,8}(?:允许|授权|许可).{0,8}(?:转载)|^\s*(?:转载).{0,12}(?:请|须)/,
  // A typist's stamp: initials and a date and time ("jy 1999-06-08 12:58").
  /^\s*\p{L}{1,4}\s+\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}\s*$/u,
  // A transcription service's credit: "FastScripts Transcript by ASAP Sports".
  /^\s*(?:[\p{L}\d.&-]+\s+){0,3}(?:transcripts?|transcription|transcribed)\s+(?:services?\s+)?(?:by|provided by|courtesy of)\s+\S.{0,60}$/iu,
  // The editor's note on the text, in emphasis: "*This interview … has been edited and condensed.*"
  /^\s*[*_].{0,1500}\b(?:(?:has been|was|were|have been) edited|edited (?:and|for) (?:condensed|length|clarity)|condensed (?:and|for) (?:edited|clarity))\b.{0,300}[*_]\s*$/i,
  // Scraper and syndication notes in emphasis ("*Auto-generated by …*").
  /^\s*[*_]+(?:content |auto-generated|generated by|scraped|source:|(?:the )?(?:text|transcript|quotes?) (?:is |was |are )?(?:taken|excerpted|adapted|provided) (?:from|by)|courtesy of|transcribed by)/i,
];
// A site's own page foot ("Reproduction is permitted provided that the source is acknowledged.", a copyright
// line), then only a few short lines of its menu ("Find out more about related content", "Calendars").
const PAGE_FOOT = /^\s*(?:reproduction (?:is )?permitted\b|©|copyright\b|all rights reserved\b)/i;
const MAX_MENU_LINES = 8;
const MAX_MENU_CHARS = 40;

/** Where the menu lines after a page foot begin (the footers before them are taken by beforeFooters), or -1. */
function pageFootEnd(lines: readonly SourceLine[]): number {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.text.trim() === '') end--;
  for (let i = end - 1, menu = 0; i > 0 && menu <= MAX_MENU_LINES; i--) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    if (PAGE_FOOT.test(text)) return menu > 0 ? i + 1 : -1;
    if (text.length > MAX_MENU_CHARS || /[.!?。！？:：]$/u.test(text)) return -1;
    menu++;
  }
  return -1;
}

// A page's topic tags under the text ("Ethiopia", "Haiti", "Official observances", "Outer space"):
// at least MIN_TAGS short lines at the very end, each a paragraph of its own, no sentence in any.
const MIN_TAGS = 3;
const TOPIC_TAG = /^\s*\p{Lu}[\p{L}'’ -]{1,40}$/u;

/** Where the footer lines and closing marks just before `cut` begin. */
function beforeFooters(lines: readonly SourceLine[], cut: number): number {
  const from = cut;
  while (cut > 1 && (isFooterLine(lines[cut - 1]!.text) || isMark(lines[cut - 1]!.text))) cut--;
  // "European Central Bank" over its footer lines: the publisher's name heads the block.
  if (cut < from && cut > 1 && ORGANISATION_LINE.test(lines[cut - 1]!.text)) cut--;
  return cut;
}

// Two to six capitalised words (perhaps joined by "of", "for", "and", "the"), no sentence: an organisation's name.
const ORGANISATION_LINE = /^\s*\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}&'’.-]*)){1,5}\s*$/u;

/** Where a list of topic tags that ends the text begins (before `cut`), or `cut` when there is none. */
function beforeTagList(paragraphs: readonly SourceLine[][], lines: readonly SourceLine[], cut: number): number {
  const alone = new Set<SourceLine>();
  for (const paragraph of paragraphs) if (paragraph.length === 1) alone.add(paragraph[0]!);
  let at = cut;
  while (at > 1 && alone.has(lines[at - 1]!) && TOPIC_TAG.test(lines[at - 1]!.text) && lines[at - 1]!.text.trim().split(/\s+/).length <= 4) at--;
  return cut - at >= MIN_TAGS ? at : cut;
}

// A page's sidebar after the last words, one item a line: "Warren Buffett / Berkshire Hathaway /
// $293,447,417,000 / …" under a banner or two. Short lines, most with no sentence in them, and many.
const MIN_SIDEBAR_LINES = 8;
const SIDEBAR_WORDS = 8;
const LIST_ITEM = /^(?:[-*+•·]\s|\(?\d{1,2}[.)、]\s?|[（(][一二三四五六七八九十\d]{1,3}[）)])/u;

function beforeSidebarList(lines: readonly SourceLine[], cut: number): number {
  let at = cut;
  let short = 0;
  let listed = 0;
  for (let i = cut - 1; i > 0; i--) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    const words = text.split(/\s+/).length;
    // (A list the speaker reads out, "- the east quay", is speech: its markers say so.)
    const sentence = endsSentence(text);
    if (words > SIDEBAR_WORDS * 2 || (words > SIDEBAR_WORDS && sentence) || LIST_ITEM.test(text)) break;
    short++;
    if (words <= SIDEBAR_WORDS && !sentence) listed++;
    at = i;
  }
  return short >= MIN_SIDEBAR_LINES && listed * 4 >= short * 3 ? at : cut;
}

// A line ending in a web address (not a sentence): "Register your address at www.example.gov/media".
const ENDS_IN_ADDRESS = /(?:https?:\/\/|www\.)\S+\s*$/i;

/** Takes the closing furniture off the end of the last turn's paragraphs; returns the lines taken. */
export function takeClosingFurniture(paragraphs: SourceLine[][]): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const paragraph of paragraphs) for (const line of paragraph) lines.push(line);
  let cut = lines.length;
  const markAt = lastIndex(
    lines,
    (line, i) =>
      (i >= lines.length - 1 - MAX_LINES_AFTER_MARK && isMark(line.text)) || (i >= lines.length - 1 - MAX_LINES_AFTER_RIGHTS && RIGHTS_LINE.test(line.text)),
  );
  if (markAt > 0) cut = markAt;
  // The first of the reposter's notes near the end: the comment comes before its credits and links.
  const repostAt = lines.findIndex(
    (line, i) => i > 0 && i >= lines.length - 1 - MAX_LINES_AFTER_RIGHTS && (REPOST_NOTE.test(line.text) || EDITORS_POSTSCRIPT.test(line.text)),
  );
  if (repostAt > 0 && repostAt < cut) cut = repostAt;
  // (A bank's legal block runs long: its heading is looked for further back.)
  const cautionAt = lines.findIndex((line, i) => i > 0 && i >= lines.length - 1 - MAX_LINES_AFTER_CAUTION && FORWARD_LOOKING.test(line.text));
  if (cautionAt > 0 && cautionAt < cut) cut = cautionAt;
  const highlightAt = lines.findIndex((line, i) => i > 0 && HIGHLIGHT.test(line.text));
  if (highlightAt > 0 && highlightAt < cut) cut = highlightAt;
  // A page printed without blank lines: its authors' block and related links follow the last answer inside it.
  const linksAt = lines.findIndex((line, i) => i > 0 && line.text.length < 60 && (AUTHORS_BLOCK.test(line.text) || isRelatedLinksHeading(line.text)));
  if (linksAt > 0 && linksAt < cut) cut = linksAt;
  const notes = notesSectionAt(lines);
  if (notes > 0 && notes < cut) cut = notes;
  const notice = legalNoticeAt(lines);
  if (notice > 0 && notice < cut) cut = notice;
  const foot = pageFootEnd(lines);
  if (foot > 0 && foot < cut) cut = foot;
  // Footers and marks, a list of topic tags, and the footers before those; a sidebar's list before all.
  cut = beforeFooters(lines, beforeTagList(paragraphs, lines, beforeFooters(lines, cut)));
  cut = beforeSidebarList(lines, cut);
  cut = beforeContactBlock(lines, cut);
  if (cut === lines.length) {
    const glued = gluedContact(paragraphs);
    return glued ? [glued] : [];
  }
  const taken = lines.slice(cut);
  const takenSet = new Set(taken);
  for (const paragraph of paragraphs) {
    const kept = paragraph.filter((line) => !takenSet.has(line));
    paragraph.length = 0;
    paragraph.push(...kept);
  }
  for (let p = paragraphs.length - 1; p >= 0; p--) if (paragraphs[p]!.length === 0) paragraphs.splice(p, 1);
  // (A closing time run into the last words, over an empty heading: "…very much.END5:29 P.M. EDT" then "###".)
  const glued = gluedContact(paragraphs);
  return glued ? [glued, ...taken] : taken;
}

// "CONTACT" alone over a page's address and telephone ("* Sonnemannstrasse 20", "* +49 69 1344 7455"):
// a heading and a few short lines with no sentence in them, the last of the page.
const CONTACT_HEADING = /^\s*[*_#\s]*(?:(?:media|press)\s+)?contacts?(?:\s+us)?[*_:\s]*$/i;
const MAX_CONTACT_LINES = 8;
const MAX_CONTACT_CHARS = 100;

/** Where a contact block just before `cut` opens (its heading), or `cut` when there is none. */
function beforeContactBlock(lines: readonly SourceLine[], cut: number): number {
  for (let i = cut - 2; i > 0 && i >= cut - 1 - MAX_CONTACT_LINES; i--) {
    if (!CONTACT_HEADING.test(lines[i]!.text)) continue;
    const rest = lines.slice(i + 1, cut);
    return rest.every((line) => line.text.length <= MAX_CONTACT_CHARS && !/[.!?](?:\s|$)/.test(line.text)) ? i : cut;
  }
  return cut;
}

// An editor's notes after the text: "注释" or "Notes" alone, then "[1] …", "〔2〕…", "1. …".
const NOTE_LINE = /^\s*(?:\[\d{1,3}\]|〔\d{1,3}〕|［\d{1,3}］|\(\d{1,3}\)|\d{1,3}[.、)]\s)/u;

/** Where a notes section opens (its heading, the first note right under it), or -1. */
function notesSectionAt(lines: readonly SourceLine[]): number {
  for (let i = lines.length - 2; i > 0; i--) {
    if (lines[i]!.text.length > 30 || !NOTES_HEADING.test(lines[i]!.text)) continue;
    const next = lines.slice(i + 1).find((line) => line.text.trim() !== '');
    if (next && NOTE_LINE.test(next.text)) return i;
  }
  return -1;
}

// A transcript service's legal notice after the last words: a copyright line opening a block of
// terms ("These materials have been prepared solely for information purposes … disclaim … liable").
/** "Copyright © …", "© 2022 …": a copyright line opening (a notice, or a running head over a title). */
export const COPYRIGHT_LINE = /^\s*(?:copyright\b|©|版权所有)/iu;
const NOTICE_TERMS = /\b(?:disclaim|warrant|liab(?:le|ility)|without (?:the )?prior written|reproduc|redistribut|all rights reserved)/i;
const MAX_NOTICE_LINES = 80;
const MIN_NOTICE_TERMS = 2;

/** Where a legal notice opens in the last lines (its copyright line), or -1. */
function legalNoticeAt(lines: readonly SourceLine[]): number {
  const from = Math.max(1, lines.length - MAX_NOTICE_LINES);
  let terms = 0;
  let opening = -1;
  // From the end back: the earliest copyright line with the notice's terms after it.
  for (let i = lines.length - 1; i >= from; i--) {
    if (NOTICE_TERMS.test(lines[i]!.text)) terms++;
    if (COPYRIGHT_LINE.test(lines[i]!.text) && terms >= MIN_NOTICE_TERMS) opening = i;
  }
  return opening;
}

// "…are of absolute vital importance.   Contact: Jo Brandt (Ministerial) 02 5550 1234": a contact
// line an OCR or a text layer glued to the end of the last words.
const GLUED_CONTACT = /(?<=[.!?"”]\s+)(?:media\s+)?(?:contacts?|enquiries|inquiries)\s*:\s[^.!?]{0,120}\d[\d ()+-]{6,}\d[^.!?]{0,80}$/i;
// "…处置核污染水。(外交部网站)": the site a Chinese repost credits, glued to the last words.
// And the reporter's byline a paper prints there: "…交易成本。（湖北日报全媒记者 程曼诗）", or on a line of its own
// under the last words: "（本报记者孟祥夫、杜海涛、赵永新）".
// Or unbracketed, the byline's "文" or "报道" after the names: "…而已。○新报记者 吴轶凡 文".
const GLUED_SOURCE =
  /(?:(?<=[。！？”」])|^)\s*(?:[（(](?:(?:来源[：:]\s*)?\p{Script=Han}{2,12}(?:网站|网|社|报|日报|客户端|公众号|电视台)|\p{Script=Han}{0,12}记者[\s\u3000]*\p{Script=Han}{2,4}(?:(?:[\s\u3000]+|[\s\u3000]*、[\s\u3000]*)\p{Script=Han}{2,4}){0,7})[）)]|[○●◎]?\s*\p{Script=Han}{0,12}记者[\s\u3000]*\p{Script=Han}{2,4}(?:(?:[\s\u3000]+|[\s\u3000]*、[\s\u3000]*)\p{Script=Han}{2,4}){0,7}[\s\u3000]+(?:文|报道|摄|文\/图|文\/摄))\s*$/u;

const BYLINE_END = /(?:文|报道|摄)\s*$/u;

// "… they were better.  FastScripts by ASAP Sports ...": a transcription service's credit glued to the last words.
const GLUED_SERVICE_CREDIT =
  /(?<=[.!?"”]\s+)(?:[\p{L}\d.&-]+\s+){0,2}(?:by|from|courtesy of)\s+ASAP\s+Sports\b.{0,20}$|(?<=[.!?"”]\s+)End of FastScripts\b.{0,10}$/u;

/** Cuts a contact line or a source's credit glued to the end of the last line; returns what it cut, as a line of its own. */
// "…the consensus we reached.Thank you all very much.END5:29 P.M. EDT", "…Thank you, guys.  END - 1:50 P.M. EST": the closing mark and time run into the last words.
const GLUED_CLOSING_TIME = /(?<=[.!?”"])\s*(?:\(?END\)?\s*(?:[-–—]\s*)?)?\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?(?:\s+\(?[A-Z]{2,8}\)?)?\s*$/;

function gluedContact(paragraphs: SourceLine[][]): SourceLine | null {
  const last = paragraphs[paragraphs.length - 1];
  const line = last?.[last.length - 1];
  const m = line
    ? (GLUED_CONTACT.exec(line.text) ??
      (line.text.endsWith(')') || line.text.endsWith('）') || BYLINE_END.test(line.text) ? GLUED_SOURCE.exec(line.text) : null) ??
      (line.text.includes('ASAP') || line.text.includes('FastScripts') ? GLUED_SERVICE_CREDIT.exec(line.text) : null) ??
      (line.text.includes(':') ? GLUED_CLOSING_TIME.exec(line.text) : null))
    : null;
  if (!last || !line || !m) return null;
  last[last.length - 1] = { ...line, text: line.text.slice(0, m.index).trimEnd() };
  return { ...line, text: m[0] };
}

function isMark(text: string): boolean {
  // "**-30-**", "_ENDS_": a mark set in emphasis is the mark.
  const bare = text.includes('*') || text.includes('_') ? text.replace(EMPHASIS_AROUND, '$2') : text;
  return (
    CLOSING_MARK.test(bare) ||
    SERVICE_MARK.test(text) ||
    isRelatedLinksHeading(text) ||
    EDITORIAL_SECTION.test(text) ||
    DISCLAIMER_HEADING.test(text) ||
    (text.includes('【') && ZH_EDITORIAL_SECTION.test(text))
  );
}

// "风险提示及免责条款", "Disclaimer": a financial site's notice heading after the article.
const DISCLAIMER_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:(?:风险提示)(?:及免责条款)?|免责声明|免责条款)(?:\*\*)?\s*[:：]?\s*$/u;

// "【嘉宾简介】", "【推荐阅读】", "【媒体声音】": a Chinese portal's sections after the interview, in black brackets.
const ZH_EDITORIAL_SECTION =
  /^\s*【\s*(?:嘉宾简介|人物简介|个人简介|作者简介|简介|背景资料|背景链接|相关链接|相关阅读|推荐阅读|延伸阅读|媒体声音|相关新闻|相关报道)\s*】\s*$/u;

const EMPHASIS_AROUND = /^\s*(\*\*|__|\*|_)(\S(?:.*?\S)?)\1\s*$/;

// "### Errata", "## Notes": the editor's section after the transcript, as a heading.
const EDITORIAL_SECTION =
  /^\s*#{1,6}\s*(?:errata|corrections?|footnotes|notes|references|sources|credits|acknowledge?ments|changelog|about (?:this|the) (?:transcript|page|recording))\s*$/i;

// "More on the December 2024 decision...", "Related links", "See also": a site's links after the page.
const RELATED_LINKS =
  /^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:more on\b[^.!?]{0,80}|related(?: (?:links|content|news|articles|stories|information|releases|pages))?|see also|read more|further reading|other (?:news|releases|speeches|statements|headlines|stories)|more (?:headlines|stories)|top stories|latest (?:news|headlines)|most (?:read|popular)|cover story|in this issue|you (?:may|might) also (?:like|be interested in)|publication status|publication details|page information|article information)\s*(?:\*\*)?\s*[.:…]*\s*$/i;

/** A heading after which nothing is the transcript's: the site's related links, the editor's errata or notes. */
export function opensClosingSection(text: string): boolean {
  return isRelatedLinksHeading(text) || EDITORIAL_SECTION.test(text);
}

/** "【嘉宾简介】", "【推荐阅读】": a Chinese portal's section heading after the interview; nothing after it, labelled or not, is the interview's. */
export function opensPortalSections(text: string): boolean {
  return text.includes('【') && ZH_EDITORIAL_SECTION.test(text);
}

/** A heading that opens a site's related links: nothing after it is the transcript's. */
export function isRelatedLinksHeading(text: string): boolean {
  return RELATED_LINKS.test(text);
}

function isFooterLine(printed: string): boolean {
  if (printed.trim() === '') return true;
  // A page's element left in a Markdown file ('<p class="updated">Last updated on …</p>'): its text.
  const text = printed.trimStart().startsWith('<') ? printed.replace(TAG, '') : printed;
  return FOOTER_LINES.some((pattern) => pattern.test(text)) || ENDS_IN_ADDRESS.test(text);
}

const TAG = /<\/?[a-z][^<>]*>/gi;

function lastIndex<T>(items: readonly T[], test: (item: T, i: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}
