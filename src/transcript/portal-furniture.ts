// Furniture a news portal puts around a transcript it republishes: the printed title behind
// "原标题：", editor and source lines ("责任编辑：李鹏", "来源：…"), figures with their captions,
// and the promotion or subscription footer that closes the page; a scraper's start and end markers
// around the text it stored. None of it is anyone's speech;
// "原标题" gives the document's title.
import { findDate } from './dates.ts';
import type { CleanupChange, SourceLine } from './types.ts';

// "原标题：…", "(原标题：…)": the title the story was first printed under.
const ORIGINAL_TITLE = /^\s*[（(【[]?\s*(?:原标题|原题)\s*[：:]\s*(\S.*?)\s*[)）】\]]?\s*$/u;
// Editor, source, author lines: a short name or source and nothing else, no sentence ("作者：是的，
// 我同意。" is an author answering in an interview).
const EDITORIAL =
  /^\s*[（(【[]?\s*(?:责任编辑|实习编辑|编辑|主编|校对|审核|审校|来源|文章来源|本文来源|稿件来源|素材来源|资料来源|消息来源|作者|撰文|摄影|图片来源)\s*[：:|｜]\s*[^\s，。！？；,!?;][^，。！？；,!?;]{0,30}?\s*[)）】\]]?\s*$/u;
// A page's call to subscribe, follow or scan a code: it and everything after it closes the page.
// A magazine account's shop after the article, found from the page's second half on: "点击下图，一键下单"
// (click to order the issue), its list of the issue's contents under section markers ("**| 封面故事 |**"),
// "开通数字刊会员…" (join to read the issue).
const SHOP =
  /(?:点击)(?:下方|上方)?(?:图片|下图|上图).{0,12}(?:下单|订阅|购买|解锁)|^\s*(?:\*\*)?\s*[|｜]\s*\p{Script=Han}{2,6}\s*[|｜]\s*(?:\*\*)?\s*$|(?:开通).{0,12}(?:会员)/u;
const SHOP_SHARE = 0.5;
const SHOP_LEAD_CHARS = 24;
const PROMOTION =
  /(?:扫描|扫码|长按).{0,12}(?:二维码)|(?:二维码).{0,12}(?:关注)|(?:关注).{0,20}(?:微信|公众号)|更多猛料|点击查看\s*>>|点击查看\s*>>|尽在.{0,20}(?:APP|App|客户端)|尽在.{0,20}(?:APP|App|客户端)|(?:订户|订阅).{0,30}(?:支持|通讯|会员)|(?:下载).{0,10}客户端|^\s*(?:[Rr]eceive real-time [\w\s]{0,40}alerts|\d+ day money back guarantee\b)|^\s*(?:\*\*)?[【[]?(?:相关新闻|相关阅读|相关报道|延伸阅读|推荐阅读|更多阅读|往期阅读|热点推荐|分享到|打印本页|关闭窗口|纠错)[】\]]?\s*[：:]?|^[\s*_✦★☆◆◇●▼▲■]*(?:往期(?:精选|推荐|回顾)(?:推荐)?|精选推荐)[\s*_✦★☆◆◇●▼▲■]*$/u;
// An account's decorated section heading ("**✦ 出海活动****✦**"), and a lone image: just before the
// further reading, an advertisement of the account's own.
// (An image address may hold brackets of its own: "![](https://…/filters:no_upscale()?imageUrl=…)".)
export const IMAGE_LINK = /^\s*!\[[^\]]*\]\(\S+\)\s*$/;
const DECORATED_HEADING = /^[\s*_]*[✦★☆◆◇●▼▲■][\s*_]*\p{Script=Han}{2,10}[\s*_]*[✦★☆◆◇●▼▲■][\s*_]*$/u;
// A government release closes with an end mark, a note on the other language's version, and the
// day and time it was issued: "完", "（請同時參閱答問內容的英文部分。）", "2031年6月2日（星期一）".
const CLOSING =
  /^\s*(?:[（(]?\s*(?:完|全文完|[-－—]完[-－—])\s*[)）]?|[（(](?:请同时参阅|请参阅)[^）)]*[)）]|(?:香港|北京|台北|澳门)?(?:时间)\s*\d{1,2}\s*[时:：]\s*\d{1,2}\s*分?)\s*$/u;
// Digits full-width or not, the time perhaps after it: "２０１２年９月７日（星期五）香港時間１７時０５分".
// "（來源：[TVBS 2026/10/08](https://…)）": where a reported passage was taken from.
const SOURCE_NOTE = /^\s*[（(]\s*(?:来源|资料来源|出处|source)\s*[：:][^\n]{1,200}[）)]\s*$/iu;
const ISSUED =
  /^\s*([\d０-９]{4}年[\d０-９]{1,2}月[\d０-９]{1,2}日)\s*[（(](?:星期|周)[一二三四五六日天][)）]\s*(?:(?:香港|北京|台北|澳门)?(?:时间)\s*[\d０-９]{1,2}\s*[时:：]\s*[\d０-９]{1,2}\s*分?)?\s*$/u;
// The last part of a page, where a footer can start: a promotion earlier is speech quoting one.
const TAIL_SHARE = 0.2;
const TAIL_LINES = 12;
const FIGURE_OPEN = /^\s*<figure\b/i;
const FIGURE_CLOSE = /<\/figure>\s*$/i;
// A line that is only an image, its caption or an embedded video, in Markdown, HTML or a site
// generator's shortcode ("{{< video src=… >}}").
// A Chinese page's picture caption on a line of its own: "（国新办发布会现场图）", "（图片来自国新网）".
// And a picture's words with its credit in brackets after them ("特朗普胜选后发布演讲（图｜视觉中国）",
// "机器智能（图源：AIGC 生成）"), or a film still's ("《纸牌屋》剧照").
const ZH_CAPTION =
  /^\s*(?:[（(][^（）()\n]{0,60}(?:图|照片|摄)[^（）()\n]{0,30}[）)]|[^。！？!?\n]{1,60}[（(](?:图|图源|图片|照片|摄影|来源)\s*[｜|：:／/][^（）()\n]{1,30}[）)]|[*_]*[^。！？!?，,\n]{1,30}(?:剧照|资料图|资料照片))\s*$/u;
const STILL = /剧照|资料[图照]/u;
// Also an image with its caption in emphasis after it ("![…](…)*Mayor Quill (Photo: …)*").
const IMAGE_ONLY =
  /^\s*(?:!\[[^\]]*\]\([^)]*\)(?:\s*[*_][^*_\n]{1,300}[*_])?|<img\b[^>]*>|<figcaption>.*<\/figcaption>|\{\{<\s*(?:video|youtube|vimeo|figure|image|img)\b.*>\}\})\s*$/i;
// "Photo Caption: Call on Prime Minister …", "Photo Credit:Janine Schmitz": a ministry page's picture lines,
// labelled, after the transcript. The words "Photo", "Image" or "Picture" before "Caption" or "Credit" name no speaker.
const LABELLED_PICTURE_LINE = /^\s*[*_]*(?:photo|image|picture|photograph)\s*(?:caption|credits?)s?[*_]*\s*[:：]/i;
// A Weibo topic tag, "#外交部回应…:1#": a link to other posts, not speech.
const TOPIC_TAG = /\s*#(?=[^#\s]*\p{Script=Han})[^#\s]{2,60}?(?::\d+)?#\s*/gu;
// A scraper's marker around the text it stored: "START_OF_INTERVIEW_TEXT", "END_OF_INTERVIEW_TEXT", "TRANSCRIPT_END".
const SCRAPER_MARKER = /^\s*(?=[A-Z_]*\b(?:START|BEGIN|END)|[A-Z_]*_(?:START|BEGIN|END)\b)[A-Z]+(?:_[A-Z]+)+\s*$/;
const PAGE_BLOCK_MARKER = /^-{3,}[ \t]*[A-Za-z][\w-]{1,20}[ \t]*-{3,}\s*$/;
const RUNNING_HEAD_CHARS = 40;
// A Markdown thematic break, which a footer often follows.
const ASTERISK_RULE = /^\s*＊{3,}\s*$/;
// "…的問題。（請同時參閱答問全文的英文部分。）": the note on the other language's version, run into the last words.
const LANGUAGE_NOTE_AT_END = /\s*[（(](?:请同时参阅|请参阅)[^）()]{0,40}[)）]\s*$/u;

// A Markdown file's raw HTML with no words: "<div class=\"sheet\" markdown=\"1\">", "</div>", "<br>".
const TAGS_ONLY = /^\s*(?:<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>\s*)+$/i;
// "幻灯片：https://…", "Video: https://…": a field that only links to the slides, the video or the page.
const LINK_LINE = /^\s*[^\s：:]{1,12}\s*[：:]\s*(?:https?:\/\/|www\.)\S+\s*$/u;
// "Advertisement - scroll to continue reading", "ADVERTISEMENT": a news site's marker in the text.
// "Advertisement", and a transcript site's banner between paragraphs ("Receive real-time insider trading and news alerts").
const ADVERTISEMENT = /^\s*(?:advertisement(?:\s*[-–—:]\s*(?:scroll|continue|story continues)[\w\s]{0,30})?|receive real-time [\w\s]{0,40}alerts)\s*$/i;
// "Authorised by Greg Hunt MP, Liberal Party of Australia, Somerville, Victoria.": the line electoral law
// has a party print on its material, at every page's foot.
const AUTHORISED_BY = /^\s*authori[sz]ed\s+(?:and\s+printed\s+)?by\s+\p{Lu}[^.!?]{2,150}\.?\s*$/iu;
// kramdown's styling on a line of its own: "{:.small-caps.strong}", "{: .muted}".
const ATTRIBUTE_LIST = /^\s*\{:[^{}\n]*\}\s*$/;
// A Markdown footnote's definition: "[^dv]: Delta-V (velocity) https://…".
const FOOTNOTE_DEFINITION = /^\s*\[\^[^\]\s]{1,40}\]:\s/;
const BREAK = /^\s*(?:-{3,}|\*{3,}|_{3,}|＊{3,})\s*$/;

export interface PortalFurniture {
  lines: SourceLine[];
  /** The title behind "原标题：", if the page prints one. */
  originalTitle: string | null;
  /** The day a release says it was issued ("2031年6月2日（星期一）" at its end), as printed. */
  issued: string | null;
}

// "（编者注：武汉市卫健委1月11日发布通报称……）", "[Editor’s note: The minister later corrected …]": a line wholly
// in brackets that opens with the editor's mark.
// Or a line that opens with the note's mark and no bracket: "注：本期《海岸周刊》聚焦……", "*编辑补充：…*",
// "<u>*<font color=blue>编者按：…</font>*</u>" (set in colour).
const EDITOR_NOTE =
  /^\s*(?:[（(](?:编者注|编注|编者按)[：:].*[）)]|[[(]editor['’]?s? note\s*:.*[\])]|(?:[*_]{1,2}|<[a-z][^<>]{0,60}>)*(?:注|编者注|编注|编者按|编辑补充|编者补充)[：:]\s*\S.*)\s*$/iu;

const DISCLOSURE_CAPTION = /^\s*(?:<details[^>]*>\s*)?<summary[^>]*>[^<]{0,80}<\/summary>\s*$/i;

// A WeChat account's card, as a clipping service keeps it: "**晚点LatePost**", a motto, "972篇原创内容", "公众号".
const ACCOUNT_CARD_COUNT = /^\s*\d{1,5}\s*篇原创内容\s*$/u;
const ACCOUNT_CARD_KIND = /^\s*(?:公众号|服务号|视频号)\s*[,，]?\s*$/u;
const BOLD_NAME = /^\s*\*\*[^*]{1,30}\*\*\s*$/;

/** The lines of every account card: its count and kind lines, and its bold name and motto above them. */
function accountCardLines(lines: readonly SourceLine[]): Set<number> {
  const card = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.text.includes('篇') || !ACCOUNT_CARD_COUNT.test(lines[i]!.text)) continue;
    card.add(i);
    for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) {
      const text = lines[k]!.text;
      if (text.trim() === '') continue;
      if (!ACCOUNT_CARD_KIND.test(text) && !/^\s*[,，]\s*$/.test(text)) break;
      card.add(k);
    }
    const above = [...Array(Math.min(i, 6)).keys()].map((d) => i - 1 - d).filter((k) => lines[k]!.text.trim() !== '');
    const name = above.slice(0, 2).find((k) => BOLD_NAME.test(lines[k]!.text));
    if (name !== undefined) for (let k = name; k < i; k++) card.add(k);
  }
  for (let i = 0; i < lines.length; i++) if (lines[i]!.text.includes('赞') && VIDEO_CARD_LIKES.test(lines[i]!.text)) addVideoCard(lines, i, card);
  return card;
}

// A video account's card flattened into the article: "海外独角兽" over "，赞 127", then "*欢迎关注**海外独角兽**视频号*"
// and its motto in italics.
const VIDEO_CARD_LIKES = /^\s*[,，]\s*赞\s*\d{1,7}\s*$/u;
const VIDEO_CARD_NAME = /^\s*\S.{0,29}$/u;
const VIDEO_CARD_AFTER = /^\s*(?:[*_]*欢迎关注.{1,40}|\*[^*\s].{0,40}\*)\s*$/u;

/** The card around a "，赞 N" line: the account's name above, the prompt and motto below. */
function addVideoCard(lines: readonly SourceLine[], at: number, card: Set<number>): void {
  card.add(at);
  let above = at - 1;
  while (above >= 0 && lines[above]!.text.trim() === '') above--;
  if (above >= 0 && VIDEO_CARD_NAME.test(lines[above]!.text) && !/[。！？：:]/u.test(lines[above]!.text)) card.add(above);
  for (let k = at + 1, taken = 0; k < lines.length && taken < 2; k++) {
    if (lines[k]!.text.trim() === '') continue;
    if (!VIDEO_CARD_AFTER.test(lines[k]!.text)) break;
    card.add(k);
    taken++;
  }
}

export function takePortalFurniture(lines: readonly SourceLine[], report: CleanupChange[]): PortalFurniture {
  let originalTitle: string | null = null;
  const drop = (line: SourceLine, reason: string) => report.push({ rule: 'header-footer', line: line.no, before: line.text.trim(), after: '', reason });
  let issued: string | null = null;
  const tailFrom = tailStart(lines.length);
  const footerAt = Math.min(promotionStart(lines, tailFrom), promotionStart(lines, Math.floor(lines.length * SHOP_SHARE), SHOP));
  const kept: SourceLine[] = [];
  let inFigure = false;
  let lastWords = lines.length - 1;
  while (lastWords >= 0 && (lines[lastWords]!.text.trim() === '' || isBracketedNote(lines, lastWords))) lastWords--;
  const cards = accountCardLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (cards.has(i)) {
      if (line.text.trim() !== '') drop(line, 'a WeChat account’s card, not anyone’s words');
      continue;
    }
    if (i >= footerAt) {
      if (line.text.trim() !== '') drop(line, 'a page’s promotion or subscription footer, not anyone’s words');
      continue;
    }
    // Each pattern needs a character most lines lack ("<", "_", "原", a colon or a bar): a line with
    // none of them, outside the page's tail, is kept as it is after one scan.
    const text = line.text;
    if (opensWithArrow(text) && BACK_LINK.test(text)) {
      drop(line, 'a page’s link back to its list, not anyone’s words');
      continue;
    }
    // "---------------Start-MD---------------": a conversion tool's mark where a page of the source begins or ends,
    // and the page's dated running head under it ("C Corrected Transcript 08-May-2019").
    if (text.charCodeAt(0) === 0x2d && PAGE_BLOCK_MARKER.test(text)) {
      drop(line, 'a conversion tool’s mark around a page of the source, not anyone’s words');
      const next = lines[i + 1];
      if (next && next.text.trim().length <= RUNNING_HEAD_CHARS && !next.text.includes(':') && findDate(next.text)) {
        drop(next, 'running head: the dated head of a page of the source, under the tool’s mark');
        i++;
      }
      continue;
    }
    if (i >= tailFrom && text.charCodeAt(0) === 0x5b && isBracketedNote(lines, i)) {
      drop(line, 'an editor’s note at the foot of the page, marked where it applies, not anyone’s words');
      continue;
    }
    if (!inFigure && i < tailFrom && !mayBeFurniture(text)) {
      kept.push(line);
      continue;
    }
    if (inFigure || (text.includes('<') && FIGURE_OPEN.test(text))) {
      inFigure = !FIGURE_CLOSE.test(text);
      drop(line, 'a figure and its caption, not anyone’s words');
      continue;
    }
    if (text.includes('_') && SCRAPER_MARKER.test(text)) {
      drop(line, 'a scraper’s marker around the text it stored, not anyone’s words');
      continue;
    }
    if (line.text.includes('＊') && ASTERISK_RULE.test(line.text)) {
      drop(line, 'a rule of asterisks under the title, not anyone’s words');
      continue;
    }
    if (isFootnote(lines, i)) {
      drop(line, 'an editor’s footnote, not anyone’s words');
      continue;
    }
    // "<summary>Original English</summary>": the caption of a disclosure block, not anyone's words.
    if (line.text.includes('<') && (TAGS_ONLY.test(line.text) || DISCLOSURE_CAPTION.test(line.text))) {
      drop(line, 'a page’s markup left in the text (tags alone), not anyone’s words');
      continue;
    }
    if ((line.text.includes('http') || line.text.includes('www.')) && LINK_LINE.test(line.text)) {
      drop(line, 'a link to the slides, video or page, not anyone’s words');
      continue;
    }
    if (line.text.length < 200 && AUTHORISED_BY.test(line.text)) {
      drop(line, 'an electoral authorisation line printed on every page, not anyone’s words');
      continue;
    }
    if (line.text.length < 60 && ADVERTISEMENT.test(line.text)) {
      drop(line, 'a page’s advertisement marker, not anyone’s words');
      continue;
    }
    if (
      (text.includes('注') || text.includes('注') || text.includes('按') || text.includes('补') || text.includes('补') || text.includes('ditor')) &&
      EDITOR_NOTE.test(text)
    ) {
      drop(line, 'an editor’s note set apart in brackets, not anyone’s words');
      continue;
    }
    if (line.text.includes('{:') && ATTRIBUTE_LIST.test(line.text)) {
      drop(line, 'a Markdown attribute list (styling), not anyone’s words');
      continue;
    }
    if (line.text.includes('[^') && FOOTNOTE_DEFINITION.test(line.text)) {
      drop(line, 'an editor’s footnote, not anyone’s words');
      continue;
    }
    if (
      ((text.includes('!') || text.includes('<') || text.includes('{')) && IMAGE_ONLY.test(text)) ||
      ((text.includes('(') || text.includes('（') || STILL.test(text)) && ZH_CAPTION.test(text)) ||
      LABELLED_PICTURE_LINE.test(text)
    ) {
      drop(line, 'an image or its caption, not anyone’s words');
      continue;
    }
    if (i >= tailFrom) {
      const stamp = ISSUED.exec(text);
      if (stamp) issued ??= stamp[1]!;
      if (stamp || CLOSING.test(text)) {
        drop(line, 'the end mark, language note or issue stamp of a release');
        continue;
      }
    }
    const title = text.includes('原') ? ORIGINAL_TITLE.exec(text) : null;
    if (title) {
      originalTitle ??= title[1]!;
      drop(line, 'the title the story was first printed under');
      continue;
    }
    if ((text.includes(':') || text.includes('：') || text.includes('|') || text.includes('｜')) && (EDITORIAL.test(text) || SOURCE_NOTE.test(text))) {
      // "作者： admin 时间：2016-02-05 来源：…": the page's day, printed in its byline.
      const day = BYLINE_DAY.exec(text);
      if (day) issued ??= day[1]!;
      drop(line, 'an editor, author or source line of the page');
      continue;
    }
    const cleaned = withoutLanguageNote(withoutItemNumber(withoutTopicTags(line, report), report), report);
    kept.push(i === lastWords ? withoutClosingDate(cleaned, report) : cleaned);
  }
  return { lines: kept, originalTitle, issued };
}

const BYLINE_DAY = /(?:时间|日期|发布时间)\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)/u;

// What some pattern below needs in a line: brackets, markup, a colon or a bar, "#", "原", an editor's
// "注"/"按", a language note's "參閱"; a digit or an "a" opening a line (a footnote, "Advertisement").
const TRIGGERS = new Uint8Array(0x80);
for (const c of '<_!{(:|[#') TRIGGERS[c.charCodeAt(0)] = 1;
const WIDE_TRIGGERS = new Set([...'＊（：｜原参注按照图补'].map((c) => c.charCodeAt(0)));

/** Whether any pattern of takePortalFurniture may match the line (false: it is kept as it is). */
// "← Back to List", "« Back to all transcripts", "[← 返回列表](/index.html)": a link back to the site's list.
const BACK_LINK = /^\s*\[?\s*[←«‹]\s*(?:back|return|go back|返回|回到)[^\]\n]{0,40}(?:\]\([^)\s]*\))?\s*$/iu;

/** "←", "«" or "‹" opening the line, perhaps inside a link's "[": what BACK_LINK needs, without the regex. */
function opensWithArrow(text: string): boolean {
  const t = text.trimStart();
  const c = (t.charCodeAt(0) === 0x5b ? t.slice(1).trimStart() : t).charCodeAt(0);
  return c === 0x2190 || c === 0xab || c === 0x2039;
}

function mayBeFurniture(text: string): boolean {
  let i = 0;
  // The white space \s reads before a footnote's number (a full-width space among it).
  while (i < text.length && (text.charCodeAt(i) <= 0x20 || text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 0x3000)) i++;
  const first = text.charCodeAt(i);
  // A digit (a footnote), "Ad" ("Advertisement"), "Re" ("Receive real-time … alerts"), in either case;
  // not every "A:" or "Reporter:" line of a transcript.
  if (first >= 0x30 && first <= 0x39) return true;
  const second = text.charCodeAt(i + 1) | 0x20;
  if (((first | 0x20) === 0x61 && second === 0x64) || ((first | 0x20) === 0x72 && second === 0x65 && text.startsWith('ceive', i + 2))) return true;
  // "Authorised by …": an electoral authorisation line.
  if ((first | 0x20) === 0x61 && second === 0x75 && text.startsWith('thori', i + 2)) return true;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? TRIGGERS[c] === 1 : WIDE_TRIGGERS.has(c)) return true;
  }
  return false;
}

/** Where the page's last part starts: its last dozen lines, or its last fifth if that is more. */
function tailStart(count: number): number {
  return Math.max(0, Math.min(count - TAIL_LINES, Math.floor(count * (1 - TAIL_SHARE))));
}

/** Where a promotion footer starts in the page's last lines (with a break just before it), or past the end. */
function promotionStart(lines: readonly SourceLine[], from: number, pattern = PROMOTION): number {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > 200 || !pattern.test(text)) continue;
    let start = i;
    while (start > 0 && (lines[start - 1]!.text.trim() === '' || BREAK.test(lines[start - 1]!.text))) start--;
    // The shop's own lead-in just before it ("一同 **重读港口史**"): short, no sentence.
    const lead = lines[start - 1]?.text.trim() ?? '';
    if (pattern === SHOP && lead !== '' && lead.length <= SHOP_LEAD_CHARS && !/[。！？.!?]$/u.test(lead)) start--;
    if (pattern === PROMOTION) start = beforeAccountAdvert(lines, start);
    return start;
  }
  return lines.length;
}

/** Where a decorated heading and its images just before `start` begin (the account's advertisement), or `start`. */
function beforeAccountAdvert(lines: readonly SourceLine[], start: number): number {
  let at = start;
  while (at > 0 && (lines[at - 1]!.text.trim() === '' || IMAGE_ONLY.test(lines[at - 1]!.text) || IMAGE_LINK.test(lines[at - 1]!.text))) at--;
  if (at === 0 || !DECORATED_HEADING.test(lines[at - 1]!.text)) return start;
  at--;
  while (at > 0 && lines[at - 1]!.text.trim() === '') at--;
  return at;
}

// "1 George Christian, an assistant press secretary.": an editor's footnote on a line of its own,
// its number printed in the line before ("I told Mr. Christian 1 when …", "… Senator Bass.3").
const FOOTNOTE = /^\s*(\d{1,2})\s+\p{Lu}[^\n]{2,300}$/u;

function isFootnote(lines: readonly SourceLine[], i: number): boolean {
  const c = lines[i]!.text.trimStart().charCodeAt(0);
  if (!(c >= 0x31 && c <= 0x39)) return false;
  const m = FOOTNOTE.exec(lines[i]!.text);
  if (!m) return false;
  // A paragraph of its own: blank (or nothing) after it.
  if (lines[i + 1] !== undefined && lines[i + 1]!.text.trim() !== '') return false;
  let before = i - 1;
  while (before >= 0 && lines[before]!.text.trim() === '') before--;
  if (before < 0) return false;
  return new RegExp(`(?:\\p{L}\\s|[.,;:!?’”)]\\s?)${m[1]}(?:\\s|$)`, 'u').test(lines[before]!.text);
}

// An editor's notes after the text: "注释" or "Notes" alone, then "[1] …", "〔2〕…", "1. …" (closing.ts reads them).
export const NOTES_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:注释|注解|附注|notes|footnotes|endnotes)(?:\*\*)?\s*[:：]?\s*$/iu;
// "[1]截止到2016年8月20日，……" at the foot, for the "[1]" set after "关于芯片" above: the editor's note.
const BRACKETED_NOTE = /^\[(\d{1,2})\]\s*\S/;

function isBracketedNote(lines: readonly SourceLine[], i: number): boolean {
  const m = BRACKETED_NOTE.exec(lines[i]!.text);
  if (!m) return false;
  const mark = `[${m[1]}]`;
  // (Under a notes heading, "注释" over "[1] …", the notes are a section of their own: closing.ts.)
  let above = i - 1;
  while (above >= 0 && (lines[above]!.text.trim() === '' || BRACKETED_NOTE.test(lines[above]!.text))) above--;
  if (above >= 0 && lines[above]!.text.length <= 30 && NOTES_HEADING.test(lines[above]!.text)) return false;
  for (let k = i - 1; k >= 0; k--) {
    const at = lines[k]!.text.indexOf(mark);
    if (at > 0) return true;
  }
  return false;
}

// "……就是你的心胸。（2016年6月27日）": the day the record is dated, run into its last words.
const DATE_AT_END = /(?<=[。！？”])\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]\s*$/u;

function withoutClosingDate(line: SourceLine, report: CleanupChange[]): SourceLine {
  if (!line.text.includes('日')) return line;
  const m = DATE_AT_END.exec(line.text);
  if (!m) return line;
  report.push({ rule: 'header-footer', line: line.no, before: m[0].trim(), after: '', reason: 'the day the record is dated, after its last words' });
  return { ...line, text: line.text.slice(0, m.index) };
}

function withoutLanguageNote(line: SourceLine, report: CleanupChange[]): SourceLine {
  if (!line.text.includes('参阅') && !line.text.includes('参阅')) return line;
  const m = LANGUAGE_NOTE_AT_END.exec(line.text);
  if (!m || m.index === 0) return line;
  report.push({ rule: 'header-footer', line: line.no, before: m[0].trim(), after: '', reason: 'a note on the other language’s version, not anyone’s words' });
  return { ...line, text: line.text.slice(0, m.index) };
}

// The Public Papers number each question: "[1.] Q. Mr. President, …".
const ITEM_NUMBER = /^(\s*)\[\d{1,3}\.?\]\s+(?=Q[.:]\s)/;

function withoutItemNumber(line: SourceLine, report: CleanupChange[]): SourceLine {
  if (!line.text.includes('[')) return line;
  const m = ITEM_NUMBER.exec(line.text);
  if (!m) return line;
  const text = m[1]! + line.text.slice(m[0].length);
  report.push({ rule: 'header-footer', line: line.no, before: m[0].trim(), after: '', reason: 'an editor’s item number, not anyone’s words' });
  return { ...line, text };
}

function withoutTopicTags(line: SourceLine, report: CleanupChange[]): SourceLine {
  if (!line.text.includes('#')) return line;
  const text = line.text.replace(TOPIC_TAG, (tag, at: number) => (at === 0 || at + tag.length === line.text.length ? '' : ' ')).trimEnd();
  if (text === line.text.trimEnd()) return line;
  report.push({ rule: 'header-footer', line: line.no, before: line.text.trim(), after: text.trim(), reason: 'a social-media topic tag, not anyone’s words' });
  return { ...line, text };
}
