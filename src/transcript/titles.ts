// What a title says beyond itself: the site's name a web page appends to it, and the person the
// event is with or by.
import { naturalCase, TITLE_WORDS } from './labels/words.ts';
import { isWord } from './dictionary.ts';

// A web page's title ends in the site's section and name: "Monetary Policy Decision | Speeches | RBA",
// "Briefing on the quay — Ministry of Ports".
const PIPE_PARTS = /\s+\|\s+/;
const OFFICE_AFTER_DASH = /\s+[—–]\s+(?:the\s+)?(?:ministry|department|office|embassy|government|agency|bureau|council|commission|gov\.\S+)\b[^—–|]*$/i;
const MAX_SITE_WORDS = 4;
const SITE_BEFORE = /^(?:\S+\s+){0,3}[A-Za-z][\w-]*\.(?:com|org|net|se|io|co|gov|news|info)\s+[-–—|]\s+(?=\S)/;

export function withoutSiteName(printed: string): string {
  // "Roll Call Factba.se - Interview: …": a site named by its address, before the title.
  const title = printed.replace(SITE_BEFORE, '');
  const parts = title.split(PIPE_PARTS);
  if (parts.length > 1) {
    while (parts.length > 1 && isSiteName(parts[parts.length - 1]!, parts[parts.length - 2]!)) parts.pop();
    return parts.join(' | ').replace(OFFICE_AFTER_DASH, '');
  }
  return title.replace(OFFICE_AFTER_DASH, '');
}

/** A short part without a date or a number: a site's name or section, not the event's. */
function isSiteName(part: string, before: string): boolean {
  // Chinese has no spaces to count: "澎湃新闻" is a site, "“白左”污名化与社会达尔文主义" after "方可成" the talk's title.
  if (HAN.test(part)) return part.length <= MAX_SITE_HAN && part.length <= before.length && !/\d/.test(part);
  return part.split(/\s+/).length <= MAX_SITE_WORDS && !/\d/.test(part);
}
const HAN = /\p{Script=Han}/u;
const MAX_SITE_HAN = 10;

// "Transcript of Media Interview with Mr K Shanmugam, Minister for Law, on …", "Press conference by
// Dr Ana Lima": the one the event is with or by, named in the title.
const EVENT_WITH_NAME =
  /\b(?:interview|conversation|press conference|news conference|media conference|press briefing|media briefing|briefing|doorstop|remarks|q ?& ?a(?: session)?|question (?:and|&) answer session|dialogue|fireside chat|town hall(?: meeting)?|press availability|media availability|press gaggle|gaggle)\s+(?:with|by|of)\s+(?:(?:the\s+)?(?:hon\.?|honourable|honorable|mr\.?|ms\.?|mrs\.?|dr\.?|prof\.?|h\.?\s?e\.?)\s+)*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/iu;

/** "易建联：有关注CBA总决赛": the name a Chinese headline opens with, the one it quotes; null for a body or a genre ("专访："). */
export function subjectOfChineseHeadline(title: string | undefined | null): string | null {
  const subject = title ? HEADLINE_SUBJECT.exec(title) : null;
  if (subject && !ORGANISATION_END.test(subject[1]!) && !HEADLINE_GENRES.has(subject[1]!)) return subject[1]!;
  // "「宝博朋友说」Podcast 专访唐凤大使逐字稿": the one a programme interviews, named after "专访" with an office or a word of the genre.
  const interviewed = title && title.includes('专访') ? INTERVIEWED_NAME.exec(title) : null;
  return interviewed ? interviewed[1]! : null;
}

const INTERVIEWED_NAME =
  /专访(\p{Script=Han}{2,3}?)(?=大使|部长|政委|主席|总理|总统|市长|院长|校长|教授|博士|先生|女士|总裁|董事长|主任|局长|逐字稿|实录|全文|[：:，,\s|｜—-]|$)/u;

// ("作家廖亦武：…": the subject's calling before the name; "方可成 | “白左”污名化…": a bar after it;
// "最新访谈译文| 周雪光：…": a column's name and a bar before it.)
const HEADLINE_SUBJECT =
  /^(?:[^|｜\s：:]{2,10}\s*[|｜]\s*)?(?:作家|学者|教授|导演|律师|议员|医生|院士|诗人|画家|艺术家|歌手|演员|(?:经济|社会|历史|政治|哲)学家)?(\p{Script=Han}{2,3})(?:[：:](?=\S)|\s*[|｜]\s*(?=\S))/u;
// "外交部：", "海关总署：", "新华社：": a body speaking, not a person named.
const ORGANISATION_END = /[部署局办委院会社网报台厅处司省市县区国方队团组军警府行所馆站中校]$/u;
// "专访：…", "實錄：…": what kind of piece the headline introduces, no one's name.
const HEADLINE_GENRES = new Set(
  '专访 专访 独家 独家 快讯 快讯 视频 视频 图集 图集 实录 实录 访谈 访谈 对话 对话 评论 评论 观察 观察 聚焦 直击 直击 特稿 深度 焦点 焦点 头条 头条 热点 热点 解读 解读 回顾 回顾 现场 现场 新闻 新闻 通知 公告 声明 声明 全文 问答 问答 独白 独白 人物 社评 社评 时评 时评 述评 述评 专题 专题 前瞻 综述 综述 提问 提问 记者 记者 主持人'.split(
    ' ',
  ),
);
const INTERVIEW_HEADING = /^(?:(?:an?|exclusive|the)\s+)?(?:interview|q ?& ?a|in conversation|conversation|media interview)\s*(?::|\s[-–—|]\s)\s*/i;
const HEADED_NAME =
  /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{Ll}'’.-]*|de|van|von|da|der|bin|al)){1,3})\s*(?:$|,|\(|\s[-–—|]\s|\s+on\s)/u;

const OFFICE_HONORIFIC = /\b(Minister|Secretary|Governor|Mayor|Commissioner|Director|Ambassador|Spokesperson|Chair)\s+(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?=\p{Lu})/gu;

const GROUPS =
  /^(?:journalists|reporters|correspondents|editors|members|leaders|students|officials|ministers|representatives|delegates|participants|residents|workers|veterans|families|business|community|media|press|the)$/i;

const SPEAKER_BEFORE_TITLE =
  /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}):\s+(?:The\s+)?(?:President's|Vice President's|Prime Minister's)?\s*(?:News Conference|Press Conference|Remarks|Interview|Exchange With Reporters|Press Briefing)\b/u;

const INTERVIEWS_NAME = / interviews (?:[\p{Lu}][\p{L}'’-]*\s+){0,4}?(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s*$/u;

/** The person a title says the event is with or by, or null: never an office ("Minister for Law") alone. */
const CAPITALS_BY_HONORIFIC =
  /\bBY\s+[A-Z][A-Z ,&'’-]*?\b(?:DR|MR|MS|MRS|MDM|PROF|MADAM)\.?\s+([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3}?)(?=\s+(?:AT|IN|ON|WITH|AND|TO|DURING|FOR|OF)\b|\s*[,:(]|\s*$)/;

export function principalInTitle(title: string | undefined | null): string | null {
  const OFFICE_OF =
    /\b(?:minister|secretary|commissioner|director|governor|ambassador|president|chair(?:man|woman)?|head|mayor)\s+(?:of|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+|&\s+)?){1,6})/iu;

  /** The name after "Minister of Energy": the capitalised words at its end that are no English words ("Pavel Kostin"). */
  function nameAfterPortfolio(text: string): string | null {
    const m = OFFICE_OF.exec(text);
    if (!m) return null;
    const words = `${m[1]!}${text.slice(m.index + m[0].length)}`.split(/\s+/);
    const run: string[] = [];
    for (const word of words) {
      if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word)) break;
      run.push(word);
    }
    const name: string[] = [];
    for (let k = run.length - 1; k >= 0 && !isWord(run[k]!.toLowerCase()) && name.length < 3; k--) name.unshift(run[k]!);
    return name.length >= 2 ? name.join(' ') : null;
  }

  // "Donald J. Trump: The President's News Conference With …": the American Presidency Project names the speaker first.
  const speakerFirst = title ? SPEAKER_BEFORE_TITLE.exec(title) : null;
  // ("Quarterly Results: Press Conference": words of the language, nobody's name.)
  if (speakerFirst && speakerFirst[1]!.split(/\s+/).some((w) => w.length > 2 && !isWord(w.toLowerCase()))) return speakerFirst[1]!;
  // "Espiner interviews Green Leader Metiria Turei": the one interviewed, at the title's end.
  const interviewed = title?.includes(' interviews ') ? INTERVIEWS_NAME.exec(title) : null;
  if (interviewed) return interviewed[1]!;
  // "Interview: John Steenhuisen", "Q&A – Dr Ana Lima, Chief Whip": the one interviewed after the colon.
  const headed = title ? INTERVIEW_HEADING.exec(title) : null;
  const named = headed ? HEADED_NAME.exec(title!.slice(headed[0].length)) : null;
  if (named) return named[1]!;
  // Most titles name nobody after "with" or "by": settled without the pattern's scan.
  if (!title || !/ (?:with|by|of|With|By|Of|WITH|BY|OF) /.test(title)) return null;
  // "TRANSCRIPT OF REMARKS BY MINISTER FOR FOREIGN AFFAIRS DR VIVIAN BALAKRISHNAN AT …": in capitals, the
  // name after the honorific that follows the office.
  const capitalsBy = title.includes(' BY ') ? CAPITALS_BY_HONORIFIC.exec(title) : null;
  if (capitalsBy) return naturalCase(capitalsBy[1]!);
  // "… with Health Minister Dr. Lena Park": an honorific after the office is no part of the name.
  const found = EVENT_WITH_NAME.exec(title.replace(OFFICE_HONORIFIC, '$1 '));
  if (!found) return null;
  // "Interview with Minister of Energy Pavel Kostin": an office and its portfolio, then the name.
  const afterPortfolio = nameAfterPortfolio(title.slice(found.index));
  if (afterPortfolio) return afterPortfolio;
  let words = found[1]!.trim().split(/\s+/);
  // The pattern is read without case (its event words are): the name ends before a word in lower case ("… Abara by our desk").
  const lower = words.findIndex((w) => !/^\p{Lu}/u.test(w) || TITLE_CASE_PREPOSITIONS.has(w));
  if (lower >= 0) words = words.slice(0, lower);
  if (words.length < 2) return null;
  // "Interview with Coach Ruth Abara", "… of Health Minister Lena Okafor": the office before the name is no part of it.
  const office = words.findLastIndex((w) => TITLE_WORDS.has(w.toLowerCase()) || OFFICE_NAME_WORDS.has(w.toLowerCase()));
  if (office >= 0) words = words.slice(office + 1);
  // "Press Gaggle by President Trump Aboard Air Force One": an office and a surname, the place after it.
  if (words.length === 1 && office >= 0 && lower >= 0) return words[0]!;
  if (words.length < 2) return null;
  // "News Conference With Journalists From the Economic Summit Countries": a group, nobody's name.
  if (words.some((w) => GROUPS.test(w))) return null;
  return words.join(' ');
}

// "NYC Mayor Bill de Blasio Defends …", "Governor Ana Lima Takes Questions": an office, then a name
// whose end a headline's capitals do not show; the name is the longest that the text prints too.
const OFFICE_THEN_WORDS =
  /^(?:[\p{Lu}\d][\p{L}\d.'’-]*\s+){0,2}?(?:Mayor|Governor|President|Vice President|Prime Minister|Deputy Prime Minister|Premier|Chancellor|Minister|Secretary|Senator|Commissioner|Ambassador|Spokesperson|Chair|Chairman|Chairwoman|Director|Coach|CEO)\s+((?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|der|bin|al|la|le)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|der|bin|al|la|le)){1,4})/u;

// A headline in sentence case: the next word is in lower case and no small word a title-case headline keeps low ("… Defends the Plan").
const VERB_AFTER = /^\s+(?!(?:the|a|an|of|on|in|to|for|and|or|at|with|by|from|as|over|after|about)\b)\p{Ll}/u;

/** The office-holder a headline opens with, named as the document's text names them, or null. */
export function officeHolderInTitle(title: string | undefined | null, text: string): string | null {
  const m = title ? OFFICE_THEN_WORDS.exec(title) : null;
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // "Health Minister Lena Park answers questions": a word in lower case after the name shows where it ends.
  if (words.length <= 3 && VERB_AFTER.test(title!.slice(m.index + m[0].length))) return m[1]!;
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (/^\p{Lu}/u.test(words[n - 1]!) && text.includes(`${name} `)) return name;
  }
  return null;
}

// A title in title case capitalises its prepositions: "… Trump Aboard Air Force One En Route …".
export const TITLE_CASE_PREPOSITIONS = new Set([
  'Aboard',
  'At',
  'In',
  'On',
  'Before',
  'After',
  'During',
  'With',
  'To',
  'From',
  'For',
  'Following',
  'Ahead',
  'About',
  'Regarding',
  'En',
  'Upon',
  'Via',
  'Outside',
  'Inside',
]);

const OFFICE_NAME_WORDS = new Set([
  'minister',
  'ministry',
  'department',
  'office',
  'government',
  'spokesperson',
  'president',
  'secretary',
  'governor',
  'the',
  'press',
  'media',
]);

// "Mr Ahmed Munzoor Shaik Emam": a page titled by the one it is about, honorific and name alone.
const HONORIFIC_AND_NAME = /^\s*(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,4})\s*$/u;

/** The person a title of an honorific and a name alone names ("Mr Ahmed Munzoor Shaik Emam"), or null. */
export function personTitled(title: string | undefined | null): string | null {
  return title ? (HONORIFIC_AND_NAME.exec(title)?.[1] ?? null) : null;
}
